package org.sanxiang.workflow.document;

/**
 * One cell of a {@link Block.FieldTable}: a label (printed centred, as the seed's left column) or a
 * value, spanning {@code span} grid columns, at least {@code minLines} lines tall (the seed leaves
 * room to write in), optionally closed by a {@link Signature} at its bottom right.
 */
public record Cell(String text, int span, boolean label, int minLines, Signature signature) {

    public Cell {
        text = text == null ? "" : text.strip();
        if (span < 1) {
            throw new IllegalArgumentException("a cell spans at least one column, got " + span);
        }
        if (minLines < 1) {
            throw new IllegalArgumentException("a cell is at least one line tall, got " + minLines);
        }
    }

    public static Cell label(String text) {
        return new Cell(text, 1, true, 1, null);
    }

    public static Cell value(String text) {
        return new Cell(text, 1, false, 1, null);
    }

    public Cell span(int columns) {
        return new Cell(text, columns, label, minLines, signature);
    }

    public Cell lines(int lines) {
        return new Cell(text, span, label, lines, signature);
    }

    public Cell signedBy(Signature by) {
        return new Cell(text, span, label, minLines, by);
    }
}

package org.sanxiang.workflow.document;

import java.util.List;

/** A part of an {@link OfficialDocument}, laid out top to bottom. */
public sealed interface Block permits Block.FieldTable, Block.ListTable, Block.Paragraph, Block.SignatureLine {

    /**
     * A ruled table of labels and values on a grid of columns, as the seeds' forms draw them
     * (chongqing-2024 法制审核 附件1 and 附件2). Cells span columns; no seed form spans rows.
     *
     * @param widths the grid's relative column widths
     * @param rows   each row's cells, whose spans add up to the grid's columns
     */
    record FieldTable(List<Integer> widths, List<List<Cell>> rows) implements Block {

        public FieldTable {
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths.isEmpty() || widths.stream().anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("a table needs positive column widths, got " + widths);
            }
            for (int i = 0; i < rows.size(); i++) {
                int spans = rows.get(i).stream().mapToInt(Cell::span).sum();
                if (spans != widths.size()) {
                    throw new IllegalArgumentException("row " + (i + 1) + " spans " + spans + " columns, the grid has "
                            + widths.size());
                }
            }
        }
    }

    /**
     * A ruled table with a header row and one row per entry (a seal manifest's links, a register's
     * entries); the header repeats on every page the table continues on.
     */
    record ListTable(List<String> headers, List<Integer> widths, List<List<String>> rows) implements Block {

        public ListTable {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
            if (headers.size() != widths.size()) {
                throw new IllegalArgumentException(headers.size() + " headers for " + widths.size() + " columns");
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != headers.size()) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " values for "
                            + headers.size() + " columns");
                }
            }
        }
    }

    /** Running text, wrapped to the text width. */
    record Paragraph(String text) implements Block {

        public Paragraph {
            text = text == null ? "" : text.strip();
        }
    }

    /** Signatures under a table, right-aligned, one per line. */
    record SignatureLine(List<Signature> signatures) implements Block {

        public SignatureLine {
            signatures = List.copyOf(signatures);
        }
    }
}

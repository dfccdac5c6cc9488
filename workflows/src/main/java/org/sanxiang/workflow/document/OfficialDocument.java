package org.sanxiang.workflow.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An official form as a bureau prints, signs, stamps and archives it, described without any
 * rendering library: a centred title, an optional number line under it, and blocks top to bottom.
 * The renderers in adapters ({@code org.sanxiang.repo.documents}) draw it as PDF/A and OFD;
 * {@link #toPlainText()} gives its text for search and a text fallback.
 *
 * @param title      the form's title as the seed prints it
 * @param numberLine the line under the title (document number, case number), or null
 * @param blocks     tables, paragraphs and signature lines, in order
 * @param basis      the seed articles that prescribe the form (kept as metadata, not printed)
 */
public record OfficialDocument(String title, String numberLine, List<Block> blocks, String basis) {

    public OfficialDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an official document needs a title");
        }
        numberLine = numberLine == null || numberLine.isBlank() ? null : numberLine.strip();
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(basis, "basis");
    }

    /** Every text the document prints, in reading order (labels, values, headers, signatures). */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        if (numberLine != null) {
            texts.add(numberLine);
        }
        for (Block block : blocks) {
            if (block instanceof Block.FieldTable t) {
                t.rows().forEach(row -> row.forEach(cell -> {
                    texts.add(cell.text());
                    if (cell.signature() != null) {
                        texts.add(cell.signature().markText());
                        texts.add(cell.signature().dateText());
                    }
                }));
            } else if (block instanceof Block.ListTable t) {
                texts.addAll(t.headers());
                t.rows().forEach(texts::addAll);
            } else if (block instanceof Block.Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof Block.SignatureLine l) {
                l.signatures().forEach(sig -> {
                    texts.add(sig.markText());
                    texts.add(sig.dateText());
                });
            }
        }
        texts.removeIf(String::isBlank);
        return texts;
    }

    /**
     * The document as UTF-8 text: {@code 标签：值} for a field table's cells, tab-separated rows for a
     * list table, paragraphs and signatures as lines.
     */
    public String toPlainText() {
        StringBuilder s = new StringBuilder(title).append('\n');
        if (numberLine != null) {
            s.append(numberLine).append('\n');
        }
        for (Block block : blocks) {
            s.append('\n');
            if (block instanceof Block.FieldTable t) {
                for (List<Cell> row : t.rows()) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        if (cell.label()) {
                            line.append(line.length() == 0 ? "" : "　").append(cell.text()).append('：');
                        } else {
                            line.append(cell.text());
                            if (cell.signature() != null) {
                                line.append(cell.text().isEmpty() ? "" : "　").append(cell.signature().text());
                            }
                        }
                    }
                    s.append(line.toString().replace('\n', ' ')).append('\n');
                }
            } else if (block instanceof Block.ListTable t) {
                s.append(String.join("\t", t.headers())).append('\n');
                t.rows().forEach(r -> s.append(String.join("\t", r).replace('\n', ' ')).append('\n'));
            } else if (block instanceof Block.Paragraph p) {
                s.append(p.text()).append('\n');
            } else if (block instanceof Block.SignatureLine l) {
                l.signatures().forEach(sig -> s.append(sig.text()).append('\n'));
            }
        }
        return s.toString();
    }
}

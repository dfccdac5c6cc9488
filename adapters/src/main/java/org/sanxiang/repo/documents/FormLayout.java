package org.sanxiang.repo.documents;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.workflow.document.Block;
import org.sanxiang.workflow.document.Cell;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.Signature;

/**
 * Lays an {@link OfficialDocument} out on A4 pages with the margins of GB/T 9704-2012 (党政机关公文
 * 格式: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm): the title centred in 二号 (22 pt), tables
 * ruled in 小四 (12 pt), long text wrapped by character with the line-start rules of Chinese
 * (no line begins with 。，、；：？！ or a closing bracket). A table row taller than what is left of a
 * page moves to the next page; a row taller than a page continues there. Pages are numbered
 * {@code — n —} at the foot, as 公文 are.
 */
final class FormLayout {

    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = 210 * MM;
    static final float PAGE_HEIGHT = 297 * MM;
    static final float TOP = 37 * MM;
    static final float BOTTOM = PAGE_HEIGHT - 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = PAGE_WIDTH - 26 * MM;

    static final float TITLE_SIZE = 22f;
    static final float NUMBER_SIZE = 12f;
    static final float TEXT_SIZE = 12f;
    static final float LIST_SIZE = 8f;
    static final float LINE = 1.5f;
    static final float PAD_X = 5f;
    static final float PAD_Y = 4f;
    static final float RULE = 0.75f;

    private static final String NO_LINE_START = "。，、；：？！）》」』】〕”’·.,;:?!)]%";

    private final CjkFont font;
    private final List<LaidOutDocument.Page> pages = new ArrayList<>();
    private List<LaidOutDocument.Rule> rules;
    private List<LaidOutDocument.Run> runs;
    private float y;

    FormLayout(CjkFont font) {
        this.font = font;
    }

    LaidOutDocument layout(OfficialDocument document) {
        font.requireGlyphs(String.join("\n", document.texts()) + "—0123456789");
        newPage();
        for (String line : wrap(document.title(), RIGHT - LEFT, TITLE_SIZE)) {
            centred(line, TITLE_SIZE);
        }
        if (document.numberLine() != null) {
            y += NUMBER_SIZE * 0.5f;
            for (String line : wrap(document.numberLine(), RIGHT - LEFT, NUMBER_SIZE)) {
                centred(line, NUMBER_SIZE);
            }
        }
        y += TEXT_SIZE;
        for (Block block : document.blocks()) {
            if (block instanceof Block.FieldTable t) {
                fieldTable(t);
            } else if (block instanceof Block.ListTable t) {
                listTable(t);
            } else if (block instanceof Block.Paragraph p) {
                paragraph(p);
            } else if (block instanceof Block.SignatureLine s) {
                signatures(s);
            }
            y += TEXT_SIZE * 0.75f;
        }
        finishPage();
        List<LaidOutDocument.Page> numbered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            LaidOutDocument.Page p = pages.get(i);
            List<LaidOutDocument.Run> withFolio = new ArrayList<>(p.runs());
            String folio = "— " + (i + 1) + " —";
            withFolio.add(new LaidOutDocument.Run((PAGE_WIDTH - font.width(folio, NUMBER_SIZE)) / 2, BOTTOM + 12 * MM,
                    NUMBER_SIZE, folio));
            numbered.add(new LaidOutDocument.Page(p.rules(), withFolio));
        }
        return new LaidOutDocument(PAGE_WIDTH, PAGE_HEIGHT, numbered);
    }

    // ---- pages

    private void newPage() {
        if (rules != null) {
            finishPage();
        }
        rules = new ArrayList<>();
        runs = new ArrayList<>();
        y = TOP;
    }

    private void finishPage() {
        pages.add(new LaidOutDocument.Page(rules, runs));
        rules = null;
        runs = null;
    }

    private float left() {
        return BOTTOM - y;
    }

    private void centred(String text, float size) {
        float lineHeight = size * LINE;
        if (left() < lineHeight) {
            newPage();
        }
        runs.add(new LaidOutDocument.Run((PAGE_WIDTH - font.width(text, size)) / 2, baseline(y, size), size, text));
        y += lineHeight;
    }

    private static float baseline(float lineTop, float size) {
        return lineTop + (size * LINE - size) / 2 + size * 0.86f;
    }

    // ---- text

    /** Wraps text to a width: at explicit line breaks, between characters, keeping Latin words and numbers whole where they fit. */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int breakAt = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && font.width(line + ch, size) > width && NO_LINE_START.indexOf(cp) < 0) {
                    if (word(cp) && breakAt > 0 && breakAt < line.length()) {
                        lines.add(line.substring(0, breakAt).stripTrailing());
                        line.delete(0, breakAt);
                    } else {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                    }
                    breakAt = -1;
                }
                if (!(line.length() == 0 && cp == ' ')) {
                    line.append(ch);
                }
                if (!word(cp)) {
                    breakAt = line.length();
                }
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean word(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    private void paragraph(Block.Paragraph p) {
        float indent = 2 * TEXT_SIZE;
        boolean first = true;
        for (String line : wrap("\u3000\u3000" + p.text(), RIGHT - LEFT, TEXT_SIZE)) {
            float lineHeight = TEXT_SIZE * LINE;
            if (left() < lineHeight) {
                newPage();
            }
            String shown = first ? line.substring(2) : line;
            runs.add(new LaidOutDocument.Run(LEFT + (first ? indent : 0), baseline(y, TEXT_SIZE), TEXT_SIZE, shown));
            y += lineHeight;
            first = false;
        }
    }

    private void signatures(Block.SignatureLine s) {
        for (Signature sig : s.signatures()) {
            y += TEXT_SIZE * LINE;
            for (String text : List.of(sig.markText(), sig.dateText())) {
                if (left() < TEXT_SIZE * LINE) {
                    newPage();
                }
                runs.add(new LaidOutDocument.Run(RIGHT - 2 * TEXT_SIZE - font.width(text, TEXT_SIZE), baseline(y, TEXT_SIZE),
                        TEXT_SIZE, text));
                y += TEXT_SIZE * LINE;
            }
        }
    }

    // ---- tables

    /** A cell laid out: its column range, its lines (centred for labels), and its signature lines at the foot. */
    private record Box(float x, float width, List<String> lines, boolean centred, List<String> foot, int minLines) {

        int height() {
            return Math.max(minLines, lines.size() + foot.size());
        }
    }

    private void fieldTable(Block.FieldTable table) {
        float[] edges = edges(table.widths());
        for (List<Cell> row : table.rows()) {
            List<Box> boxes = new ArrayList<>();
            int column = 0;
            for (Cell cell : row) {
                float x = edges[column];
                float w = edges[column + cell.span()] - x;
                List<String> foot = cell.signature() == null ? List.of()
                        : List.of(cell.signature().markText(), cell.signature().dateText());
                List<String> lines = cell.text().isEmpty() ? List.of() : wrap(cell.text(), w - 2 * PAD_X, TEXT_SIZE);
                boxes.add(new Box(x, w, lines, cell.label(), foot, cell.minLines()));
                column += cell.span();
            }
            row(boxes, TEXT_SIZE);
        }
    }

    private void listTable(Block.ListTable table) {
        float[] edges = edges(table.widths());
        List<Box> header = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            float w = edges[c + 1] - edges[c];
            header.add(new Box(edges[c], w, wrap(table.headers().get(c), w - 2 * PAD_X, LIST_SIZE), true, List.of(), 1));
        }
        row(header, LIST_SIZE);
        for (List<String> values : table.rows()) {
            List<Box> boxes = new ArrayList<>();
            for (int c = 0; c < values.size(); c++) {
                float w = edges[c + 1] - edges[c];
                boxes.add(new Box(edges[c], w, wrap(values.get(c), w - 2 * PAD_X, LIST_SIZE), c == 0, List.of(), 1));
            }
            if (rowHeight(boxes, LIST_SIZE) > left()) {
                newPage();
                row(header, LIST_SIZE);
            }
            row(boxes, LIST_SIZE);
        }
    }

    private static float[] edges(List<Integer> widths) {
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        float[] edges = new float[widths.size() + 1];
        edges[0] = LEFT;
        int sum = 0;
        for (int i = 0; i < widths.size(); i++) {
            sum += widths.get(i);
            edges[i + 1] = LEFT + (RIGHT - LEFT) * sum / total;
        }
        return edges;
    }

    private static float rowHeight(List<Box> boxes, float size) {
        int lines = boxes.stream().mapToInt(Box::height).max().orElse(1);
        return lines * size * LINE + 2 * PAD_Y;
    }

    /**
     * Draws a row at y: moves to a new page when it does not fit what is left and would fit a page,
     * else splits its lines over pages (the foot, with the signature, on the last part).
     */
    private void row(List<Box> boxes, float size) {
        float lineHeight = size * LINE;
        float height = rowHeight(boxes, size);
        float pageRoom = BOTTOM - TOP;
        if (height > left() && (height <= pageRoom || left() < 3 * lineHeight + 2 * PAD_Y)) {
            newPage();
        }
        if (height > left()) {
            int fit = (int) Math.floor((left() - 2 * PAD_Y) / lineHeight);
            List<Box> head = new ArrayList<>();
            List<Box> rest = new ArrayList<>();
            for (Box b : boxes) {
                int bodyFit = Math.min(b.lines().size(), fit);
                head.add(new Box(b.x(), b.width(), b.lines().subList(0, bodyFit), b.centred(), List.of(), 1));
                rest.add(new Box(b.x(), b.width(), b.lines().subList(bodyFit, b.lines().size()), b.centred(), b.foot(),
                        Math.max(1, b.minLines() - fit)));
            }
            drawRow(head, size, fit * lineHeight + 2 * PAD_Y);
            newPage();
            row(rest, size);
            return;
        }
        drawRow(boxes, size, height);
    }

    private void drawRow(List<Box> boxes, float size, float height) {
        float top = y;
        float bottom = y + height;
        float lineHeight = size * LINE;
        rules.add(new LaidOutDocument.Rule(LEFT, top, RIGHT, top, RULE));
        rules.add(new LaidOutDocument.Rule(LEFT, bottom, RIGHT, bottom, RULE));
        rules.add(new LaidOutDocument.Rule(LEFT, top, LEFT, bottom, RULE));
        for (Box b : boxes) {
            rules.add(new LaidOutDocument.Rule(b.x() + b.width(), top, b.x() + b.width(), bottom, RULE));
            float lineTop = b.centred() ? top + (height - b.lines().size() * lineHeight) / 2 : top + PAD_Y;
            for (String line : b.lines()) {
                float w = font.width(line, size);
                float x = b.centred() ? b.x() + (b.width() - w) / 2 : b.x() + PAD_X;
                if (!line.isBlank()) {
                    runs.add(new LaidOutDocument.Run(x, baseline(lineTop, size), size, line));
                }
                lineTop += lineHeight;
            }
            float footTop = bottom - PAD_Y - b.foot().size() * lineHeight;
            for (String line : b.foot()) {
                float x = b.x() + b.width() - PAD_X - 2 * size - font.width(line, size);
                runs.add(new LaidOutDocument.Run(x, baseline(footTop, size), size, line));
                footTop += lineHeight;
            }
        }
        y = bottom;
    }
}

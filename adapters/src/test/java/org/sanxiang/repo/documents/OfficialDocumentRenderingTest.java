package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.ReviewOpinionForm;

/**
 * Every form rendered as PDF/A and as OFD, then opened the way an archive or a reader opens it:
 * PDFBox's preflight validates PDF/A-1b, the text of every field is extracted, and every character
 * drawn has a glyph of the embedded font (none is the missing-glyph box, GID 0).
 */
class OfficialDocumentRenderingTest {

    private static DocumentFonts fonts;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeAll
    static void font() {
        fonts = TestFonts.installed();
    }

    static Stream<DemoForms.Demo> demos() {
        return DemoForms.all().values().stream();
    }

    static String flat(String s) {
        return s.replaceAll("\\s", "");
    }

    /** The expected texts that the extracted text lacks. */
    static List<String> missing(String extracted, List<String> expected) {
        String text = flat(extracted);
        return expected.stream().filter(e -> !text.contains(flat(e))).toList();
    }

    private static List<String> expected(DemoForms.Demo demo) {
        List<String> all = new ArrayList<>(demo.mustPrint());
        all.addAll(demo.document().texts());
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    @DisplayName("PDF/A: valid PDF/A-1b, every field's text extractable, every character drawn with an embedded glyph")
    void pdfa(DemoForms.Demo demo) throws IOException {
        byte[] pdf = new PdfaRenderer(fonts, CLOCK).render(demo.document());
        Path file = dir.resolve(demo.name() + ".pdf");
        Files.write(file, pdf);

        ValidationResult result = PreflightParser.validate(file.toFile());
        List<String> errors = result.getErrorsList().stream().map(e -> e.getErrorCode() + " " + e.getDetails()).toList();
        assertTrue(result.isValid(), demo.name() + " is not valid PDF/A-1b: " + errors);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            GlyphCheck check = new GlyphCheck();
            String text = check.getText(document);
            assertEquals(List.of(), missing(text, expected(demo)), demo.name() + ": text not found in the PDF:\n" + text);
            assertEquals(List.of(), check.problems, demo.name() + ": characters without a glyph");
            assertTrue(check.drawn > 50, "too few characters drawn: " + check.drawn);
            assertEquals(demo.document().title(), document.getDocumentInformation().getTitle());
        }
    }

    /** Extracts the text and checks each drawn character's font and glyph. */
    private static final class GlyphCheck extends PDFTextStripper {

        final List<String> problems = new ArrayList<>();
        int drawn;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                PDFont font = p.getFont();
                drawn++;
                if (!(font instanceof PDType0Font type0) || !font.isEmbedded()) {
                    problems.add(p.getUnicode() + " in " + font.getName() + " (not an embedded CID font)");
                    continue;
                }
                for (int code : p.getCharacterCodes()) {
                    if (type0.codeToGID(code) == 0) {
                        problems.add("'" + p.getUnicode() + "' (code " + code + ") maps to GID 0");
                    }
                }
            }
            super.writeString(text, positions);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    @DisplayName("OFD: opens with ofdrw, every field's text extractable, the font embedded with a glyph for every character")
    void ofd(DemoForms.Demo demo) throws IOException {
        byte[] ofd = new OfdRenderer(fonts).render(demo.document());
        Path file = dir.resolve(demo.name() + ".ofd");
        Files.write(file, ofd);
        String text;
        try (OFDReader reader = new OFDReader(file)) {
            text = String.join("\n", new ContentExtractor(reader).extractAll());
        }
        assertEquals(List.of(), missing(text, expected(demo)), demo.name() + ": text not found in the OFD:\n" + text);

        TrueTypeFont embedded = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().toLowerCase().endsWith(".ttf")) {
                    embedded = new TTFParser().parse(new RandomAccessReadBuffer(zip.readAllBytes()));
                }
            }
        }
        assertTrue(embedded != null, demo.name() + ": no font embedded in the OFD");
        try (TrueTypeFont font = embedded) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<String> noGlyph = flat(text).codePoints().filter(cp -> cmap.getGlyphId(cp) == 0)
                    .mapToObj(cp -> new String(Character.toChars(cp))).distinct().toList();
            assertEquals(List.of(), noGlyph, demo.name() + ": characters the embedded font cannot draw");
        }
    }

    @Test
    @DisplayName("the field check notices a dropped field")
    void droppedFieldNoticed() throws IOException {
        DemoForms.Demo demo = DemoForms.all().get("review-opinion");
        ReviewOpinionForm.Input without = new ReviewOpinionForm.Input(null, null,
                "对重庆某建筑劳务有限公司拖欠劳动者工资行为处以罚款人民币五万元的决定", null, List.of("王晓燕", "赵志强"), "案情", "同意。",
                null, null, null, null);
        OfficialDocument dropped = ReviewOpinionForm.chongqing(without);
        try (PDDocument document = Loader.loadPDF(new PdfaRenderer(fonts, CLOCK).render(dropped))) {
            List<String> lacking = missing(new PDFTextStripper().getText(document), demo.mustPrint());
            assertTrue(lacking.contains("李明华") && lacking.contains("（签名）刘建国"), "not noticed: " + lacking);
        }
    }
}

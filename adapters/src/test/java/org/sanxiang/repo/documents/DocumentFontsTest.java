package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.workflow.document.DisclosureSummaryForm;

class DocumentFontsTest {

    @Test
    @DisplayName("no font anywhere: an error naming the setting and the package, before anything is drawn")
    void noFont() {
        DocumentFonts none = new DocumentFonts(null, List.of(Path.of("/nonexistent/wqy-microhei.ttc")));
        DocumentFontException e = assertThrows(DocumentFontException.class,
                () -> new PdfaRenderer(none, java.time.Clock.systemUTC()).render(DemoForms.all().get("review-opinion").document()));
        assertTrue(e.getMessage().contains(DocumentFonts.SETTING) && e.getMessage().contains(DocumentFonts.PACKAGE), e.getMessage());
    }

    @Test
    @DisplayName("a configured font that is not there: an error naming the setting and its value")
    void configuredMissing() {
        DocumentFontException e = assertThrows(DocumentFontException.class,
                () -> new DocumentFonts("/srv/fonts/FZXiaoBiaoSong.ttf").path());
        assertTrue(e.getMessage().contains(DocumentFonts.SETTING + "=/srv/fonts/FZXiaoBiaoSong.ttf"), e.getMessage());
    }

    @Test
    @DisplayName("a character the font lacks: an error naming it, never a box")
    void missingGlyph() {
        DocumentFonts fonts = TestFonts.installed();
        var doc = DisclosureSummaryForm.build(List.of(new DisclosureSummaryForm.Field("执法决定", "罚款 \uD83D\uDE00")), null, "test");
        DocumentFontException pdf = assertThrows(DocumentFontException.class,
                () -> new PdfaRenderer(fonts, java.time.Clock.systemUTC()).render(doc));
        assertTrue(pdf.getMessage().contains("U+1F600") && pdf.getMessage().contains(DocumentFonts.SETTING), pdf.getMessage());
        assertThrows(DocumentFontException.class, () -> new OfdRenderer(fonts).render(doc));
    }

    @Test
    @DisplayName("a font is read once for consecutive renderings, once more for one running at the same time, again when its file changes")
    void openedFontsAreKept(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("font" + (TestFonts.installed().path().toString().endsWith(".ttc") ? ".ttc" : ".ttf"));
        Files.copy(TestFonts.installed().path(), copy);
        DocumentFonts fonts = new DocumentFonts(copy.toString());
        CjkFont first = fonts.open();
        TrueTypeFont parsed = first.trueType();
        first.close();
        try (CjkFont again = fonts.open(); CjkFont meanwhile = fonts.open()) {
            assertSame(parsed, again.trueType());
            assertNotSame(parsed, meanwhile.trueType());
        }
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));
        try (CjkFont replaced = fonts.open()) {
            assertNotSame(parsed, replaced.trueType());
        }
        byte[] pdf = new PdfaRenderer(fonts, java.time.Clock.systemUTC()).render(DemoForms.all().get("review-opinion").document());
        assertTrue(OfficialDocuments.text(DocumentFormats.Format.PDF, pdf).contains("审"));
    }

    @Test
    @DisplayName("the OFD's glyph offsets are written as %.3f writes them")
    void thousandths() {
        for (int i = 0; i < 200_000; i += 7) {
            float v = i / 997f;
            assertTrue(String.format(java.util.Locale.ROOT, "%.3f", v).equals(OfdRenderer.thousandths(v)), v + ": "
                    + OfdRenderer.thousandths(v));
        }
    }

    @Test
    @DisplayName("sanxiang.documents.formats: pdf,ofd by default, order is preference, unknown names rejected")
    void formats() {
        assertTrue(DocumentFormats.parse(null).equals(List.of(DocumentFormats.Format.PDF, DocumentFormats.Format.OFD)));
        assertTrue(DocumentFormats.parse(" OFD ").equals(List.of(DocumentFormats.Format.OFD)));
        assertTrue(DocumentFormats.parse("ofd,pdf").get(0) == DocumentFormats.Format.OFD);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentFormats.parse("pdf,docx"));
        assertTrue(e.getMessage().contains(DocumentFormats.SETTING), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocumentFormats.parse("pdf,pdf"));
    }
}

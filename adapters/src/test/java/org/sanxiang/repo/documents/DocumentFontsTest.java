package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.document.Block;
import org.sanxiang.workflow.document.OfficialDocument;

/** What the renderers embed: one subset of the font for both formats, and the XMP packet of a PDF/A. */
class RenderedResourcesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T08:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("both formats embed the same subset of the font: a tagged CID font with its CIDSet, a fraction of the glyphs")
    void oneSubsetForBothFormats() throws IOException {
        DocumentFonts fonts = TestFonts.installed();
        int fullGlyphs;
        try (CjkFont full = fonts.open()) {
            fullGlyphs = full.trueType().getNumberOfGlyphs();
        }
        List<OfficialDocuments.Rendered> rendered = new OfficialDocuments("pdf,ofd", fonts, CLOCK)
                .render(DemoForms.all().get("review-opinion").document());
        byte[] inPdf;
        try (PDDocument pdf = Loader.loadPDF(rendered.get(0).content())) {
            var resources = pdf.getPage(0).getResources();
            PDType0Font font = (PDType0Font) resources.getFont(resources.getFontNames().iterator().next());
            assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "no subset tag: " + font.getName());
            PDFontDescriptor descriptor = font.getDescendantFont().getFontDescriptor();
            assertNotNull(descriptor.getCIDSet(), "a PDF/A-1 subset lists its CIDs");
            inPdf = descriptor.getFontFile2().toByteArray();
        }
        byte[] inOfd = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(rendered.get(1).content()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".ttf")) {
                    inOfd = zip.readAllBytes();
                }
            }
        }
        assertArrayEquals(inPdf, inOfd, "the PDF/A and the OFD embed different fonts");
        try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(inOfd))) {
            assertTrue(subset.getNumberOfGlyphs() < 400 && subset.getNumberOfGlyphs() * 20 < fullGlyphs,
                    "not a subset: " + subset.getNumberOfGlyphs() + " of " + fullGlyphs + " glyphs");
        }
    }

    @Test
    @DisplayName("the XMP packet written from the template is the one xmpbox's serializer wrote, markup characters escaped")
    void xmpAsXmpboxWroteIt() throws Exception {
        OfficialDocument document = new OfficialDocument("审核意见书 <A&B> \"引号\"", null,
                List.of(new Block.Paragraph("正文")), "依据 R&D <第一条>");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(CLOCK.millis());

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        xmp.createAndAddDublinCoreSchema().setTitle(document.title());
        xmp.getDublinCoreSchema().setDescription(document.basis());
        xmp.createAndAddAdobePDFSchema().setProducer(PdfaRenderer.PRODUCER);
        xmp.createAndAddXMPBasicSchema().setCreateDate(created);
        var id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(1);
        id.setConformance("B");
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, serialized, true);

        assertEquals(serialized.toString(java.nio.charset.StandardCharsets.UTF_8),
                new String(PdfaRenderer.xmp(document, created.toInstant()), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("markup characters in a form's title and text reach both formats' readers as typed")
    void markupCharactersAsTyped() {
        String title = "审核意见书 <A&B> \"引号\"";
        String text = "依据 R&D <第一条> 与 \"第二条\"";
        OfficialDocument document = new OfficialDocument(title, null, List.of(new Block.Paragraph(text)), "依据 R&D");
        for (OfficialDocuments.Rendered rendered : new OfficialDocuments("pdf,ofd", TestFonts.installed(), CLOCK).render(document)) {
            String printed = OfficialDocumentRenderingTest.flat(OfficialDocuments.text(rendered.format(), rendered.content()));
            assertTrue(printed.contains(OfficialDocumentRenderingTest.flat(title)) && printed.contains(
                    OfficialDocumentRenderingTest.flat(text)), rendered.format() + " prints " + printed);
        }
    }
}

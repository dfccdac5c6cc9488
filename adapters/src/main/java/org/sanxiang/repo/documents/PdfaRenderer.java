package org.sanxiang.repo.documents;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Renders an {@link OfficialDocument} as PDF/A-1b (ISO 19005-1, level B: the archival profile
 * PDFBox's preflight validates): the CJK font embedded as a subset with its ToUnicode map (so the
 * text can be extracted and searched), XMP metadata matching the document information, an sRGB
 * output intent, no transparency.
 */
public final class PdfaRenderer {

    static final String PRODUCER = "Sanxiang";
    /** The sRGB profile of the output intent: the JDK copies it on every call. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** XMP dates as xmpbox wrote them (+00:00, not Z). */
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final DocumentFonts fonts;
    private final Clock clock;

    public PdfaRenderer(DocumentFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    public byte[] render(OfficialDocument document) {
        try (CjkFont cjk = fonts.open()) {
            LaidOutDocument laid = new FormLayout(cjk).layout(document);
            return render(document, laid, FontSubset.of(cjk, laid));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as PDF/A failed", e);
        }
    }

    /**
     * The document as laid out, its glyphs cut from the font (OfficialDocuments lays a document out and subsets the
     * font once for every format).
     */
    byte[] render(OfficialDocument document, LaidOutDocument laid, FontSubset subset) {
        try (PDDocument pdf = new PDDocument();
                TrueTypeFont program = new TTFParser().parse(new RandomAccessReadBuffer(subset.ttf()))) {
            pdf.setVersion(1.4f);
            PDType0Font font = embed(pdf, program, subset);
            for (LaidOutDocument.Page page : laid.pages()) {
                PDPage pdPage = new PDPage(new PDRectangle(laid.width(), laid.height()));
                pdf.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdPage)) {
                    float h = laid.height();
                    for (LaidOutDocument.Rule r : page.rules()) {
                        content.setLineWidth(r.lineWidth());
                        content.moveTo(r.x1(), h - r.y1());
                        content.lineTo(r.x2(), h - r.y2());
                        content.stroke();
                    }
                    for (LaidOutDocument.Image image : page.images()) {
                        content.drawImage(LosslessFactory.createFromImage(pdf, opaque(image.png())), image.x(),
                                h - image.y() - image.height(), image.width(), image.height());
                    }
                    for (LaidOutDocument.Run run : page.runs()) {
                        content.beginText();
                        content.setFont(font, run.size());
                        content.newLineAtOffset(run.x(), h - run.baseline());
                        content.showText(run.text());
                        content.endText();
                    }
                }
            }
            archival(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out, CompressParameters.NO_COMPRESSION); // PDF/A-1 forbids cross-reference and object streams
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as PDF/A failed", e);
        }
    }

    /**
     * The subset as a whole font program (its glyph ids are the CIDs), named and listed as the subset it is: the
     * tag before its name and, as PDF/A-1 requires of a subset, the CIDSet of the CIDs it has (all of 0..n-1).
     */
    private static PDType0Font embed(PDDocument pdf, TrueTypeFont program, FontSubset subset) throws IOException {
        PDType0Font font = PDType0Font.load(pdf, program, false);
        byte[] cids = new byte[(subset.glyphs() + 7) / 8];
        for (int cid = 0; cid < subset.glyphs(); cid++) {
            cids[cid / 8] |= (byte) (0x80 >>> (cid % 8));
        }
        font.getDescendantFont().getFontDescriptor().setCIDSet(new PDStream(pdf, new ByteArrayInputStream(cids),
                COSName.FLATE_DECODE));
        return font;
    }

    /** The image on white without an alpha channel: PDF/A-1 allows no transparency (no soft masks). */
    static BufferedImage opaque(byte[] png) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        if (read == null) {
            throw new IOException("not an image the renderer can read (PNG expected)");
        }
        BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(read, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * The XMP packet of the document information (ISO 19005-1, 6.7), written from a template: the values are the
     * only variable part, and xmpbox's serializer (a DOM and a JAXP transformer per document) cost more than the
     * rest of the metadata. The same packet xmpbox wrote, value for value.
     */
    static byte[] xmp(OfficialDocument document, Instant created) {
        String date = XMP_DATE.format(created.atOffset(ZoneOffset.UTC));
        return ("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + "      <dc:title>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">" + escaped(document.title())
                + "</rdf:li>\n        </rdf:Alt>\n      </dc:title>\n"
                + "      <dc:description>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">"
                + escaped(document.basis()) + "</rdf:li>\n        </rdf:Alt>\n      </dc:description>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description rdf:about=\"\">\n      <pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
                + "      <xmp:CreateDate>" + date + "</xmp:CreateDate>\n    </rdf:Description>\n"
                + "    <rdf:Description rdf:about=\"\">\n      <pdfaid:part>1</pdfaid:part>\n"
                + "      <pdfaid:conformance>B</pdfaid:conformance>\n    </rdf:Description>\n"
                + "  </rdf:RDF>\n</x:xmpmeta><?xpacket end=\"w\"?>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Text as XML character data. */
    static String escaped(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The parts PDF/A adds: matching document information and XMP, and the output intent. */
    private void archival(PDDocument pdf, OfficialDocument document) throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis() / 1000 * 1000);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.basis());
        info.setProducer(PRODUCER);
        info.setCreationDate(now);

        byte[] xmp = xmp(document, now.toInstant());
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp);
        pdf.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }
}

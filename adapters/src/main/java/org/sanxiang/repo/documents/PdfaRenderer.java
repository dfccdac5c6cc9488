package org.sanxiang.repo.documents;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.imageio.ImageIO;
import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Renders an {@link OfficialDocument} as PDF/A-1b (ISO 19005-1, level B: the archival profile
 * PDFBox's preflight validates): the CJK font embedded as a subset with its ToUnicode map (so the
 * text can be extracted and searched), XMP metadata matching the document information, an sRGB
 * output intent, no transparency.
 */
public final class PdfaRenderer {

    static final String PRODUCER = "Sanxiang";

    private final DocumentFonts fonts;
    private final Clock clock;

    public PdfaRenderer(DocumentFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    public byte[] render(OfficialDocument document) {
        try (CjkFont cjk = fonts.open()) {
            return render(document, cjk, new FormLayout(cjk).layout(document));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as PDF/A failed", e);
        }
    }

    /** The document as laid out with the font (OfficialDocuments lays a document out once for every format). */
    byte[] render(OfficialDocument document, CjkFont cjk, LaidOutDocument laid) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.4f);
            PDType0Font font = PDType0Font.load(pdf, cjk.trueType(), true);
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

    /** The parts PDF/A adds: matching document information and XMP, and the output intent. */
    private void archival(PDDocument pdf, OfficialDocument document) throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis() / 1000 * 1000);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.basis());
        info.setProducer(PRODUCER);
        info.setCreationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(document.title());
        dc.setDescription(document.basis());
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(now);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(1);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(serialized.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }
}

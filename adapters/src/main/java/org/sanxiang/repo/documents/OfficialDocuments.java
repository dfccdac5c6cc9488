package org.sanxiang.repo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Renders official documents in the formats an installation chose ({@value DocumentFormats#SETTING},
 * in order of preference) with the font it chose or has ({@value DocumentFonts#SETTING}).
 */
public final class OfficialDocuments {

    /** One rendering: its format and bytes. */
    public record Rendered(DocumentFormats.Format format, byte[] content) {

        /** The file name in the case folder: the base name and the format's extension. */
        public String fileName(String baseName) {
            return baseName + format.extension();
        }
    }

    private final List<DocumentFormats.Format> formats;
    private final PdfaRenderer pdf;
    private final OfdRenderer ofd;
    private final DocumentFonts fonts;

    public OfficialDocuments(String formatsSetting, String fontSetting, Clock clock) {
        this.formats = DocumentFormats.parse(formatsSetting);
        this.fonts = new DocumentFonts(fontSetting);
        this.pdf = new PdfaRenderer(fonts, clock);
        this.ofd = new OfdRenderer(fonts);
    }

    public List<DocumentFormats.Format> formats() {
        return formats;
    }

    /**
     * The text a rendering prints (PDFBox's text stripper; ofdrw's content extractor), for search and for a
     * reader of a case's documents that wants their words.
     */
    public static String text(DocumentFormats.Format format, byte[] content) {
        try {
            return switch (format) {
                case PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(content)) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
                case OFD -> {
                    Path file = Files.createTempFile("sanxiang-", ".ofd");
                    try {
                        Files.write(file, content);
                        try (OFDReader reader = new OFDReader(file)) {
                            yield String.join("\n", new ContentExtractor(reader).extractAll());
                        }
                    } finally {
                        Files.deleteIfExists(file);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + format.code() + " document's text", e);
        }
    }

    /** The document in every chosen format, the preferred first: laid out once, with one font. */
    public List<Rendered> render(OfficialDocument document) {
        List<Rendered> rendered = new ArrayList<>();
        try (CjkFont cjk = fonts.open()) {
            LaidOutDocument laid = new FormLayout(cjk).layout(document);
            for (DocumentFormats.Format format : formats) {
                rendered.add(new Rendered(format, switch (format) {
                    case PDF -> pdf.render(document, cjk, laid);
                    case OFD -> ofd.render(document, cjk, laid);
                }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " failed", e);
        }
        return rendered;
    }
}

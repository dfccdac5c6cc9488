package org.sanxiang.repo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.port.DocumentDraft;

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

    private static final String TITLE = "cm:title";
    private static final String DESCRIPTION = "cm:description";

    private final List<DocumentFormats.Format> formats;
    private final PdfaRenderer pdf;
    private final OfdRenderer ofd;
    private final DocumentFonts fonts;

    public OfficialDocuments(String formatsSetting, String fontSetting, Clock clock) {
        this(formatsSetting, new DocumentFonts(fontSetting), clock);
    }

    OfficialDocuments(String formatsSetting, DocumentFonts fonts, Clock clock) {
        this.formats = DocumentFormats.parse(formatsSetting);
        this.fonts = fonts;
        this.pdf = new PdfaRenderer(fonts, clock);
        this.ofd = new OfdRenderer(fonts, clock);
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

    /** The text of stored content: a rendering's extracted by its mimetype, any other content's as UTF-8. */
    public static String text(String mimetype, byte[] content) {
        for (DocumentFormats.Format format : DocumentFormats.Format.values()) {
            if (mimetype != null && mimetype.startsWith(format.mimeType())) {
                return text(format, content);
            }
        }
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The properties of a rendering written beside the form's node (another format of it): the draft's title, or the
     * form's, and a description naming the format.
     */
    public static Map<String, Object> besideProperties(DocumentDraft draft, Rendered beside) {
        Object title = draft.properties().get(TITLE);
        return Map.of(TITLE, title != null ? title : draft.document().title(), DESCRIPTION,
                draft.document().title() + " (" + beside.format().code().toUpperCase(java.util.Locale.ROOT) + ")");
    }

    /** The document in every chosen format, the preferred first: laid out once, with one font, its glyphs cut once. */
    public List<Rendered> render(OfficialDocument document) {
        List<Rendered> rendered = new ArrayList<>();
        try (CjkFont cjk = fonts.open()) {
            LaidOutDocument laid = new FormLayout(cjk).layout(document);
            FontSubset subset = FontSubset.of(cjk, laid);
            for (DocumentFormats.Format format : formats) {
                rendered.add(new Rendered(format, switch (format) {
                    case PDF -> pdf.render(document, laid, subset);
                    case OFD -> ofd.render(document, cjk, laid, subset);
                }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " failed", e);
        }
        return rendered;
    }
}

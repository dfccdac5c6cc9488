package org.sanxiang.repo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Renders an {@link OfficialDocument} as OFD (GB/T 33190-2016): the same pages as {@link PdfaRenderer}, from the
 * same {@link FormLayout}, with a subset of the CJK font embedded (an OFD reader on another machine shows the form
 * as drawn) and the text as text objects, so it can be extracted and searched. The glyph offsets (DeltaX) are the
 * font's advance widths, the ones the layout used.
 *
 * <p>The package is written here, in memory, the way ofdrw's layout engine wrote it (the same files, resources and
 * page objects; ofdrw reads it back): its canvas measured and styled every text again and its container wrote every
 * file to a temporary directory before zipping it, which cost more than the PDF/A.
 */
public final class OfdRenderer {

    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final DocumentFonts fonts;
    private final Clock clock;

    public OfdRenderer(DocumentFonts fonts) {
        this(fonts, Clock.systemDefaultZone());
    }

    public OfdRenderer(DocumentFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    public byte[] render(OfficialDocument document) {
        try (CjkFont cjk = fonts.open()) {
            LaidOutDocument laid = new FormLayout(cjk).layout(document);
            return render(document, cjk, laid, FontSubset.of(cjk, laid));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as OFD failed", e);
        }
    }

    /**
     * The document as laid out with the font, its glyphs cut from it (OfficialDocuments lays a document out and
     * subsets the font once for every format).
     */
    byte[] render(OfficialDocument document, CjkFont cjk, LaidOutDocument laid, FontSubset subset) {
        try {
            return new Package(cjk, laid).write(document, LocalDate.now(clock), subset);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as OFD failed", e);
        }
    }

    /** One OFD being written: the object ids handed out and the shared resources. */
    private static final class Package {

        private final CjkFont cjk;
        private final LaidOutDocument laid;
        private int lastId;
        /** The drawing parameters by line width (0: text and images), with their ids. */
        private final Map<Float, Integer> drawParams = new LinkedHashMap<>();

        Package(CjkFont cjk, LaidOutDocument laid) {
            this.cjk = cjk;
            this.laid = laid;
        }

        private int id() {
            return ++lastId;
        }

        private int drawParam(float lineWidth) {
            return drawParams.computeIfAbsent(lineWidth, w -> id());
        }

        byte[] write(OfficialDocument document, LocalDate created, FontSubset subset) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(subset.ttf().length + 32 * 1024);
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                int font = id();
                int[] pageIds = new int[laid.pages().size()];
                int[] imageIds = new int[(int) laid.pages().stream().mapToLong(p -> p.images().size()).sum()];
                int image = 0;
                for (int p = 0; p < laid.pages().size(); p++) {
                    LaidOutDocument.Page page = laid.pages().get(p);
                    pageIds[p] = id();
                    StringBuilder content = new StringBuilder(16 * 1024).append(XML).append("<ofd:Page ").append(NS)
                            .append("><ofd:Content><ofd:Layer Type=\"Body\" ID=\"").append(id())
                            .append("\"><ofd:PageBlock ID=\"").append(id()).append("\">");
                    for (LaidOutDocument.Image i : page.images()) {
                        imageIds[image] = id();
                        content.append("<ofd:ImageObject ID=\"").append(id()).append("\" ResourceID=\"")
                                .append(imageIds[image]).append("\" Boundary=\"").append(pageBox()).append("\" CTM=\"")
                                .append(fmt(i.width())).append(" 0 0 ").append(fmt(i.height())).append(' ').append(fmt(i.x()))
                                .append(' ').append(fmt(i.y())).append("\" DrawParam=\"").append(drawParam(0)).append("\"/>");
                        put(zip, "Doc_0/Res/image-" + image + ".png", png(i.png()));
                        image++;
                    }
                    for (LaidOutDocument.Rule r : page.rules()) {
                        content.append("<ofd:PathObject ID=\"").append(id()).append("\" Stroke=\"true\" Boundary=\"")
                                .append(pageBox()).append("\" DrawParam=\"").append(drawParam(r.lineWidth()))
                                .append("\"><ofd:AbbreviatedData>M ").append(fmt(r.x1())).append(' ').append(fmt(r.y1()))
                                .append(" L ").append(fmt(r.x2())).append(' ').append(fmt(r.y2()))
                                .append("</ofd:AbbreviatedData></ofd:PathObject>");
                    }
                    for (LaidOutDocument.Run run : page.runs()) {
                        text(content, run, font);
                    }
                    content.append("</ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>");
                    put(zip, "Doc_0/Pages/Page_" + p + "/Content.xml", content);
                }
                put(zip, "Doc_0/Res/font.ttf", subset.ttf());
                String name = escaped(cjk.name());
                put(zip, "Doc_0/PublicRes.xml", new StringBuilder(XML).append("<ofd:Res ").append(NS)
                        .append(" BaseLoc=\"Res\"><ofd:Fonts><ofd:Font FontName=\"").append(name).append("\" FamilyName=\"")
                        .append(name).append("\" ID=\"").append(font)
                        .append("\"><ofd:FontFile>font.ttf</ofd:FontFile></ofd:Font></ofd:Fonts></ofd:Res>"));
                put(zip, "Doc_0/DocumentRes.xml", documentRes(imageIds));
                put(zip, "Doc_0/Document.xml", documentXml(pageIds));
                put(zip, "OFD.xml", new StringBuilder(XML).append("<ofd:OFD ").append(NS)
                        .append(" Version=\"1.2\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>")
                        .append(UUID.randomUUID().toString().replace("-", "")).append("</ofd:DocID><ofd:Title>")
                        .append(escaped(document.title())).append("</ofd:Title>")
                        .append(document.basis() == null ? "" : "<ofd:Subject>" + escaped(document.basis()) + "</ofd:Subject>")
                        .append("<ofd:CreationDate>").append(created).append("</ofd:CreationDate><ofd:Creator>")
                        .append(PdfaRenderer.PRODUCER).append("</ofd:Creator></ofd:DocInfo>")
                        .append("<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
            }
            return bytes.toByteArray();
        }

        /** A run as a text object: one text code at its start, each glyph offset by the previous one's advance. */
        private void text(StringBuilder content, LaidOutDocument.Run run, int font) {
            content.append("<ofd:TextObject ID=\"").append(id()).append("\" Boundary=\"").append(pageBox())
                    .append("\" Font=\"").append(font).append("\" Size=\"").append(fmt(run.size()))
                    .append("\" Fill=\"true\" DrawParam=\"").append(drawParam(0)).append("\"><ofd:TextCode X=\"")
                    .append(fmt(run.x())).append("\" Y=\"").append(fmt(run.baseline())).append('"');
            String text = run.text();
            int count = text.codePointCount(0, text.length());
            if (count > 1) {
                content.append(" DeltaX=\"");
                int shown = 0;
                for (int i = 0; shown < count - 1; shown++) {
                    int cp = text.codePointAt(i);
                    if (shown > 0) {
                        content.append(' ');
                    }
                    content.append(thousandths(OfdRenderer.mm(cjk.advance(cp) * run.size() / 1000f)));
                    i += Character.charCount(cp);
                }
                content.append('"');
            }
            content.append('>').append(escaped(text)).append("</ofd:TextCode></ofd:TextObject>");
        }

        private String pageBox() {
            return "0 0 " + fmt(laid.width()) + " " + fmt(laid.height());
        }

        private StringBuilder documentRes(int[] imageIds) {
            StringBuilder res = new StringBuilder(XML).append("<ofd:Res ").append(NS).append(" BaseLoc=\"Res\">");
            if (!drawParams.isEmpty()) {
                res.append("<ofd:DrawParams>");
                drawParams.forEach((width, id) -> res.append("<ofd:DrawParam").append(width > 0
                        ? " LineWidth=\"" + fmt(width) + "\"" : "").append(" ID=\"").append(id)
                        .append("\"><ofd:FillColor Value=\"0 0 0\"/><ofd:StrokeColor Value=\"0 0 0\"/></ofd:DrawParam>"));
                res.append("</ofd:DrawParams>");
            }
            if (imageIds.length > 0) {
                res.append("<ofd:MultiMedias>");
                for (int i = 0; i < imageIds.length; i++) {
                    res.append("<ofd:MultiMedia Type=\"Image\" Format=\"PNG\" ID=\"").append(imageIds[i])
                            .append("\"><ofd:MediaFile>image-").append(i).append(".png</ofd:MediaFile></ofd:MultiMedia>");
                }
                res.append("</ofd:MultiMedias>");
            }
            return res.append("</ofd:Res>");
        }

        private StringBuilder documentXml(int[] pageIds) {
            StringBuilder doc = new StringBuilder(XML).append("<ofd:Document ").append(NS)
                    .append("><ofd:CommonData><ofd:MaxUnitID>").append(lastId).append("</ofd:MaxUnitID><ofd:PageArea>")
                    .append("<ofd:PhysicalBox>").append(pageBox()).append("</ofd:PhysicalBox><ofd:ApplicationBox>")
                    .append(pageBox()).append("</ofd:ApplicationBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml")
                    .append("</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>");
            for (int p = 0; p < pageIds.length; p++) {
                doc.append("<ofd:Page ID=\"").append(pageIds[p]).append("\" BaseLoc=\"Pages/Page_").append(p)
                        .append("/Content.xml\"/>");
            }
            return doc.append("</ofd:Pages></ofd:Document>");
        }

        private static byte[] png(byte[] png) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
            javax.imageio.ImageIO.write(PdfaRenderer.opaque(png), "png", out);
            return out.toByteArray();
        }

        private static void put(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
            put(zip, name, xml.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
    }

    /** Points as OFD writes lengths: millimetres, at most three decimals, without trailing zeros. */
    static String fmt(float points) {
        String s = thousandths(Math.abs(mm(points)));
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        String trimmed = s.substring(0, end);
        return points < 0 && !trimmed.equals("0") ? "-" + trimmed : trimmed;
    }

    /** Text as XML character data or attribute value. */
    static String escaped(String text) {
        return PdfaRenderer.escaped(text).replace("\"", "&quot;");
    }

    /** {@code String.format(Locale.ROOT, "%.3f", v)} for v ≥ 0, without the formatter's cost (a form has thousands). */
    static String thousandths(float v) {
        long m = Math.round(v * 1000d);
        long frac = m % 1000;
        return (m / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }

    static float mm(float points) {
        return points / FormLayout.MM;
    }
}

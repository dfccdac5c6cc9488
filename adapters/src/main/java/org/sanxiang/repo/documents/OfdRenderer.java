package org.sanxiang.repo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.FontSetting;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Renders an {@link OfficialDocument} as OFD (GB/T 33190-2016) with ofdrw: the same pages as
 * {@link PdfaRenderer}, from the same {@link FormLayout}, with a subset of the CJK font embedded (an
 * OFD reader on another machine shows the form as drawn) and the text as text objects, so it can
 * be extracted and searched.
 *
 * <p>ofdrw spaces the characters of a text object by its own measure (AWT's); the glyph offsets
 * (DeltaX) are set again from the font's advance widths, the ones the layout used.
 */
public final class OfdRenderer {

    private final DocumentFonts fonts;

    public OfdRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(OfficialDocument document) {
        Path dir = null;
        try (CjkFont cjk = fonts.open()) {
            LaidOutDocument laid = new FormLayout(cjk).layout(document);
            dir = Files.createTempDirectory("sanxiang-ofd");
            Path fontFile = dir.resolve("font.ttf");
            subset(cjk, laid, fontFile);
            String name = cjk.name();
            Font font = new Font(name, name, fontFile);
            font.setEmbeddable(true);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PageLayout pageLayout = new PageLayout((double) mm(laid.width()), (double) mm(laid.height()));
            pageLayout.setMargin(0d);
            try (OFDDoc ofd = new OFDDoc(out)) {
                ofd.setDefaultPageLayout(pageLayout);
                CT_DocInfo info = ofd.getOfdDir().getOfd().getDocBody().getDocInfo();
                info.setTile(document.title()); // sic: ofdrw spells the setter of Title so
                info.setSubject(document.basis());
                info.setCreator(PdfaRenderer.PRODUCER);
                for (LaidOutDocument.Page page : laid.pages()) {
                    VirtualPage vPage = new VirtualPage(pageLayout);
                    Canvas canvas = new Canvas(0d, 0d, (double) mm(laid.width()), (double) mm(laid.height()));
                    canvas.setDrawer(ctx -> {
                        for (LaidOutDocument.Rule r : page.rules()) {
                            ctx.beginPath();
                            ctx.setLineWidth(mm(r.lineWidth()));
                            ctx.moveTo(mm(r.x1()), mm(r.y1()));
                            ctx.lineTo(mm(r.x2()), mm(r.y2()));
                            ctx.stroke();
                        }
                        for (LaidOutDocument.Run run : page.runs()) {
                            ctx.setFont(new FontSetting(mm(run.size()), font));
                            ctx.fillText(run.text(), mm(run.x()), mm(run.baseline()));
                            respace(canvas.getPreferBlock(), cjk, run);
                        }
                    });
                    vPage.add(canvas);
                    ofd.addVPage(vPage);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as OFD failed", e);
        } catch (org.dom4j.DocumentException e) {
            throw new IllegalStateException("rendering " + document.title() + " as OFD failed", e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /** Sets the glyph offsets of the text object just drawn from the font's advances. */
    private static void respace(CT_PageBlock block, CjkFont cjk, LaidOutDocument.Run run) {
        List<PageBlockType> objects = block.getPageBlocks();
        if (objects.isEmpty() || !(objects.get(objects.size() - 1) instanceof TextObject text)) {
            return;
        }
        int[] cps = run.text().codePoints().toArray();
        if (cps.length < 2) {
            return;
        }
        ST_Array deltas = new ST_Array();
        for (int i = 0; i < cps.length - 1; i++) {
            deltas.add(String.format(java.util.Locale.ROOT, "%.3f", mm(cjk.advance(cps[i]) * run.size() / 1000f)));
        }
        for (TextCode code : text.getTextCodes()) {
            code.setX((double) mm(run.x()));
            code.setDeltaX(deltas);
        }
    }

    private static void subset(CjkFont cjk, LaidOutDocument laid, Path file) throws IOException {
        TreeSet<Integer> used = new TreeSet<>();
        laid.pages().forEach(p -> p.runs().forEach(r -> r.text().codePoints().forEach(used::add)));
        TTFSubsetter subsetter = new TTFSubsetter(cjk.trueType());
        subsetter.addAll(used);
        try (OutputStream out = Files.newOutputStream(file)) {
            subsetter.writeToStream(out);
        }
    }

    static float mm(float points) {
        return points / FormLayout.MM;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the document was written or its failure reported
        }
    }
}

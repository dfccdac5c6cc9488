package org.sanxiang.repo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        try (CjkFont cjk = fonts.open()) {
            LaidOutDocument laid = new FormLayout(cjk).layout(document);
            return render(document, cjk, laid, FontSubset.of(cjk, laid));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " as OFD failed", e);
        }
    }

    /** The document as laid out with the font (OfficialDocuments lays a document out once for every format). */
    byte[] render(OfficialDocument document, CjkFont cjk, LaidOutDocument laid, FontSubset subset) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sanxiang-ofd");
            Path fontFile = dir.resolve("font.ttf");
            Files.write(fontFile, subset.ttf());
            String name = cjk.name();
            Font font = new Font(name, name, fontFile);
            font.setEmbeddable(true);

            int images = 0;
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
                    List<Path> pictures = new java.util.ArrayList<>();
                    for (LaidOutDocument.Image image : page.images()) {
                        Path png = dir.resolve("image-" + (images++) + ".png");
                        javax.imageio.ImageIO.write(PdfaRenderer.opaque(image.png()), "png", png.toFile());
                        pictures.add(png);
                    }
                    canvas.setDrawer(ctx -> {
                        for (int i = 0; i < pictures.size(); i++) {
                            LaidOutDocument.Image image = page.images().get(i);
                            ctx.drawImage(pictures.get(i), mm(image.x()), mm(image.y()), mm(image.width()), mm(image.height()));
                        }
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
            deltas.add(thousandths(mm(cjk.advance(cps[i]) * run.size() / 1000f)));
        }
        for (TextCode code : text.getTextCodes()) {
            code.setX((double) mm(run.x()));
            code.setDeltaX(deltas);
        }
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

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the document was written or its failure reported
        }
    }
}

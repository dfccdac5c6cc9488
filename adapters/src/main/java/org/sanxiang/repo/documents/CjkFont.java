package org.sanxiang.repo.documents;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One opened CJK TrueType font: its metrics for layout and the check that it can draw a text.
 * Not thread-safe (fontbox parses tables lazily): one rendering at a time. {@link DocumentFonts#open()}
 * lends one from its idle ones; closing it gives it back.
 */
public final class CjkFont implements Closeable {

    /** A character every CJK font of use has: the test that a face of a collection is Chinese. */
    private static final int PROBE = '中';

    private final TrueTypeFont font;
    private final Closeable owner;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Path path;
    private final String origin;
    /** Where {@link #close()} gives the font back instead of closing it (DocumentFonts' idle fonts), or null. */
    private volatile java.util.function.Consumer<CjkFont> giveBack;

    private CjkFont(TrueTypeFont font, Closeable owner, Path path, String origin) throws IOException {
        this.font = font;
        this.owner = owner;
        this.cmap = font.getUnicodeCmapLookup(false);
        this.unitsPerEm = font.getUnitsPerEm();
        this.path = path;
        this.origin = origin;
        if (cmap == null) {
            throw new DocumentFontException(origin + ": the font has no Unicode character map; set "
                    + DocumentFonts.SETTING + " to a TrueType CJK font");
        }
    }

    static CjkFont open(Path path, String origin) throws IOException {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            List<TrueTypeFont> faces = new ArrayList<>();
            collection.processAllFonts(faces::add);
            for (TrueTypeFont face : faces) {
                CmapLookup lookup = face.getUnicodeCmapLookup(false);
                if (lookup != null && lookup.getGlyphId(PROBE) != 0) {
                    return checked(new CjkFont(face, collection, path, origin));
                }
            }
            collection.close();
            throw new DocumentFontException(origin + ": no face of the collection has Chinese glyphs; set "
                    + DocumentFonts.SETTING + " to a TrueType CJK font");
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        return checked(new CjkFont(font, font, path, origin));
    }

    private static CjkFont checked(CjkFont f) throws IOException {
        if (f.font instanceof OpenTypeFont otf && otf.isPostScript()) {
            String name = f.font.getName();
            f.close();
            throw new DocumentFontException(f.origin + ": " + name + " has CFF (PostScript) outlines, which PDFBox cannot"
                    + " embed in a PDF/A; set " + DocumentFonts.SETTING + " to a font with TrueType outlines (for example "
                    + DocumentFonts.PACKAGE + "'s wqy-microhei.ttc)");
        }
        if (f.cmap.getGlyphId(PROBE) == 0) {
            f.close();
            throw new DocumentFontException(f.origin + ": the font has no Chinese glyphs; set " + DocumentFonts.SETTING
                    + " to a TrueType CJK font");
        }
        return f;
    }

    public TrueTypeFont trueType() {
        return font;
    }

    public Path path() {
        return path;
    }

    public String name() throws IOException {
        return font.getName();
    }

    /** Whether the font draws the character (line breaks and tabs are layout, not glyphs). */
    public boolean hasGlyph(int codePoint) {
        return codePoint == '\n' || codePoint == '\t' || cmap.getGlyphId(codePoint) != 0;
    }

    /** Throws {@link DocumentFontException} naming the first character the font cannot draw. */
    public void requireGlyphs(String text) {
        text.codePoints().filter(cp -> !hasGlyph(cp)).findFirst().ifPresent(cp -> {
            throw new DocumentFontException("the font " + origin + " has no glyph for '" + new String(Character.toChars(cp))
                    + "' (U+" + String.format("%04X", cp) + ") in \"" + excerpt(text, cp) + "\"; set " + DocumentFonts.SETTING
                    + " to a font that has it, or correct the text");
        });
    }

    private static String excerpt(String text, int cp) {
        int at = text.indexOf(new String(Character.toChars(cp)));
        int from = Math.max(0, at - 10);
        int to = Math.min(text.length(), at + 10);
        return text.substring(from, to).replace('\n', ' ');
    }

    /** Advance width of a character in thousandths of the font size (PDF text space). */
    public float advance(int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        try {
            return font.getAdvanceWidth(gid) * 1000f / unitsPerEm;
        } catch (IOException e) {
            throw new DocumentFontException("cannot read the width of U+" + Integer.toHexString(codePoint) + " in " + origin, e);
        }
    }

    /** Width of a text at a size, in the size's unit. */
    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += advance(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /** Lends the font: {@link #close()} then hands it to {@code giveBack} instead of closing it. */
    CjkFont lentTo(java.util.function.Consumer<CjkFont> giveBack) {
        this.giveBack = giveBack;
        return this;
    }

    /** Closes the file for good (a font no longer kept idle). */
    void dispose() throws IOException {
        owner.close();
    }

    @Override
    public void close() throws IOException {
        java.util.function.Consumer<CjkFont> back = giveBack;
        giveBack = null;
        if (back != null) {
            back.accept(this);
        } else {
            owner.close();
        }
    }
}

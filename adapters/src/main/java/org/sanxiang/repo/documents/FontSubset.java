package org.sanxiang.repo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;

/**
 * The glyphs of one laid-out document, cut from the CJK font once and embedded by both formats: the PDF/A
 * embeds it as the whole (small) font program, so PDFBox reads widths and builds its maps over a hundred-odd
 * glyphs instead of the full font's tens of thousands, and subsets nothing when saving; the OFD embeds the same
 * file. Glyph ids are the subset's, its character map maps Unicode to them.
 *
 * @param ttf the TrueType font program
 * @param tag the six capitals a subset's PostScript name starts with (ISO 32000-1, 9.6.4), from the characters
 * @param glyphs how many glyphs the subset has (GID 0, the missing glyph, included)
 */
record FontSubset(byte[] ttf, String tag, int glyphs) {

    /**
     * The tables kept: the ones PDFBox keeps for a PDF (outlines, metrics, hinting) and the character map, names and
     * OS/2 metrics an OFD reader looks a font up by; vertical metrics and OpenType layout (vmtx, GPOS: most of a
     * CJK font's size) are for text the forms do not set.
     */
    static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
            "gasp", "cmap", "name", "OS/2", "post");

    static FontSubset of(CjkFont font, LaidOutDocument laid) throws IOException {
        TreeSet<Integer> used = new TreeSet<>();
        laid.pages().forEach(p -> p.runs().forEach(r -> r.text().codePoints().forEach(used::add)));
        TTFSubsetter subsetter = new TTFSubsetter(font.trueType(), TABLES);
        subsetter.addAll(used);
        String tag = tag(used);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(out);
        return new FontSubset(out.toByteArray(), tag, subsetter.getGIDMap().size());
    }

    /** Like PDFBox's: six capitals from a hash of the characters, the same for the same characters. */
    private static String tag(TreeSet<Integer> codePoints) {
        long hash = codePoints.hashCode() & 0xffffffffL;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }
}

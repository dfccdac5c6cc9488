package org.sanxiang.rules.redaction;

/**
 * A view of a text with full-width ASCII (０-９, Ａ-Ｚ, （, ＠, …) and the ideographic space
 * folded to their ASCII forms, char for char, so that every index is the original's index.
 * Chinese documents write numbers both ways; the patterns only need to know one.
 */
final class FoldedText implements CharSequence {

    private final String text;

    FoldedText(String text) {
        this.text = text;
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return fold(text.charAt(index));
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            b.append(charAt(k));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return subSequence(0, length()).toString();
    }
}

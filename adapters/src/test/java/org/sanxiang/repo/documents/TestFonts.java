package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.fail;

/** The machine's CJK font for the rendering tests; its absence fails them, saying how to install one. */
final class TestFonts {

    private TestFonts() {
    }

    static DocumentFonts installed() {
        DocumentFonts fonts = new DocumentFonts(System.getProperty(DocumentFonts.SETTING));
        try {
            fonts.path();
        } catch (DocumentFontException e) {
            fail("official documents need a CJK TrueType font on this machine: run ./run.sh setup (as root on Debian it"
                    + " installs " + DocumentFonts.PACKAGE + "), or set -D" + DocumentFonts.SETTING + "=FILE. " + e.getMessage());
        }
        return fonts;
    }
}

package org.sanxiang.repo.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the CJK TrueType font official documents are set in: the file the setting
 * {@value #SETTING} names (a .ttf, or a .ttc whose first face with Chinese glyphs is used), else the
 * first of {@link #WELL_KNOWN} present on the machine. Official 公文 fonts (方正小标宋, 仿宋_GB2312)
 * are licensed per installation, so none ships with Sanxiang: a bureau points the setting at its
 * own. The font must have TrueType outlines: PDFBox embeds only those (not CFF outlines, as in Noto
 * Sans CJK .otf), and a PDF/A must embed every font it uses.
 */
public final class DocumentFonts {

    /** The setting (alfresco-global.properties, the standalone's system properties) naming the font file. */
    public static final String SETTING = "sanxiang.documents.font";
    /** The Debian package {@code ./run.sh} and the docker images install. */
    public static final String PACKAGE = "fonts-wqy-microhei";

    /** Freely licensed TrueType CJK fonts where Debian/Ubuntu and Fedora/RHEL put them, in preference order. */
    public static final List<Path> WELL_KNOWN = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private final String configured;
    private final List<Path> candidates;

    /** @param setting the value of {@value #SETTING}; null or blank to search {@link #WELL_KNOWN} */
    public DocumentFonts(String setting) {
        this(setting, WELL_KNOWN);
    }

    DocumentFonts(String setting, List<Path> candidates) {
        this.configured = setting == null || setting.isBlank() ? null : setting.strip();
        this.candidates = List.copyOf(candidates);
    }

    /** The font file to use; throws {@link DocumentFontException} naming the setting when there is none. */
    public Path path() {
        if (configured != null) {
            Path path = Path.of(configured);
            if (!Files.isReadable(path)) {
                throw new DocumentFontException(SETTING + "=" + configured + ": no readable font file there; point "
                        + SETTING + " at a TrueType CJK font (.ttf or .ttc), or clear it to use an installed one ("
                        + PACKAGE + ")");
            }
            return path;
        }
        Optional<Path> found = candidates.stream().filter(Files::isReadable).findFirst();
        return found.orElseThrow(() -> new DocumentFontException("no CJK TrueType font for official documents: set "
                + SETTING + " to a .ttf or .ttc file, or install one (Debian/Ubuntu: apt-get install " + PACKAGE
                + "; ./run.sh setup does it); looked in " + candidates));
    }

    /** Opens the font for one rendering; the caller closes it. */
    public CjkFont open() {
        Path path = path();
        try {
            return CjkFont.open(path, configured != null ? SETTING + "=" + configured : path.toString());
        } catch (IOException e) {
            throw new DocumentFontException("cannot read the font " + path + " (" + e.getMessage() + "); set " + SETTING
                    + " to a TrueType CJK font (.ttf or .ttc)", e);
        }
    }
}

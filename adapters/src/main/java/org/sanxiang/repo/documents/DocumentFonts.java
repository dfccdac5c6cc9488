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

    /** Idle fonts kept open: as many as renderings ran at once, at most this many. */
    static final int IDLE = 4;

    private final String configured;
    private final List<Path> candidates;
    /**
     * Opened fonts not in use, with the file they were read from (path and modification time): parsing a
     * CJK collection's tables and character maps costs tens of milliseconds, more than drawing a form.
     */
    private final java.util.Deque<CjkFont> idle = new java.util.ArrayDeque<>();
    private String idleFrom;
    /** How many times a font file was parsed: the tests' check that renderings share the parsed fonts. */
    private final java.util.concurrent.atomic.AtomicInteger parses = new java.util.concurrent.atomic.AtomicInteger();

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

    /**
     * The font for one rendering; the caller closes it, which keeps it open for the next one. A font file
     * replaced meanwhile (another modification time) is read again.
     */
    public CjkFont open() {
        Path path = path();
        try {
            String from = path.toAbsolutePath() + "@" + Files.getLastModifiedTime(path).toMillis();
            CjkFont font = idle(from);
            if (font == null) {
                parses.incrementAndGet();
                font = CjkFont.open(path, configured != null ? SETTING + "=" + configured : path.toString());
            }
            return font.lentTo(f -> giveBack(from, f));
        } catch (IOException e) {
            throw new DocumentFontException("cannot read the font " + path + " (" + e.getMessage() + "); set " + SETTING
                    + " to a TrueType CJK font (.ttf or .ttc)", e);
        }
    }

    /** How many times this instance parsed a font file (package-private: for the tests). */
    int parses() {
        return parses.get();
    }

    private synchronized CjkFont idle(String from) throws IOException {
        if (!from.equals(idleFrom)) {
            for (CjkFont stale : idle) {
                stale.dispose();
            }
            idle.clear();
            idleFrom = from;
        }
        return idle.pollFirst();
    }

    private void giveBack(String from, CjkFont font) {
        boolean kept;
        synchronized (this) {
            kept = from.equals(idleFrom) && idle.size() < IDLE;
            if (kept) {
                idle.addFirst(font);
            }
        }
        if (!kept) {
            try {
                font.dispose();
            } catch (IOException e) {
                // closing a read-only font file that is no longer used: nothing to report
            }
        }
    }

    /** The same font for Java 2D drawing (charts): the first face of the file that has Chinese glyphs. */
    public java.awt.Font awtFont() {
        Path path = path();
        try {
            for (java.awt.Font face : java.awt.Font.createFonts(path.toFile())) {
                if (face.canDisplay('中')) {
                    return face;
                }
            }
        } catch (java.awt.FontFormatException | IOException e) {
            throw new DocumentFontException("cannot read the font " + path + " (" + e.getMessage() + "); set " + SETTING
                    + " to a TrueType CJK font (.ttf or .ttc)", e);
        }
        throw new DocumentFontException(path + ": no face has Chinese glyphs; set " + SETTING + " to a TrueType CJK font");
    }
}

package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at the central directory of a zip container (DOCX, XLSX, PPTX, ODF, plain zip) before any
 * parser inflates it. Needed because Tika's OOXML parser switches off POI's own zip-bomb check
 * ({@code ZipSecureFile.setMinInflateRatio(-1)}) in favour of a check that only runs under
 * AutoDetectParser on the extracted text.
 *
 * <p>The declared sizes can lie; the text budget and the parse timeout bound what a lying archive
 * can still cost.
 */
final class ZipBombCheck {

    /** Inflation ratio above which a large entry is treated as a bomb (Tika uses 100 on text). */
    static final long MAX_RATIO = 100;
    /** Entries below this size may compress as well as they like. */
    static final long RATIO_GRACE_BYTES = 50L * 1024 * 1024;
    static final long MAX_TOTAL_INFLATED = 4L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ZipBombCheck() {
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** @return why the archive is unsafe, or null when it looks sane (or is not a readable zip) */
    static String findBomb(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            long total = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    return "zip bomb: more than " + MAX_ENTRIES + " entries";
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    continue;
                }
                total += size;
                if (total > MAX_TOTAL_INFLATED) {
                    return "zip bomb: entries inflate to more than " + MAX_TOTAL_INFLATED + " bytes";
                }
                if (size > RATIO_GRACE_BYTES && size > MAX_RATIO * Math.max(compressed, 1)) {
                    return "zip bomb: entry '" + entry.getName() + "' inflates " + compressed + " bytes to " + size;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // not a zip the JDK can read: the parser will say what is wrong with it
        }
    }
}

package org.sanxiang.workflow.port;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file of the annual report: its name, media type and bytes.
 *
 * @param name      file name, e.g. {@code 2025-chongqing-2024-annual.pdf}
 * @param mediaType e.g. {@code application/pdf}
 * @param content   the bytes
 */
public record ReportFile(String name, String mediaType, byte[] content) {

    public ReportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    /** A UTF-8 text file. */
    public static ReportFile text(String name, String text) {
        return new ReportFile(name, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file's extension without the dot ({@code pdf}); empty when it has none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The same file under another name. */
    public ReportFile named(String newName) {
        return new ReportFile(newName, mediaType, content);
    }
}

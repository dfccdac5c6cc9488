package org.sanxiang.repo.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The formats official documents are written in, from the setting {@value #SETTING}: a comma
 * separated list, in order of preference (the first is the one a reader is offered), by default
 * {@code pdf,ofd}. PDF/A is what archives take; OFD (GB/T 33190-2016) is what Chinese e-government
 * systems are asked to accept.
 */
public final class DocumentFormats {

    public static final String SETTING = "sanxiang.documents.formats";
    public static final String DEFAULT = "pdf,ofd";

    /** A format: its setting name, MIME type and file extension. */
    public enum Format {
        PDF("pdf", "application/pdf", ".pdf"),
        OFD("ofd", "application/ofd", ".ofd");

        private final String code;
        private final String mimeType;
        private final String extension;

        Format(String code, String mimeType, String extension) {
            this.code = code;
            this.mimeType = mimeType;
            this.extension = extension;
        }

        public String code() {
            return code;
        }

        public String mimeType() {
            return mimeType;
        }

        public String extension() {
            return extension;
        }
    }

    private DocumentFormats() {
    }

    /** Parses the setting; blank means the default. Unknown or repeated formats are an error naming the setting. */
    public static List<Format> parse(String setting) {
        String value = setting == null || setting.isBlank() ? DEFAULT : setting;
        List<Format> formats = new ArrayList<>();
        for (String part : value.split(",")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            Format format = null;
            for (Format f : Format.values()) {
                if (f.code.equals(code)) {
                    format = f;
                }
            }
            if (format == null) {
                throw new IllegalArgumentException(SETTING + "=" + setting + ": '" + code + "' is not a format (pdf, ofd)");
            }
            if (formats.contains(format)) {
                throw new IllegalArgumentException(SETTING + "=" + setting + ": '" + code + "' is listed twice");
            }
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(SETTING + "=" + setting + ": names no format (pdf, ofd)");
        }
        return List.copyOf(formats);
    }
}

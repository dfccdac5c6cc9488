package org.sanxiang.repo.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;

/** Turns an {@link Inspection} into the fields of an {@link IntakeResult}, by kind of file. */
final class MetadataMapping {

    /** The ISO/QuickTime epoch: a creation time of 0 means "not set". */
    private static final Instant EPOCH_1904 = Instant.parse("1904-01-01T00:00:00Z");

    private MetadataMapping() {
    }

    static IntakeResult toResult(StoredFile stored, Inspection inspection) {
        String type = inspection.mediaType();
        if (!inspection.available()) {
            return IntakeResult.unavailable(stored.sha256(), stored.size(), type,
                    inspection.problem(), inspection.detail());
        }
        Metadata md = inspection.tika();
        IsoMediaScan.Scan iso = inspection.isoScan();
        String title = text(md, TikaCoreProperties.TITLE);

        if (isAudioVideo(type)) {
            // The ISO scan reads the container itself (no 2 GiB limit), so it goes first.
            return new IntakeResult(stored.sha256(), stored.size(), type, true, null, null,
                    first(iso == null ? null : iso.created(), instant(md, TikaCoreProperties.CREATED)),
                    first(iso == null ? null : iso.duration(), seconds(md, XMPDM.DURATION)),
                    first(iso == null ? null : iso.make(), text(md, TIFF.EQUIPMENT_MAKE)),
                    first(iso == null ? null : iso.model(), text(md, TIFF.EQUIPMENT_MODEL)),
                    first(iso == null ? null : iso.latitude(), number(md, TikaCoreProperties.LATITUDE)),
                    first(iso == null ? null : iso.longitude(), number(md, TikaCoreProperties.LONGITUDE)),
                    title, null, null, null, null);
        }
        if (type.startsWith("image/")) {
            return new IntakeResult(stored.sha256(), stored.size(), type, true, null, null,
                    null, null,
                    text(md, TIFF.EQUIPMENT_MAKE), text(md, TIFF.EQUIPMENT_MODEL),
                    number(md, TikaCoreProperties.LATITUDE), number(md, TikaCoreProperties.LONGITUDE),
                    title, null, null, null,
                    localDateTime(md.get(TIFF.ORIGINAL_DATE)));
        }
        return new IntakeResult(stored.sha256(), stored.size(), type, true, null, null,
                null, null, null, null, null, null,
                title, authors(md), instant(md, TikaCoreProperties.CREATED),
                first(integer(md, PagedText.N_PAGES), integer(md, Office.PAGE_COUNT)),
                null);
    }

    static boolean isAudioVideo(String type) {
        return type.startsWith("video/") || type.startsWith("audio/") || IsoMediaScan.ISO_MEDIA_TYPES.contains(type);
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String text(Metadata md, Property p) {
        String v = md.get(p);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static String authors(Metadata md) {
        String joined = Arrays.stream(md.getValues(TikaCoreProperties.CREATOR))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static Instant instant(Metadata md, Property p) {
        Date d = md.getDate(p);
        if (d == null) {
            return null;
        }
        Instant i = d.toInstant();
        return i.equals(EPOCH_1904) ? null : i;
    }

    private static Duration seconds(Metadata md, Property p) {
        String v = md.get(p);
        if (v == null) {
            return null;
        }
        try {
            double s = Double.parseDouble(v.strip());
            return s > 0 && Double.isFinite(s) ? Duration.ofMillis(Math.round(s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(Metadata md, Property p) {
        String v = md.get(p);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(Metadata md, Property p) {
        String v = md.get(p);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** EXIF times carry no zone: keep the camera's wall clock ("2024-03-05T09:30:15"). */
    static LocalDateTime localDateTime(String v) {
        if (v == null || v.length() < 19) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.substring(0, 19).replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.sanxiang.repo.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;

/**
 * Maps an {@link IntakeResult} onto the properties of the {@code sx:inspected} aspect. Values are
 * plain Java ({@link Instant} for date-times, {@link Double}, {@link Integer}, {@link String}); each
 * repository adapter converts them to its own types (Alfresco: {@code Date}; CMIS: calendars).
 * Absent facts are left out, never written as empty values.
 */
public final class InspectionProperties {

    private final ZoneId bureauZone;

    /**
     * @param bureauZone the zone of the bureau's devices: EXIF stores a camera's wall-clock time
     *                   without a zone, so it is read as local time there
     */
    public InspectionProperties(ZoneId bureauZone) {
        this.bureauZone = Objects.requireNonNull(bureauZone, "bureauZone");
    }

    public Map<QName, Object> of(IntakeResult result, Instant inspectedAt) {
        Map<QName, Object> properties = new LinkedHashMap<>();
        properties.put(SanxiangModel.PROP_SHA256, result.sha256());
        properties.put(SanxiangModel.PROP_DETECTED_MEDIA_TYPE, result.mediaType());
        properties.put(SanxiangModel.PROP_INSPECTED_AT, Objects.requireNonNull(inspectedAt, "inspectedAt"));
        if (!result.metadataAvailable()) {
            // the record is still accepted; staff see why its metadata is missing
            properties.put(SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON, result.metadataStatus());
            return properties;
        }
        put(properties, SanxiangModel.PROP_MEDIA_RECORDING_START, result.recordingStart());
        if (result.duration() != null) {
            properties.put(SanxiangModel.PROP_MEDIA_DURATION_SECONDS, result.duration().toMillis() / 1000.0);
        }
        put(properties, SanxiangModel.PROP_DEVICE_MAKE, result.deviceMake());
        put(properties, SanxiangModel.PROP_DEVICE_MODEL, result.deviceModel());
        put(properties, SanxiangModel.PROP_GPS_LATITUDE, result.latitude());
        put(properties, SanxiangModel.PROP_GPS_LONGITUDE, result.longitude());
        put(properties, SanxiangModel.PROP_DOCUMENT_TITLE, result.title());
        put(properties, SanxiangModel.PROP_DOCUMENT_AUTHOR, result.author());
        put(properties, SanxiangModel.PROP_DOCUMENT_CREATED, result.created());
        put(properties, SanxiangModel.PROP_PAGE_COUNT, result.pageCount());
        if (result.exifTime() != null) {
            properties.put(SanxiangModel.PROP_EXIF_DATE_TIME, result.exifTime().atZone(bureauZone).toInstant());
        }
        return properties;
    }

    private static void put(Map<QName, Object> properties, QName name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}

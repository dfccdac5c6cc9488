package org.sanxiang.standalone.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the evidence intake found for each uploaded record, in table {@code sx_intake}. Inside Alfresco the
 * intake writes the protected {@code sx:inspected} properties itself; over CMIS no client may write them
 * (protected properties are read-only there, as in Alfresco), so the standalone runtime keeps them here,
 * beside the record, and shows them with it.
 */
public final class IntakeLog {

    static final String TABLE = "sx_intake";

    /** One record's intake: digest, size, media type, the metadata status line and the sx:inspected values. */
    public record Entry(String recordId, String caseId, String sha256, long size, String mediaType, String metadataStatus,
            Instant inspectedAt, Map<String, Object> inspected) {
    }

    private final Database db;
    private final ObjectMapper json = Json.mapper();

    public IntakeLog(Database db) {
        this.db = db;
        db.ddl("CREATE TABLE IF NOT EXISTS " + TABLE + " (record_id VARCHAR(400) NOT NULL PRIMARY KEY, "
                + "case_id VARCHAR(400) NOT NULL, sha256 VARCHAR(64) NOT NULL, size BIGINT NOT NULL, "
                + "media_type VARCHAR(400) NOT NULL, metadata_status VARCHAR(4000) NOT NULL, inspected_at TIMESTAMP NOT NULL, "
                + "inspected VARCHAR(100000) NOT NULL)");
    }

    public void add(Entry e) {
        String inspected;
        try {
            inspected = json.writeValueAsString(e.inspected());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("intake of record " + e.recordId() + " cannot be written", ex);
        }
        db.update("INSERT INTO " + TABLE + " (record_id, case_id, sha256, size, media_type, metadata_status, inspected_at, "
                + "inspected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.recordId(), e.caseId(), e.sha256(), e.size(), e.mediaType(),
                e.metadataStatus(), e.inspectedAt(), inspected);
    }

    public Optional<Entry> find(String recordId) {
        return read("record_id", recordId).stream().findFirst();
    }

    public List<Entry> ofCase(String caseId) {
        return read("case_id", caseId);
    }

    private List<Entry> read(String column, String value) {
        return db.query("SELECT record_id, case_id, sha256, size, media_type, metadata_status, inspected_at, inspected FROM "
                + TABLE + " WHERE " + column + " = ?", rs -> {
                    Map<String, Object> inspected;
                    try {
                        inspected = json.readValue(rs.getString(8), new com.fasterxml.jackson.core.type.TypeReference<>() { });
                    } catch (JsonProcessingException e) {
                        inspected = Map.of();
                    }
                    return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), Database.instant(rs, "inspected_at"), inspected);
                }, value);
    }
}

package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.sanxiang.model.SanxiangModel;

/**
 * Intake of content a repository has just stored (Alfresco: a record's or evidence's content on
 * upload): the stream is copied once to a temporary file while its SHA-256 is computed, inspected,
 * and the findings become the {@code sx:inspected} properties by {@code prefix:name}. It never fails
 * the upload: when the content cannot be read at all, the properties say "metadata unavailable:
 * &lt;reason&gt;" and nothing else.
 */
public final class UploadIntake {

    private final EvidenceIntake intake;
    private final InspectionProperties properties;
    private final Clock clock;

    public UploadIntake(EvidenceIntake intake, InspectionProperties properties, Clock clock) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The {@code sx:inspected} properties of the content the supplier opens (it is closed here). */
    public Map<String, Object> inspect(Supplier<InputStream> content) {
        Instant now = clock.instant();
        Path temp = null;
        try {
            temp = Files.createTempFile("sx-intake-", ".bin");
            IntakeResult result;
            try (InputStream in = Objects.requireNonNull(content.get(), "content stream")) {
                result = intake.intake(in, temp);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            properties.of(result, now).forEach((name, value) -> out.put(name.toPrefixString(), value));
            return out;
        } catch (IOException | RuntimeException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(SanxiangModel.PROP_INSPECTED_AT.toPrefixString(), now);
            out.put(SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON.toPrefixString(), "metadata unavailable: "
                    + "content-unreadable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return out;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is the system's to clean, not the upload's problem
                }
            }
        }
    }
}

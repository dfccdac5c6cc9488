package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Intake of a file added to a case as a record or evidence: stores it while computing its SHA-256
 * (one pass, constant memory), then reads its media type and metadata from the stored file.
 *
 * <p>A file whose metadata cannot be read — truncated, hostile, unknown — is still accepted: the
 * result says "metadata unavailable: &lt;reason&gt;". Only a failure to store the bytes (the
 * upload stream or the target file) is an error.
 *
 * <p>Thread-safe; one instance serves all uploads. Close it to stop its worker threads.
 */
public final class EvidenceIntake implements AutoCloseable {

    /** Long enough for a slow disk, short enough that a hung parser does not hold up a case. */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);
    /** Body text characters a parser may produce before it is stopped; metadata comes first. */
    public static final long DEFAULT_TEXT_BUDGET = 100_000;

    private final MetadataInspector inspector;

    public EvidenceIntake() {
        this(DEFAULT_PARSE_TIMEOUT, DEFAULT_TEXT_BUDGET);
    }

    public EvidenceIntake(Duration parseTimeout, long textBudget) {
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        this.inspector = new MetadataInspector(parseTimeout, textBudget);
    }

    EvidenceIntake(MetadataInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * Writes {@code upload} to {@code target} (created or replaced) and inspects it.
     *
     * @throws IOException only when the upload cannot be read or the target cannot be written;
     *                     the message names the target file
     */
    public IntakeResult intake(InputStream upload, Path target) throws IOException {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(target, "target");
        StoredFile stored = DigestingCopy.copy(upload, target);
        return describe(stored);
    }

    /**
     * Intake of a file its store has already written (Alfresco's content store, for example): one
     * streaming read for the SHA-256, then the metadata, read from the same file.
     *
     * @throws IOException only when the stored file cannot be read; the message names it
     */
    public IntakeResult intakeStored(Path stored) throws IOException {
        Objects.requireNonNull(stored, "stored");
        return describe(DigestingCopy.digest(stored));
    }

    /** Inspects a file already stored by {@link #intake}; never throws for the file's content. */
    IntakeResult describe(StoredFile stored) {
        Inspection inspection;
        try {
            inspection = inspector.inspect(stored.path());
        } catch (RuntimeException e) {
            inspection = Inspection.failed(null, IntakeProblem.PARSE_FAILED, MetadataInspector.describe(e));
        }
        return MetadataMapping.toResult(stored, inspection);
    }

    MetadataInspector inspector() {
        return inspector;
    }

    @Override
    public void close() {
        inspector.close();
    }
}

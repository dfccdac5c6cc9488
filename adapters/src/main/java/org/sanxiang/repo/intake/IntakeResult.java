package org.sanxiang.repo.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What intake learned about one file added to a case as a record or evidence. Immutable.
 *
 * <p>{@code sha256}, {@code size} and {@code mediaType} are always present. The descriptive fields
 * are {@code null} when the file does not carry them, and all of them are {@code null} when
 * {@code metadataAvailable} is false; {@code unavailableReason} then says why (and is {@code null}
 * otherwise). Field names are semantic; mapping onto {@code sx} properties happens where the
 * content model is used.
 *
 * @param sha256            SHA-256 of the stored bytes, lower-case hex
 * @param size              number of bytes stored
 * @param mediaType         media type detected from the content (never from the file name)
 * @param metadataAvailable whether metadata could be read
 * @param problem           why not, when {@code metadataAvailable} is false
 * @param unavailableReason {@code "<problem code>: <detail>"} when {@code metadataAvailable} is false
 * @param recordingStart    audio/video: when the recording started (container creation time, UTC)
 * @param duration          audio/video: length of the recording
 * @param deviceMake        audio/video and images: maker of the recording device
 * @param deviceModel       audio/video and images: model of the recording device
 * @param latitude          audio/video and images: WGS-84 latitude, degrees
 * @param longitude         audio/video and images: WGS-84 longitude, degrees
 * @param title             documents (and AV titles): title
 * @param author            documents: author(s), joined with "; "
 * @param created           documents: creation time
 * @param pageCount         documents: number of pages
 * @param exifTime          images: EXIF DateTimeOriginal, the camera's wall clock (EXIF stores no zone)
 */
public record IntakeResult(
        String sha256,
        long size,
        String mediaType,
        boolean metadataAvailable,
        IntakeProblem problem,
        String unavailableReason,
        Instant recordingStart,
        Duration duration,
        String deviceMake,
        String deviceModel,
        Double latitude,
        Double longitude,
        String title,
        String author,
        Instant created,
        Integer pageCount,
        LocalDateTime exifTime) {

    public IntakeResult {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        if (metadataAvailable != (problem == null) || metadataAvailable != (unavailableReason == null)) {
            throw new IllegalArgumentException(
                    "problem and unavailableReason must be set exactly when metadata is unavailable");
        }
    }

    /** A file whose metadata could not be read: only digest, size and media type are known. */
    public static IntakeResult unavailable(String sha256, long size, String mediaType,
                                           IntakeProblem problem, String detail) {
        Objects.requireNonNull(problem, "problem");
        String reason = detail == null || detail.isBlank() ? problem.code() : problem.code() + ": " + detail;
        return new IntakeResult(sha256, size, mediaType, false, problem, reason,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The status line shown for the file: "metadata available" or "metadata unavailable: <reason>". */
    public String metadataStatus() {
        return metadataAvailable ? "metadata available" : "metadata unavailable: " + unavailableReason;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(unavailableReason);
    }
}

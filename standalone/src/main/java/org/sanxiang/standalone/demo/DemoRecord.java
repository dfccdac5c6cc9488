package org.sanxiang.standalone.demo;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A record or evidence file of a demo case; its bytes are generated at load time by {@link RecordFiles}.
 *
 * @param stage      the stage code of the profile's record list it belongs to (sx:stage), or null for evidence
 * @param type       the document type ({@code sx:textRecord}, {@code sx:avRecord}, {@code sx:decisionDocument}, {@code sx:evidence})
 * @param name       the file name in the case folder
 * @param file       how to make its content
 * @param properties its properties (JSON values)
 * @param step       {@code load} (part of the case file when the dataset is loaded) or {@code decision} (made once the decision is taken)
 */
public record DemoRecord(String stage, String type, String name, FileSpec file, Map<String, Object> properties, String step) {

    public DemoRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        step = step == null ? "load" : step;
    }

    /**
     * What the file is: UTF-8 {@code text}, a {@code jpeg} photo or an {@code mp4} recording.
     *
     * @param text            the text of a text file
     * @param capturedAt      when a photo or recording was made (EXIF DateTimeOriginal, MP4 creation time)
     * @param make            the device's make (EXIF Make, QuickTime ©mak)
     * @param model           the device's model (EXIF Model, QuickTime ©mod)
     * @param durationSeconds a recording's duration (MP4 movie header)
     * @param location        ISO 6709 location of a recording (QuickTime ©xyz), e.g. {@code +30.4212+114.4198/}
     */
    public record FileSpec(String kind, String text, Instant capturedAt, String make, String model, Long durationSeconds,
            String location) {

        public FileSpec {
            Objects.requireNonNull(kind, "kind");
        }
    }
}

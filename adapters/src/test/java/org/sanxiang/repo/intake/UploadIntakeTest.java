package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadIntakeTest {

    static EvidenceIntake intake;
    static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");
    UploadIntake upload = new UploadIntake(intake, new InspectionProperties(ZoneId.of("Asia/Shanghai")), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void start() {
        intake = new EvidenceIntake();
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    @Test
    @DisplayName("an uploaded PDF gets its sx:inspected properties by prefix:name: digest, media type, title, pages")
    void pdf(@TempDir Path dir) throws IOException {
        Path pdf = SampleFiles.pdf(dir.resolve("a.pdf"), "询问笔录", "张三", Instant.parse("2025-03-01T01:00:00Z"), 2);
        Map<String, Object> p = upload.inspect(() -> {
            try {
                return Files.newInputStream(pdf);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals("application/pdf", p.get("sx:detectedMediaType"));
        assertEquals(64, ((String) p.get("sx:sha256")).length());
        assertEquals("询问笔录", p.get("sx:documentTitle"));
        assertEquals(2, p.get("sx:pageCount"));
        assertEquals(NOW, p.get("sx:inspectedAt"));
    }

    @Test
    @DisplayName("content that cannot be read never fails the upload: metadata unavailable with the reason")
    void unreadable() {
        Map<String, Object> p = upload.inspect(() -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("store offline");
            }
        });
        String reason = (String) p.get("sx:metadataUnavailableReason");
        assertTrue(reason.startsWith("metadata unavailable: content-unreadable: ") && reason.contains("store offline"), reason);
        assertEquals(2, p.size());
    }
}

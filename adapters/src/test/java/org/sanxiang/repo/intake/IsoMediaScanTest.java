package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoMediaScanTest {

    @TempDir
    Path dir;

    private static final Instant START = Instant.parse("2025-06-30T23:59:58Z");

    @Test
    @DisplayName("mvhd version 1 (64-bit times and duration)")
    void movieHeaderVersion1() throws Exception {
        ByteBuffer mvhd = ByteBuffer.allocate(112);
        long t = START.getEpochSecond() + SampleFiles.SECONDS_1904_TO_1970;
        mvhd.putInt(0x01000000).putLong(t).putLong(t).putInt(90_000).putLong(90_000L * 7200);
        Path f = write("v1.mp4", SampleFiles.ftyp(), SampleFiles.box("moov", SampleFiles.box("mvhd", mvhd.array())));
        IsoMediaScan.Scan scan = IsoMediaScan.scan(f);
        assertNull(scan.problem());
        assertEquals(START, scan.created());
        assertEquals(Duration.ofHours(2), scan.duration());
    }

    @Test
    @DisplayName("A box whose size is below its header is damage, not an exception")
    void invalidBoxSize() throws Exception {
        byte[] broken = ByteBuffer.allocate(8).putInt(3).put("moov".getBytes()).array();
        Path f = write("broken.mp4", SampleFiles.ftyp(), broken);
        IsoMediaScan.Scan scan = IsoMediaScan.scan(f);
        assertNotNull(scan.problem());
        assertTrue(scan.problem().contains("invalid size"), scan.problem());
    }

    @Test
    @DisplayName("A box Tika would load whole (17 MB uuid) is not handed to Tika; the scan still reads mvhd")
    void oversizedBoxSkipsTika() throws Exception {
        SampleFiles.Mp4Spec spec = new SampleFiles.Mp4Spec(START, 1000, 5_000, null, null, null);
        byte[] uuid = SampleFiles.box("uuid", new byte[17 * 1024 * 1024]);
        Path f = write("uuid.mp4", SampleFiles.ftyp(), uuid, SampleFiles.moov(spec));
        IsoMediaScan.Scan scan = IsoMediaScan.scan(f);
        assertNotNull(scan.oversizedBox());
        try (MetadataInspector inspector = new MetadataInspector(Duration.ofSeconds(30), 1000)) {
            Inspection inspection = inspector.inspect(f);
            assertTrue(inspection.available(), String.valueOf(inspection.detail()));
            assertEquals(0, inspection.tika().names().length, "Tika did not parse the file");
            IntakeResult r = MetadataMapping.toResult(new StoredFile(f, "0".repeat(64), Files.size(f)), inspection);
            assertEquals(START, r.recordingStart());
            assertEquals(Duration.ofSeconds(5), r.duration());
        }
    }

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }
}

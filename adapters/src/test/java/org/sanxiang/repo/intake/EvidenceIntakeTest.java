package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

class EvidenceIntakeTest {

    private static EvidenceIntake intake;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        intake = new EvidenceIntake();
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    private static final Instant CREATED = Instant.parse("2024-03-05T01:30:15Z");

    /** Feeds {@code sample} to intake as an upload stream, storing it under a new name. */
    private IntakeResult intakeOf(Path sample) throws IOException {
        Path stored = dir.resolve("stored-" + UUID.randomUUID() + ".bin");
        try (InputStream upload = Files.newInputStream(sample)) {
            IntakeResult result = intake.intake(upload, stored);
            assertEquals(-1, Files.mismatch(sample, stored), "stored bytes equal the upload");
            return result;
        }
    }

    private static void assertDigestOf(Path file, IntakeResult result) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, result.sha256(), "SHA-256 of " + file.getFileName());
        assertEquals(bytes.length, result.size());
    }

    @Test
    @DisplayName("PDF: title, author, created and page count")
    void pdf() throws Exception {
        Path pdf = SampleFiles.pdf(dir.resolve("decision.pdf"), "行政处罚决定书", "王芳", CREATED, 3);
        IntakeResult r = intakeOf(pdf);
        assertDigestOf(pdf, r);
        assertEquals("application/pdf", r.mediaType());
        assertTrue(r.metadataAvailable(), r.metadataStatus());
        assertEquals("行政处罚决定书", r.title());
        assertEquals("王芳", r.author());
        assertEquals(CREATED, r.created());
        assertEquals(3, r.pageCount());
        assertNull(r.recordingStart());
        assertNull(r.exifTime());
    }

    @Test
    @DisplayName("DOCX: title, author, created and page count")
    void docx() throws Exception {
        Path docx = SampleFiles.docx(dir.resolve("record.docx"), "询问笔录", "李强", CREATED, 2);
        IntakeResult r = intakeOf(docx);
        assertDigestOf(docx, r);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", r.mediaType());
        assertTrue(r.metadataAvailable(), r.metadataStatus());
        assertEquals("询问笔录", r.title());
        assertEquals("李强", r.author());
        assertEquals(CREATED, r.created());
        assertEquals(2, r.pageCount());
    }

    @Test
    @DisplayName("JPEG: EXIF DateTimeOriginal, camera make/model and GPS position")
    void jpegWithExif() throws Exception {
        SampleFiles.Dms lat = new SampleFiles.Dms(29, 33, 48.0);
        SampleFiles.Dms lon = new SampleFiles.Dms(106, 33, 0.0);
        Path jpeg = SampleFiles.jpegWithExif(dir.resolve("scene.jpg"), "Canon", "EOS R6",
                "2024:03:05 09:30:15", lat, lon);
        IntakeResult r = intakeOf(jpeg);
        assertDigestOf(jpeg, r);
        assertEquals("image/jpeg", r.mediaType());
        assertTrue(r.metadataAvailable(), r.metadataStatus());
        assertEquals(LocalDateTime.of(2024, 3, 5, 9, 30, 15), r.exifTime());
        assertEquals("Canon", r.deviceMake());
        assertEquals("EOS R6", r.deviceModel());
        assertEquals(lat.decimal(), r.latitude(), 1e-4);
        assertEquals(lon.decimal(), r.longitude(), 1e-4);
        assertNull(r.created(), "document fields stay empty for images");
    }

    private static final SampleFiles.Mp4Spec BODY_CAM = new SampleFiles.Mp4Spec(
            CREATED, 1000, 754_500, "Hikvision", "DSJ-V9", "+29.5633+106.5500/");

    private static void assertBodyCam(IntakeResult r) {
        assertTrue(r.metadataAvailable(), r.metadataStatus());
        assertEquals(CREATED, r.recordingStart());
        assertEquals(Duration.ofMillis(754_500), r.duration());
        assertEquals("Hikvision", r.deviceMake());
        assertEquals("DSJ-V9", r.deviceModel());
        assertEquals(29.5633, r.latitude(), 1e-6);
        assertEquals(106.55, r.longitude(), 1e-6);
    }

    @Test
    @DisplayName("MP4: recording start (mvhd), duration, device make/model (©mak/©mod) and GPS (©xyz)")
    void mp4() throws Exception {
        for (boolean moovFirst : new boolean[] {true, false}) {
            Path mp4 = SampleFiles.mp4(dir.resolve("cam-" + moovFirst + ".mp4"), BODY_CAM, 200_000, moovFirst);
            IntakeResult r = intakeOf(mp4);
            assertDigestOf(mp4, r);
            assertEquals("video/mp4", r.mediaType());
            assertBodyCam(r);
        }
    }

    @Test
    @DisplayName("A file already in its store: one read for the digest, same metadata as an upload")
    void intakeOfStoredFile() throws Exception {
        Path mp4 = SampleFiles.mp4(dir.resolve("in-store.mp4"), BODY_CAM, 300_000, false);
        IntakeResult r = intake.intakeStored(mp4);
        assertDigestOf(mp4, r);
        assertBodyCam(r);
        assertEquals(intakeOf(mp4), r);
        IOException missing = assertThrows(IOException.class, () -> intake.intakeStored(dir.resolve("gone.mp4")));
        assertTrue(missing.getMessage().contains("gone.mp4"), missing.getMessage());
    }

    @Test
    @DisplayName("MP4 over 2 GiB with mdat before moov: metadata read by seeking (sparse file)")
    void mp4LargerThanTwoGigabytes() throws Exception {
        long mdat = 3L * 1024 * 1024 * 1024;
        Path mp4 = SampleFiles.sparseLargeMp4(dir.resolve("long.mp4"), BODY_CAM, mdat);
        // Inspect the stored file directly: this test is about the parse, not the digest.
        IntakeResult r = intake.describe(new StoredFile(mp4, "0".repeat(64), Files.size(mp4)));
        assertEquals("video/mp4", r.mediaType());
        assertBodyCam(r);
    }

    @Test
    @DisplayName("Truncated MP4 is accepted, marked damaged")
    void truncatedMp4() throws Exception {
        Path full = SampleFiles.mp4(dir.resolve("full.mp4"), BODY_CAM, 200_000, false);
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2));
        IntakeResult r = intakeOf(cut);
        assertDigestOf(cut, r);
        assertEquals("video/mp4", r.mediaType());
        assertFalse(r.metadataAvailable());
        assertEquals(IntakeProblem.DAMAGED, r.problem());
        assertTrue(r.metadataStatus().startsWith("metadata unavailable: damaged: "), r.metadataStatus());
        assertTrue(r.unavailableReason().contains("truncated"), r.unavailableReason());
        assertNull(r.recordingStart());
    }

    @Test
    @DisplayName("DOCX with a zip bomb inside is accepted, marked unsafe, digest intact")
    void docxZipBomb() throws Exception {
        Path bomb = SampleFiles.docxZipBomb(dir.resolve("bomb.docx"), 256L * 1024 * 1024);
        assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "the bomb itself is small");
        IntakeResult r = intakeOf(bomb);
        assertDigestOf(bomb, r);
        assertFalse(r.metadataAvailable(), r.metadataStatus());
        assertEquals(IntakeProblem.UNSAFE, r.problem(), r.metadataStatus());
        assertTrue(r.metadataStatus().startsWith("metadata unavailable: unsafe: zip bomb"), r.metadataStatus());
        assertEquals("application/zip", r.mediaType(), "refused before type detection inflates anything");
    }

    @Test
    @DisplayName("DOCX bomb below the central-directory limit: the text budget ends the parse, metadata read")
    void docxSmallerZipBomb() throws Exception {
        long inflated = 40L * 1024 * 1024;
        assertTrue(inflated < ZipBombCheck.RATIO_GRACE_BYTES, "precondition: passes the central-directory check");
        Path bomb = SampleFiles.docxZipBomb(dir.resolve("small-bomb.docx"), inflated);
        assertNull(ZipBombCheck.findBomb(bomb));
        IntakeResult r = intakeOf(bomb);
        assertDigestOf(bomb, r);
        assertTrue(r.metadataAvailable(), r.metadataStatus());
        assertEquals("bomb", r.title(), "core properties are read before the body text");
    }

    @Test
    @DisplayName("XML with an external entity: the referenced file never reaches the metadata")
    void xmlExternalEntity() throws Exception {
        String secret = "SANXIANG-SECRET-" + UUID.randomUUID();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        Path xml = SampleFiles.xmlWithExternalEntity(dir.resolve("xxe.xml"), secretFile);
        IntakeResult r = intakeOf(xml);
        assertDigestOf(xml, r);
        assertFalse(r.toString().contains(secret), r.toString());
        // The XML was really parsed (by Tika's Dublin Core XML parser), with the entity left out.
        assertTrue(r.metadataAvailable(), r.metadataStatus());
        assertEquals("before--after", r.title());

        Inspection raw = intake.inspector().inspect(xml);
        if (raw.tika() != null) {
            for (String name : raw.tika().names()) {
                for (String value : raw.tika().getValues(name)) {
                    assertFalse(value.contains(secret), name + " leaked the external file: " + value);
                }
            }
        }
        if (raw.detail() != null) {
            assertFalse(raw.detail().contains(secret));
        }
    }

    @Test
    @DisplayName("Password-protected PDF: accepted, marked encrypted, title not leaked")
    void encryptedPdf() throws Exception {
        Path pdf = SampleFiles.encryptedPdf(dir.resolve("locked.pdf"), "s3cret");
        IntakeResult r = intakeOf(pdf);
        assertDigestOf(pdf, r);
        assertEquals("application/pdf", r.mediaType());
        assertFalse(r.metadataAvailable());
        assertEquals(IntakeProblem.ENCRYPTED, r.problem(), r.metadataStatus());
        assertNull(r.title());
    }

    @Test
    @DisplayName("Random bytes: accepted as application/octet-stream, no parser")
    void randomBytes() throws Exception {
        Path junk = SampleFiles.randomBytes(dir.resolve("junk.bin"), 100_000, 42);
        IntakeResult r = intakeOf(junk);
        assertDigestOf(junk, r);
        assertEquals("application/octet-stream", r.mediaType());
        assertFalse(r.metadataAvailable());
        assertEquals(IntakeProblem.NO_PARSER, r.problem());
    }

    @Test
    @DisplayName("Empty file: accepted, digest of zero bytes")
    void emptyFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        IntakeResult r = intakeOf(empty);
        assertDigestOf(empty, r);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", r.sha256());
        assertFalse(r.metadataAvailable());
    }

    @Test
    @DisplayName("A parser that hangs is abandoned at the timeout; the file is still accepted")
    void hangingParserTimesOut() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AbstractParser hanging = new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws java.io.IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    throw new java.io.IOException("interrupted", e);
                }
            }
        };
        Path pdf = SampleFiles.pdf(dir.resolve("slow.pdf"), "t", "a", CREATED, 1);
        try (EvidenceIntake slow = new EvidenceIntake(new MetadataInspector(
                MetadataInspector.loadTikaConfig(), hanging, Duration.ofMillis(300), 1000))) {
            Path stored = dir.resolve("slow-stored.pdf");
            IntakeResult r;
            try (InputStream in = Files.newInputStream(pdf)) {
                r = slow.intake(in, stored);
            }
            assertDigestOf(pdf, r);
            assertEquals("application/pdf", r.mediaType(), "the detected type survives the timeout");
            assertEquals(IntakeProblem.TIMED_OUT, r.problem());
        }
    }

    @Test
    @DisplayName("A document with more text than the budget still yields its metadata")
    void textBudgetKeepsMetadata() throws Exception {
        Path docx = SampleFiles.docx(dir.resolve("long.docx"), "长文书", "张三", CREATED, 9);
        try (EvidenceIntake tight = new EvidenceIntake(Duration.ofSeconds(60), 3)) {
            IntakeResult r;
            try (InputStream in = Files.newInputStream(docx)) {
                r = tight.intake(in, dir.resolve("long-stored.docx"));
            }
            assertTrue(r.metadataAvailable(), r.metadataStatus());
            assertEquals("长文书", r.title());
            assertEquals(9, r.pageCount());
        }
    }

    @Test
    @DisplayName("An upload of several chunks with an unaligned tail is stored byte for byte (direct I/O pads and trims the last block)")
    void multiChunkUploadWithUnalignedTail() throws Exception {
        byte[] bytes = new byte[3 * DigestingCopy.BUFFER_SIZE + 12_345];
        new java.util.SplittableRandom(7).nextBytes(bytes);
        Path sample = dir.resolve("chunks.bin");
        Files.write(sample, bytes);
        for (int round = 0; round < 2; round++) { // the second round reuses the pooled buffers
            IntakeResult r = intakeOf(sample);
            assertDigestOf(sample, r);
        }
        // an existing, longer file is replaced, not overwritten in place
        Path stored = dir.resolve("replaced.bin");
        Files.write(stored, new byte[5 * DigestingCopy.BUFFER_SIZE]);
        try (InputStream upload = Files.newInputStream(sample)) {
            assertEquals(bytes.length, intake.intake(upload, stored).size());
        }
        assertEquals(-1, Files.mismatch(sample, stored));
    }

    @Test
    @DisplayName("A target that cannot be written is an error naming the file")
    void unwritableTarget() {
        Path target = dir.resolve("no-such-dir").resolve("x.bin");
        IOException e = assertThrows(IOException.class,
                () -> intake.intake(InputStream.nullInputStream(), target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    }

    @Test
    @DisplayName("A disk that fills up mid-copy is an error naming the file, and intake does not hang")
    void writeFailsMidway() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "needs /dev/full");
        byte[] upload = new byte[3 * DigestingCopy.BUFFER_SIZE * DigestingCopy.BUFFERS];
        IOException e = assertThrows(IOException.class,
                () -> intake.intake(new java.io.ByteArrayInputStream(upload), full));
        assertTrue(e.getMessage().contains("/dev/full"), e.getMessage());
    }

    @Test
    @DisplayName("An upload stream that breaks mid-way is an error naming the target")
    void uploadBreaksMidway() {
        Path target = dir.resolve("broken-upload.bin");
        InputStream breaking = new InputStream() {
            private int left = 5 * DigestingCopy.BUFFER_SIZE;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        IOException e = assertThrows(IOException.class, () -> intake.intake(breaking, target));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("connection reset"),
                e.getMessage());
    }

    @Test
    @DisplayName("Result invariants: reason exactly when unavailable")
    void resultInvariants() {
        IntakeResult r = IntakeResult.unavailable("ab", 1, "x/y", IntakeProblem.DAMAGED, "cut");
        assertEquals("damaged: cut", r.unavailableReason());
        assertNotNull(r.reason().orElse(null));
        assertThrows(IllegalArgumentException.class, () -> new IntakeResult("ab", 1, "x/y", true,
                IntakeProblem.DAMAGED, "r", null, null, null, null, null, null, null, null, null, null, null));
    }
}

package org.sanxiang.repo.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Makes the sample files the intake tests read: real formats, written at test time. */
final class SampleFiles {

    private SampleFiles() {
    }

    // ---- documents ----------------------------------------------------------------------------

    static Path pdf(Path file, String title, String author, Instant created, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(cal);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF that needs a user password to open. */
    static Path encryptedPdf(Path file, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle("加密文书");
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    static Path docx(Path file, String title, String author, Instant created, int pages) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("询问笔录 (inquiry record)");
            POIXMLProperties props = doc.getProperties();
            props.getCoreProperties().setTitle(title);
            props.getCoreProperties().setCreator(author);
            props.getCoreProperties().setCreated(Optional.of(Date.from(created)));
            props.getExtendedProperties().setPages(pages);
            doc.write(out);
        }
        return file;
    }

    /**
     * A DOCX whose main part inflates to {@code inflatedBytes} of one repeated character: the
     * compression ratio of a zip bomb, while the file itself stays small.
     */
    static Path docxZipBomb(Path file, long inflatedBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    <Override PartName="/docProps/core.xml" \
                    ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/>\
                    <Relationship Id="rId2" \
                    Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
                    Target="docProps/core.xml"/></Relationships>""");
            put(zip, "docProps/core.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties \
                    xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>bomb</dc:title></cp:coreProperties>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                    + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** XML whose Dublin Core title and creator are an external entity pointing at {@code secret}. */
    static Path xmlWithExternalEntity(Path file, Path secret) throws IOException {
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE metadata [ <!ENTITY secret SYSTEM "%s"> ]>
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title>before-&secret;-after</dc:title>
                  <dc:creator>&secret;</dc:creator>
                  <dc:description>&secret;</dc:description>
                </metadata>
                """.formatted(secret.toUri()), StandardCharsets.UTF_8);
        return file;
    }

    static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    // ---- JPEG with EXIF -------------------------------------------------------------------------

    /** GPS position as EXIF stores it: degrees, minutes, seconds. */
    record Dms(int degrees, int minutes, double seconds) {
        double decimal() {
            return degrees + minutes / 60.0 + seconds / 3600.0;
        }
    }

    /**
     * A JPEG (written by ImageIO) with an EXIF APP1 segment written byte by byte: Make, Model,
     * DateTimeOriginal ("yyyy:MM:dd HH:mm:ss") and a GPS position in the northern/eastern hemisphere.
     */
    static Path jpegWithExif(Path file, String make, String model, String dateTimeOriginal,
                             Dms latitudeNorth, Dms longitudeEast) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(4, 4, 20, 12);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", jpeg)) {
            throw new IOException("no JPEG writer in this JRE");
        }
        byte[] plain = jpeg.toByteArray();
        byte[] tiff = exifTiff(make, model, dateTimeOriginal, latitudeNorth, longitudeEast);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.write(tiff);
        out.write(plain, 2, plain.length - 2);
        return Files.write(file, out.toByteArray());
    }

    private static final int ASCII = 2;
    private static final int BYTE = 1;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;

    private record Entry(int tag, int type, int count, byte[] value) {
    }

    private static byte[] exifTiff(String make, String model, String dateTimeOriginal, Dms lat, Dms lon) {
        List<Entry> exif = List.of(ascii(0x9003, dateTimeOriginal));
        List<Entry> gps = List.of(
                new Entry(0x0000, BYTE, 4, new byte[] {2, 3, 0, 0}),
                ascii(0x0001, "N"),
                rationals(0x0002, lat),
                ascii(0x0003, "E"),
                rationals(0x0004, lon));
        List<Entry> ifd0 = new ArrayList<>(List.of(
                ascii(0x010F, make),
                ascii(0x0110, model),
                new Entry(0x8769, LONG, 1, new byte[4]),
                new Entry(0x8825, LONG, 1, new byte[4])));
        int ifd0At = 8;
        int exifAt = ifd0At + ifdSize(ifd0);
        int gpsAt = exifAt + ifdSize(exif);
        ifd0.set(2, new Entry(0x8769, LONG, 1, ByteBuffer.allocate(4).putInt(exifAt).array()));
        ifd0.set(3, new Entry(0x8825, LONG, 1, ByteBuffer.allocate(4).putInt(gpsAt).array()));

        ByteBuffer b = ByteBuffer.allocate(gpsAt + ifdSize(gps)); // big-endian, as "MM" says
        b.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(ifd0At);
        writeIfd(b, ifd0At, ifd0);
        writeIfd(b, exifAt, exif);
        writeIfd(b, gpsAt, gps);
        return b.array();
    }

    private static Entry ascii(int tag, String text) {
        byte[] t = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        return new Entry(tag, ASCII, t.length, t);
    }

    private static Entry rationals(int tag, Dms dms) {
        ByteBuffer v = ByteBuffer.allocate(24);
        v.putInt(dms.degrees()).putInt(1).putInt(dms.minutes()).putInt(1)
                .putInt((int) Math.round(dms.seconds() * 100)).putInt(100);
        return new Entry(tag, RATIONAL, 3, v.array());
    }

    private static int ifdSize(List<Entry> entries) {
        int size = 2 + 12 * entries.size() + 4;
        for (Entry e : entries) {
            if (e.value().length > 4) {
                size += e.value().length + (e.value().length & 1);
            }
        }
        return size;
    }

    private static void writeIfd(ByteBuffer b, int at, List<Entry> entries) {
        int data = at + 2 + 12 * entries.size() + 4;
        b.position(at);
        b.putShort((short) entries.size());
        for (Entry e : entries) {
            b.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            if (e.value().length <= 4) {
                b.put(Arrays.copyOf(e.value(), 4));
            } else {
                b.putInt(data);
                int here = b.position();
                b.position(data);
                b.put(e.value());
                data += e.value().length + (e.value().length & 1);
                b.position(here);
            }
        }
        b.putInt(0); // no next IFD
    }

    // ---- MP4 (ISO base media file) ---------------------------------------------------------------

    /** What the MP4 sample carries. */
    record Mp4Spec(Instant created, long timescale, long durationUnits, String make, String model,
                   String iso6709Location) {
    }

    static final long SECONDS_1904_TO_1970 = 2_082_844_800L;

    /** ftyp, then moov (mvhd + udta) either before or after an mdat of {@code mediaBytes} bytes. */
    static Path mp4(Path file, Mp4Spec spec, int mediaBytes, boolean moovFirst) throws IOException {
        byte[] media = new byte[mediaBytes];
        new Random(7).nextBytes(media);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ftyp());
        if (moovFirst) {
            out.write(moov(spec));
            out.write(box("mdat", media));
        } else {
            out.write(box("mdat", media));
            out.write(moov(spec));
        }
        return Files.write(file, out.toByteArray());
    }

    /**
     * ftyp, an mdat of {@code mdatBytes} (a 64-bit "largesize" box, left sparse on disk), then moov:
     * the layout of a long camera recording. Only a few KB are really written.
     */
    static Path sparseLargeMp4(Path file, Mp4Spec spec, long mdatBytes) throws IOException {
        byte[] moov = moov(spec);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(ftyp());
            long mdatAt = raf.getFilePointer();
            raf.writeInt(1);
            raf.write("mdat".getBytes(StandardCharsets.ISO_8859_1));
            raf.writeLong(mdatBytes);
            raf.seek(mdatAt + mdatBytes);
            raf.write(moov);
        }
        return file;
    }

    static byte[] ftyp() {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.put("mp42".getBytes(StandardCharsets.ISO_8859_1)).putInt(0)
                .put("mp42".getBytes(StandardCharsets.ISO_8859_1)).put("isom".getBytes(StandardCharsets.ISO_8859_1));
        return box("ftyp", b.array());
    }

    static byte[] moov(Mp4Spec spec) throws IOException {
        ByteArrayOutputStream children = new ByteArrayOutputStream();
        children.write(mvhd(spec));
        ByteArrayOutputStream udta = new ByteArrayOutputStream();
        if (spec.make() != null) {
            udta.write(quickTimeText("\u00A9mak", spec.make()));
        }
        if (spec.model() != null) {
            udta.write(quickTimeText("\u00A9mod", spec.model()));
        }
        if (spec.iso6709Location() != null) {
            udta.write(quickTimeText("\u00A9xyz", spec.iso6709Location()));
        }
        if (udta.size() > 0) {
            children.write(box("udta", udta.toByteArray()));
        }
        return box("moov", children.toByteArray());
    }

    private static byte[] mvhd(Mp4Spec spec) {
        ByteBuffer b = ByteBuffer.allocate(100);
        long t = spec.created().getEpochSecond() + SECONDS_1904_TO_1970;
        b.putInt(0); // version 0, flags
        b.putInt((int) t).putInt((int) t); // creation, modification
        b.putInt((int) spec.timescale()).putInt((int) spec.durationUnits());
        b.putInt(0x00010000).putShort((short) 0x0100).put(new byte[10]); // rate, volume, reserved
        int[] matrix = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
        for (int m : matrix) {
            b.putInt(m);
        }
        b.put(new byte[24]).putInt(2); // pre_defined, next_track_ID
        return box("mvhd", b.array());
    }

    /** QuickTime user-data text: uint16 length, uint16 language, UTF-8 text. */
    private static byte[] quickTimeText(String type, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + t.length);
        b.putShort((short) t.length).putShort((short) 0x15C7).put(t);
        return box(type, b.array());
    }

    static byte[] box(String type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putInt(8 + payload.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(payload);
        return b.array();
    }
}

package org.sanxiang.standalone.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Makes the bytes of a demo record: small but real files that the evidence intake reads like a
 * camera's — UTF-8 text, a JPEG with an EXIF block (Make, Model, DateTimeOriginal), an MP4 whose
 * movie header carries the recording's start and duration and whose user data names the device
 * and place. The media data is a few KB of seeded noise: the same case always gives the same bytes.
 */
public final class RecordFiles {

    /** Seconds from 1904-01-01 (the ISO/QuickTime epoch) to 1970-01-01. */
    static final long SECONDS_1904_TO_1970 = 2_082_844_800L;
    /** EXIF dates are local time without a zone; the bureaus' cameras run on Beijing time. */
    private static final ZoneId CAMERA_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private RecordFiles() {
    }

    /** The content of the record; fails naming the record when its spec is incomplete. */
    public static byte[] content(DemoRecord record) {
        DemoRecord.FileSpec f = record.file();
        return switch (f.kind()) {
            case "text" -> {
                require(record, "text", f.text());
                yield f.text().getBytes(StandardCharsets.UTF_8);
            }
            case "jpeg" -> {
                require(record, "capturedAt", f.capturedAt());
                yield jpeg(f.capturedAt(), f.make(), f.model(), record.name().hashCode());
            }
            case "mp4" -> {
                require(record, "capturedAt", f.capturedAt());
                require(record, "durationSeconds", f.durationSeconds());
                yield mp4(f.capturedAt(), f.durationSeconds(), f.make(), f.model(), f.location(), record.name().hashCode());
            }
            default -> throw new IllegalArgumentException("record " + record.name() + ": file.kind: '" + f.kind()
                    + "' is not text, jpeg or mp4");
        };
    }

    /** The media type the content has (what the intake should detect). */
    public static String mediaType(DemoRecord record) {
        return switch (record.file().kind()) {
            case "jpeg" -> "image/jpeg";
            case "mp4" -> "video/mp4";
            default -> "text/plain";
        };
    }

    private static void require(DemoRecord record, String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("record " + record.name() + ": file." + field + " is required for "
                    + record.file().kind());
        }
    }

    // ---- JPEG -------------------------------------------------------------------------------------

    /**
     * A 320×240 JPEG (ImageIO; shapes only, no text, so no fonts are needed on a headless machine)
     * with an EXIF APP1 segment inserted after SOI.
     */
    static byte[] jpeg(Instant capturedAt, String make, String model, long seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Random random = new Random(seed);
            g.setColor(new Color(90 + random.nextInt(60), 110 + random.nextInt(60), 120 + random.nextInt(60)));
            g.fillRect(0, 0, 320, 240);
            g.setColor(new Color(40, 40, 40));
            for (int i = 0; i < 12; i++) {
                g.fillRect(random.nextInt(300), random.nextInt(200), 10 + random.nextInt(60), 10 + random.nextInt(40));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", plain)) {
                throw new IllegalStateException("no JPEG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jpeg = plain.toByteArray();
        byte[] tiff = exifTiff(make, model, EXIF_DATE.format(capturedAt.atZone(CAMERA_ZONE)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + tiff.length + 16);
        out.write(jpeg, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private record Entry(int tag, int type, int count, byte[] data) {
    }

    private static final int ASCII = 2;
    private static final int LONG = 4;

    /** A little-endian TIFF: IFD0 (Make, Model, DateTime, ExifIFD pointer) and an Exif IFD (DateTimeOriginal). */
    private static byte[] exifTiff(String make, String model, String dateTime) {
        java.util.List<Entry> ifd0 = new java.util.ArrayList<>();
        if (make != null) {
            ifd0.add(ascii(0x010F, make));
        }
        if (model != null) {
            ifd0.add(ascii(0x0110, model));
        }
        ifd0.add(ascii(0x0132, dateTime));
        ifd0.add(new Entry(0x8769, LONG, 1, new byte[4])); // pointer, patched below
        java.util.List<Entry> exif = java.util.List.of(ascii(0x9003, dateTime));
        int ifd0At = 8;
        int ifd0Size = ifdSize(ifd0);
        int exifAt = ifd0At + ifd0Size;
        int total = exifAt + ifdSize(exif);
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0At);
        ByteBuffer.wrap(ifd0.get(ifd0.size() - 1).data()).order(ByteOrder.LITTLE_ENDIAN).putInt(exifAt);
        writeIfd(b, ifd0At, ifd0);
        writeIfd(b, exifAt, exif);
        return b.array();
    }

    private static Entry ascii(int tag, String text) {
        byte[] t = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        return new Entry(tag, ASCII, t.length, t);
    }

    private static int ifdSize(java.util.List<Entry> entries) {
        int size = 2 + 12 * entries.size() + 4;
        for (Entry e : entries) {
            if (e.data().length > 4) {
                size += e.data().length + (e.data().length & 1);
            }
        }
        return size;
    }

    private static void writeIfd(ByteBuffer b, int at, java.util.List<Entry> entries) {
        int dataAt = at + 2 + 12 * entries.size() + 4;
        b.position(at);
        b.putShort((short) entries.size());
        for (Entry e : entries) {
            b.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            if (e.data().length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(e.data(), 0, inline, 0, e.data().length);
                b.put(inline);
            } else {
                b.putInt(dataAt);
                int keep = b.position();
                b.position(dataAt);
                b.put(e.data());
                dataAt += e.data().length + (e.data().length & 1);
                b.position(keep);
            }
        }
        b.putInt(0); // no next IFD
    }

    // ---- MP4 --------------------------------------------------------------------------------------

    /** ftyp, moov (mvhd + udta with ©mak/©mod/©xyz), then an mdat of 4 KB of seeded noise. */
    static byte[] mp4(Instant created, long durationSeconds, String make, String model, String location, long seed) {
        byte[] media = new byte[4096];
        new Random(seed).nextBytes(media);
        ByteArrayOutputStream udta = new ByteArrayOutputStream();
        if (make != null) {
            udta.writeBytes(quickTimeText("\u00A9mak", make));
        }
        if (model != null) {
            udta.writeBytes(quickTimeText("\u00A9mod", model));
        }
        if (location != null) {
            udta.writeBytes(quickTimeText("\u00A9xyz", location));
        }
        ByteArrayOutputStream moov = new ByteArrayOutputStream();
        moov.writeBytes(mvhd(created, durationSeconds));
        if (udta.size() > 0) {
            moov.writeBytes(box("udta", udta.toByteArray()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ftyp());
        out.writeBytes(box("moov", moov.toByteArray()));
        out.writeBytes(box("mdat", media));
        return out.toByteArray();
    }

    private static byte[] ftyp() {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.put("mp42".getBytes(StandardCharsets.ISO_8859_1)).putInt(0)
                .put("mp42".getBytes(StandardCharsets.ISO_8859_1)).put("isom".getBytes(StandardCharsets.ISO_8859_1));
        return box("ftyp", b.array());
    }

    private static byte[] mvhd(Instant created, long durationSeconds) {
        int timescale = 1000;
        ByteBuffer b = ByteBuffer.allocate(100);
        long t = created.getEpochSecond() + SECONDS_1904_TO_1970;
        b.putInt(0); // version 0, flags
        b.putInt((int) t).putInt((int) t); // creation, modification
        b.putInt(timescale).putInt((int) (durationSeconds * timescale));
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

    private static byte[] box(String type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putInt(8 + payload.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(payload);
        return b.array();
    }
}

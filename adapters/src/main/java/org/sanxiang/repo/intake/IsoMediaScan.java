package org.sanxiang.repo.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the box structure of an ISO base media file (MP4, QuickTime, 3GP) by seeking, never reading
 * the media data, so a multi-GB recording costs a few small reads.
 *
 * <p>Why next to Tika: Tika 3.3.1 reads MP4 through metadata-extractor, which (a) stops at the first
 * box larger than 2 GiB, so a long recording with its {@code mdat} before {@code moov} yields
 * nothing, (b) loads whole {@code udta}/{@code uuid} boxes into memory, and (c) does not read the
 * QuickTime device tags {@code ©mak}/{@code ©mod}. This scan reads the movie header, the device
 * tags and the {@code ©xyz} location itself, reports truncation, and tells the inspector when a box
 * Tika would load is too big to hand over.
 */
final class IsoMediaScan {

    /** Media types whose content is an ISO base media file. */
    static final Set<String> ISO_MEDIA_TYPES = Set.of(
            "video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "video/x-m4v",
            "audio/mp4", "application/mp4");

    /** Boxes metadata-extractor reads whole into memory; larger than this, we do not let it. */
    static final long MAX_LOADED_BOX = 16L * 1024 * 1024;
    private static final long MAX_UDTA = 1024 * 1024;
    private static final int MAX_BOXES = 100_000;
    private static final int MAX_DEPTH = 8;
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "udta");
    private static final Set<String> LOADED_BY_TIKA = Set.of("ftyp", "mvhd", "hdlr", "mdhd", "tkhd", "udta", "uuid");
    /** Seconds from 1904-01-01 (the ISO/QuickTime epoch) to 1970-01-01. */
    private static final long EPOCH_1904_OFFSET = 2_082_844_800L;
    private static final Pattern ISO6709 = Pattern.compile("([+-]\\d{1,2}(?:\\.\\d+)?)([+-]\\d{1,3}(?:\\.\\d+)?)");

    /**
     * @param problem        non-null when the structure is truncated or broken
     * @param oversizedBox   non-null when a box Tika would load whole exceeds {@link #MAX_LOADED_BOX}
     */
    record Scan(Instant created, Duration duration, String make, String model,
                Double latitude, Double longitude, String problem, String oversizedBox) {
    }

    private final FileChannel channel;
    private final long fileSize;
    private int boxes;
    private Instant created;
    private Duration duration;
    private String make;
    private String model;
    private Double latitude;
    private Double longitude;
    private String problem;
    private String oversizedBox;

    private IsoMediaScan(FileChannel channel) throws IOException {
        this.channel = channel;
        this.fileSize = channel.size();
    }

    static Scan scan(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            IsoMediaScan s = new IsoMediaScan(channel);
            s.walk(0, s.fileSize, 0, "");
            return new Scan(s.created, s.duration, s.make, s.model, s.latitude, s.longitude,
                    s.problem, s.oversizedBox);
        }
    }

    private void walk(long start, long end, int depth, String parent) throws IOException {
        long pos = start;
        while (pos < end && problem == null) {
            if (++boxes > MAX_BOXES) {
                problem = "more than " + MAX_BOXES + " boxes";
                return;
            }
            if (end - pos < 8) {
                problem = "truncated box header at offset " + pos;
                return;
            }
            ByteBuffer header = read(pos, 16);
            long size = Integer.toUnsignedLong(header.getInt(0));
            String type = fourCc(header, 4);
            int headerSize = 8;
            if (size == 1) {
                if (header.limit() < 16) {
                    problem = "truncated box header of '" + type + "' at offset " + pos;
                    return;
                }
                size = header.getLong(8);
                headerSize = 16;
            } else if (size == 0) {
                size = end - pos; // box extends to the end of its parent (or the file)
            }
            if (size < headerSize) {
                problem = "box '" + type + "' at offset " + pos + " has invalid size " + size;
                return;
            }
            if (size > end - pos) {
                problem = "box '" + type + "' at offset " + pos + " needs " + size + " bytes but only "
                        + (end - pos) + " remain (file truncated?)";
                return;
            }
            long body = pos + headerSize;
            long bodySize = size - headerSize;
            if (LOADED_BY_TIKA.contains(type) && size > MAX_LOADED_BOX && oversizedBox == null) {
                oversizedBox = "box '" + type + "' of " + size + " bytes at offset " + pos;
            }
            if ("mvhd".equals(type) && "moov".equals(parent)) {
                readMovieHeader(body, bodySize);
            } else if ("udta".equals(type) && bodySize <= MAX_UDTA) {
                readUserData(body, bodySize);
            } else if (CONTAINERS.contains(type) && !"udta".equals(type) && depth < MAX_DEPTH) {
                walk(body, body + bodySize, depth + 1, type);
            }
            pos += size;
        }
    }

    private void readMovieHeader(long body, long bodySize) throws IOException {
        ByteBuffer b = read(body, (int) Math.min(bodySize, 32));
        if (b.limit() < 20) {
            return;
        }
        int version = b.get(0) & 0xff;
        long creation;
        long timescale;
        long units;
        if (version == 1) {
            if (b.limit() < 32) {
                return;
            }
            creation = b.getLong(4);
            timescale = Integer.toUnsignedLong(b.getInt(20));
            units = b.getLong(24);
        } else {
            creation = Integer.toUnsignedLong(b.getInt(4));
            timescale = Integer.toUnsignedLong(b.getInt(12));
            units = Integer.toUnsignedLong(b.getInt(16));
        }
        if (creation > 0) { // 0 means "not set" in practice
            created = Instant.ofEpochSecond(creation - EPOCH_1904_OFFSET);
        }
        if (timescale > 0 && units > 0 && units != 0xFFFFFFFFL) {
            duration = Duration.ofMillis(Math.round(units * 1000.0 / timescale));
        }
    }

    /** udta children: QuickTime international text atoms (©mak, ©mod, ©xyz). */
    private void readUserData(long body, long bodySize) throws IOException {
        ByteBuffer b = read(body, (int) bodySize);
        int p = 0;
        while (p + 8 <= b.limit()) {
            long size = Integer.toUnsignedLong(b.getInt(p));
            if (size < 8 || p + size > b.limit()) {
                return;
            }
            String type = fourCc(b, p + 4);
            String text = internationalText(b, p + 8, (int) size - 8);
            if (text != null) {
                switch (type) {
                    case "\u00A9mak" -> make = text;
                    case "\u00A9mod" -> model = text;
                    case "\u00A9xyz" -> readLocation(text);
                    default -> { }
                }
            }
            p += (int) size;
        }
    }

    private void readLocation(String iso6709) {
        Matcher m = ISO6709.matcher(iso6709);
        if (m.find()) {
            double lat = Double.parseDouble(m.group(1));
            double lon = Double.parseDouble(m.group(2));
            if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                latitude = lat;
                longitude = lon;
            }
        }
    }

    /** uint16 length, uint16 language, then the text. */
    private static String internationalText(ByteBuffer b, int offset, int available) {
        if (available < 4) {
            return null;
        }
        int length = Short.toUnsignedInt(b.getShort(offset));
        if (length == 0 || length > available - 4) {
            return null;
        }
        byte[] text = new byte[length];
        b.get(offset + 4, text);
        String s = new String(text, StandardCharsets.UTF_8).replace("\u0000", "").strip();
        return s.isEmpty() ? null : s;
    }

    private ByteBuffer read(long position, int length) throws IOException {
        int n = (int) Math.max(0, Math.min(length, fileSize - position));
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                break;
            }
        }
        b.flip();
        return b;
    }

    private static String fourCc(ByteBuffer b, int offset) {
        byte[] cc = new byte[4];
        b.get(offset, cc);
        return new String(cc, StandardCharsets.ISO_8859_1);
    }
}

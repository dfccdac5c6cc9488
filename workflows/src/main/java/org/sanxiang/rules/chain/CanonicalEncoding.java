package org.sanxiang.rules.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical preimage of a link (contracts {@code SXCHAIN1} and {@code SXCHAIN2}, described in the
 * package documentation) and the small helpers around it.
 */
public final class CanonicalEncoding {

    /** The version tag that starts every {@code SXCHAIN1} preimage. */
    public static final byte[] VERSION_TAG = "SXCHAIN1".getBytes(StandardCharsets.US_ASCII);

    /**
     * Metadata keys sort by the unsigned bytes of their UTF-8 encoding, which is the order of their code
     * points: compared by code point, without encoding each key at every comparison (a lone surrogate is
     * refused when the key is written).
     */
    public static final Comparator<String> KEY_ORDER = CanonicalEncoding::compareCodePoints;

    static final HexFormat HEX = HexFormat.of();
    static final int DIGEST_BYTES = 32;

    private CanonicalEncoding() {
    }

    /** The {@code SXCHAIN1} preimage bytes of a link with these fields. */
    public static byte[] preimage(String chainId, long sequence, String previousDigest,
            String contentDigest, long contentLength, Map<String, String> metadata) {
        return preimage(ChainEncoding.SXCHAIN1, chainId, sequence, previousDigest, contentDigest, contentLength, metadata);
    }

    /**
     * The preimage bytes of a link with these fields in the given encoding. Both versions share the layout
     * and differ in the tag; what the metadata holds, and how values are written, is each version's
     * contract with its callers ({@link SealedProperties} for {@code SXCHAIN2}).
     */
    public static byte[] preimage(ChainEncoding encoding, String chainId, long sequence, String previousDigest,
            String contentDigest, long contentLength, Map<String, String> metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(encoding.tag());
        field(out, "chainId", chainId);
        out.writeBytes(ByteBuffer.allocate(8).putLong(sequence).array());
        out.writeBytes(digestBytes("previousDigest", previousDigest));
        out.writeBytes(digestBytes("contentDigest", contentDigest));
        out.writeBytes(ByteBuffer.allocate(8).putLong(contentLength).array());
        TreeMap<String, String> sorted = new TreeMap<>(KEY_ORDER);
        sorted.putAll(metadata);
        out.writeBytes(ByteBuffer.allocate(4).putInt(sorted.size()).array());
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            if (entry.getKey().isEmpty()) {
                throw new IllegalArgumentException("metadata key must not be empty");
            }
            field(out, "metadata key", entry.getKey());
            field(out, "metadata value of key " + entry.getKey(), entry.getValue());
        }
        return out.toByteArray();
    }

    /** SHA-256 of the {@code SXCHAIN1} {@link #preimage}, lowercase hex. */
    public static String linkDigest(String chainId, long sequence, String previousDigest,
            String contentDigest, long contentLength, Map<String, String> metadata) {
        return linkDigest(ChainEncoding.SXCHAIN1, chainId, sequence, previousDigest, contentDigest, contentLength, metadata);
    }

    /** SHA-256 of the {@link #preimage} in the given encoding, lowercase hex. */
    public static String linkDigest(ChainEncoding encoding, String chainId, long sequence, String previousDigest,
            String contentDigest, long contentLength, Map<String, String> metadata) {
        return HEX.formatHex(sha256().digest(
                preimage(encoding, chainId, sequence, previousDigest, contentDigest, contentLength, metadata)));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static void requireHexDigest(String field, String hex) {
        if (hex == null) {
            throw new NullPointerException(field);
        }
        if (hex.length() != 2 * DIGEST_BYTES || !hex.chars().allMatch(
                c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException(
                    field + " must be 64 lowercase hex characters, was \"" + hex + "\"");
        }
    }

    private static byte[] digestBytes(String field, String hex) {
        requireHexDigest(field, hex);
        return HEX.parseHex(hex);
    }

    static void field(ByteArrayOutputStream out, String name, String value) {
        byte[] bytes = utf8(name, value);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    /** Strict UTF-8: a lone surrogate cannot round-trip, so it is refused rather than replaced. */
    static byte[] utf8(String name, String value) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not well-formed UTF-16 (lone surrogate)", e);
        }
    }
}

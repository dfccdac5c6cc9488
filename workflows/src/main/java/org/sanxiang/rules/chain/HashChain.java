package org.sanxiang.rules.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanxiang.rules.Citation;

/**
 * Appends links to a case's hash chain. Content is read as a stream through a fixed buffer, so a
 * multi-gigabyte AV file costs constant memory; it is read exactly once.
 */
public final class HashChain {

    /**
     * The rules the chain serves: original records must not be forged or altered
     * (不得伪造、篡改、编辑、剪辑), and electronic records need anti-alteration measures (防删改).
     */
    public static final List<Citation> CITATIONS = List.of(
            Citation.of("chongqing-2024", "全过程记录 第十四条"),
            Citation.of("wuhan-2020", "全过程记录 第二十八条"),
            Citation.of("fushun-2026", "全过程记录 第二十一条"));

    /** The previous digest of the genesis link: 32 zero bytes, in hex. */
    public static final String GENESIS_PREVIOUS = "0".repeat(64);

    static final int BUFFER_BYTES = 64 * 1024;

    private HashChain() {
    }

    /**
     * The link that follows {@code previous} (or the genesis link when {@code previous} is null).
     * The stream is read to its end and not closed: its owner closes it.
     *
     * @throws IllegalArgumentException when {@code previous} belongs to another chain, or a
     *         metadata key is empty, or a string is not well-formed UTF-16
     * @throws UncheckedIOException when reading the content fails
     */
    public static ChainLink append(String chainId, ChainLink previous, Map<String, String> metadata,
            InputStream content) {
        return append(ChainEncoding.SXCHAIN1, chainId, previous, metadata, content);
    }

    /**
     * As {@link #append(String, ChainLink, Map, InputStream)}, in the given encoding. A chain may change
     * encoding from one link to the next (each link names its own); for {@code SXCHAIN2} the metadata is
     * {@link SealedProperties#metadata}.
     */
    public static ChainLink append(ChainEncoding encoding, String chainId, ChainLink previous,
            Map<String, String> metadata, InputStream content) {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
        if (previous != null && !previous.chainId().equals(chainId)) {
            throw new IllegalArgumentException("previous link belongs to chain \""
                    + previous.chainId() + "\", not \"" + chainId + "\"");
        }
        long sequence = previous == null ? 0 : previous.sequence() + 1;
        String previousDigest = previous == null ? GENESIS_PREVIOUS : previous.digest();
        ContentDigest digest;
        try {
            digest = digestOf(content);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content of link " + sequence
                    + " of chain \"" + chainId + "\" failed", e);
        }
        String linkDigest = CanonicalEncoding.linkDigest(encoding, chainId, sequence, previousDigest,
                digest.hex(), digest.length(), metadata);
        return new ChainLink(chainId, sequence, previousDigest, digest.hex(), digest.length(),
                new java.util.TreeMap<>(metadata), linkDigest, encoding);
    }

    /** SHA-256 and length of a stream, read through one fixed buffer. */
    public static ContentDigest digestOf(InputStream content) throws IOException {
        MessageDigest sha256 = CanonicalEncoding.sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long length = 0;
        for (int n; (n = content.read(buffer)) != -1; ) {
            sha256.update(buffer, 0, n);
            length += n;
        }
        return new ContentDigest(CanonicalEncoding.HEX.formatHex(sha256.digest()), length);
    }

    /** A content's SHA-256 (lowercase hex) and its length in bytes. */
    public record ContentDigest(String hex, long length) {
    }
}

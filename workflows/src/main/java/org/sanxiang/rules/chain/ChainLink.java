package org.sanxiang.rules.chain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One link of a case's hash chain, as stored. All digests are lowercase hex (64 characters).
 * {@link #digest()} is what the next link names as its {@link #previousDigest()}.
 *
 * @param chainId        the case the chain belongs to
 * @param sequence       0 for the genesis link, then +1 per link
 * @param previousDigest the digest of the link before, or {@link HashChain#GENESIS_PREVIOUS}
 * @param contentDigest  SHA-256 of the record's content
 * @param contentLength  the content's length in bytes
 * @param metadata       the record's metadata, sorted by {@link CanonicalEncoding#KEY_ORDER}
 * @param digest         SHA-256 of the canonical preimage (see the package documentation)
 * @param encoding       the canonical encoding that gives {@code digest}
 */
public record ChainLink(
        String chainId,
        long sequence,
        String previousDigest,
        String contentDigest,
        long contentLength,
        SortedMap<String, String> metadata,
        String digest,
        ChainEncoding encoding) {

    /** A link of the first encoding, {@code SXCHAIN1}. */
    public ChainLink(String chainId, long sequence, String previousDigest, String contentDigest, long contentLength,
            SortedMap<String, String> metadata, String digest) {
        this(chainId, sequence, previousDigest, contentDigest, contentLength, metadata, digest, ChainEncoding.SXCHAIN1);
    }

    public ChainLink {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(metadata, "metadata");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be ≥ 0, was " + sequence);
        }
        if (contentLength < 0) {
            throw new IllegalArgumentException("contentLength must be ≥ 0, was " + contentLength);
        }
        CanonicalEncoding.requireHexDigest("previousDigest", previousDigest);
        CanonicalEncoding.requireHexDigest("contentDigest", contentDigest);
        CanonicalEncoding.requireHexDigest("digest", digest);
        metadata = copy(metadata);
    }

    private static SortedMap<String, String> copy(Map<String, String> metadata) {
        TreeMap<String, String> sorted = new TreeMap<>(CanonicalEncoding.KEY_ORDER);
        metadata.forEach((key, value) -> sorted.put(
                Objects.requireNonNull(key, "metadata key"),
                Objects.requireNonNull(value, () -> "metadata value of key " + key)));
        return Collections.unmodifiableSortedMap(sorted);
    }

    /** The link's digest computed again from its stored fields (not from the content). */
    public String recomputeDigest() {
        return CanonicalEncoding.linkDigest(encoding, chainId, sequence, previousDigest, contentDigest,
                contentLength, metadata);
    }
}

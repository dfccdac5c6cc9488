package org.sanxiang.rules.chain;

import java.nio.charset.StandardCharsets;

/**
 * The versions of the canonical encoding. A link says which one gives its digest, so chains sealed with an
 * older version still verify after a newer one is introduced.
 */
public enum ChainEncoding {
    /** The record's id, type, name and a fixed list of properties, values as plain text. */
    SXCHAIN1,
    /**
     * The record's id, type, name, aspects and every property but those the repository maintains
     * ({@link SealedProperties}), values typed and unambiguous ({@link SealedProperties#encode}).
     */
    SXCHAIN2;

    /** The 8 ASCII bytes that start the preimage. */
    public byte[] tag() {
        return name().getBytes(StandardCharsets.US_ASCII);
    }

    /** The encoding named by a tag such as {@code SXCHAIN2}. */
    public static ChainEncoding parse(String tag) {
        try {
            return valueOf(tag.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown chain encoding '" + tag + "' (known: SXCHAIN1, SXCHAIN2)", e);
        }
    }
}

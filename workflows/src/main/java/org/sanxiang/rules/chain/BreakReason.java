package org.sanxiang.rules.chain;

/** Why a link fails verification. */
public enum BreakReason {
    /** The link names another case's chain. */
    WRONG_CHAIN,
    /** The link's stored fields (metadata, sequence, digests, length) no longer give its digest. */
    METADATA_CHANGED,
    /** The link's sequence is ahead of its position: the links in between were removed. */
    LINK_REMOVED,
    /** The link's sequence is behind its position, or the expected link appears later: order changed. */
    LINK_REORDERED,
    /** The link does not name the digest of the link before it (or the genesis value). */
    PREVIOUS_DIGEST_MISMATCH,
    /** The content read now has another SHA-256 or length than the link recorded. */
    CONTENT_DIGEST_MISMATCH,
    /** The content could not be read. */
    CONTENT_UNREADABLE,
    /** The chain ends before, or differs at, the head anchored elsewhere (links cut off the end). */
    HEAD_MISMATCH
}

package org.sanxiang.rules.chain;

/** Why a link fails verification. */
public enum BreakReason {
    /** The link names another case's chain. */
    WRONG_CHAIN("链接属于其他案件", "link belongs to another case"),
    /** The link's stored fields (metadata, sequence, digests, length) no longer give its digest. */
    METADATA_CHANGED("元数据被改动", "metadata changed"),
    /** The link's sequence is ahead of its position: the links in between were removed. */
    LINK_REMOVED("记录被删除", "link removed"),
    /** The link's sequence is behind its position, or the expected link appears later: order changed. */
    LINK_REORDERED("记录顺序被改变", "links reordered"),
    /** The link does not name the digest of the link before it (or the genesis value). */
    PREVIOUS_DIGEST_MISMATCH("前一摘要不符", "previous digest mismatch"),
    /** The content read now has another SHA-256 or length than the link recorded. */
    CONTENT_DIGEST_MISMATCH("内容被改动", "content digest mismatch"),
    /** The content could not be read. */
    CONTENT_UNREADABLE("内容无法读取", "content unreadable"),
    /** The chain ends before, or differs at, the head anchored elsewhere (links cut off the end). */
    HEAD_MISMATCH("链尾与登记不符（末尾记录缺失）", "head mismatch (links cut off the end)"),
    /** Records carry seals but the manifest that lists their links is gone: the manifest was tampered with. */
    MANIFEST_REMOVED("封存清单被删除", "seal manifest removed"),
    /** The sealed record was replaced by a new version of it: its content (or properties) changed after sealing. */
    NEW_VERSION("记录被替换为新版本", "content changed in a new version");

    private final String labelZh;
    private final String labelEn;

    BreakReason(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The user-facing label in zh_CN. */
    public String labelZh() {
        return labelZh;
    }

    /** The user-facing label in en. */
    public String labelEn() {
        return labelEn;
    }
}

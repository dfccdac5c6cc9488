package org.sanxiang.repo.audit;

import java.util.List;

/**
 * What the {@code sanxiang} audit application records (alfresco/module/sanxiang-repo/audit/sanxiang-audit.xml),
 * each event under {@code /sanxiang/<path>} with the keys listed here. The audit file maps exactly
 * these keys (a test keeps them in step): a key Alfresco has no mapping for would be dropped silently.
 *
 * <p>Why: full-process records are internal (chongqing-2024 全过程记录 第十五条), not to be opened without
 * the head's approval (wuhan-2020 全过程记录 第二十九条), read by others only on a request handled by law
 * (fushun-2026 第二十五条): so every read, every copy and every grant leaves a trace of who and when. The chain and
 * hold events show that the records were kept unaltered and why some are kept longer (fushun-2026 第二十三条).
 */
public enum AuditEvent {

    /** The content of a full-process record or evidence was read. */
    READ("read", List.of("node", "type", "name", "caseNumber")),
    /** A copy of a record's content was taken under a grant (wuhan-2020 全过程记录 第二十七条第三款: 复制人). */
    COPY("copy", List.of("node", "caseId", "type", "name", "caseNumber")),
    /** Read access to records was granted (sxAccess), with or without copies. */
    GRANT("grant", List.of("grantId", "caseId", "grantee", "records", "until", "copiesAllowed")),
    /** A grant ended (returned early or expired). */
    REVOKE("revoke", List.of("grantId", "reason")),
    /** A long-term hold was placed on a record or case. */
    HOLD_PLACED("hold/place", List.of("node", "reasons", "note")),
    /** A long-term hold was released. */
    HOLD_RELEASED("hold/release", List.of("node", "reasons", "reason")),
    /** A case's seal chain was verified. */
    CHAIN_VERIFIED("chain/verify", List.of("caseId", "intact", "links", "brokenRecord", "detail"));

    /** The audit application's name and root key. */
    public static final String APPLICATION = "sanxiang";

    private final String path;
    private final List<String> keys;

    AuditEvent(String path, List<String> keys) {
        this.path = path;
        this.keys = keys;
    }

    /** The root path the values are recorded under, e.g. {@code /sanxiang/read}. */
    public String rootPath() {
        return "/" + APPLICATION + "/" + path;
    }

    public List<String> keys() {
        return keys;
    }
}

package org.sanxiang.rules.access;

/** Who asks to read or copy a case's full-process records (调阅、复制执法过程记录). */
public enum RequesterKind {
    /** 审判机关 (a people's court). */
    COURT,
    /** 检察机关. */
    PROCURATORATE,
    /** 监察机关. */
    SUPERVISORY_ORGAN,
    /** 审计机关. */
    AUDIT_ORGAN,
    /** 复议机关. */
    RECONSIDERATION_ORGAN,
    /** 其他行政执法机关. */
    OTHER_ENFORCEMENT_ORGAN,
    /** 律师 (who must hold a court's investigation order, 律师调查令, where the profile allows it). */
    LAWYER,
    /** The party of the case (行政相对人 / 利害关系人), for its own case. */
    PARTY,
    /** A unit of the bureau itself, borrowing for its work (单位内部借阅). */
    INTERNAL_UNIT,
    /** Anyone else: a citizen, legal person or organisation that is not a party. */
    PUBLIC,
    /**
     * Whoever supervises enforcement (执法监督: the bureau's legal department reviewing case files, the
     * government's enforcement-supervision platform), tianjin-2019 实施方案 三（二）4.
     */
    ENFORCEMENT_SUPERVISION;

    /** The code profile files use: the name in lower case with hyphens ({@code supervisory-organ}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static RequesterKind fromCode(String code) {
        for (RequesterKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("requester kind '" + code + "' is not one of "
                + java.util.Arrays.stream(values()).map(RequesterKind::code).collect(java.util.stream.Collectors.joining("|")));
    }

    /** The state organs that request records for their own cases (基于办案需要). */
    public boolean isStateOrgan() {
        return switch (this) {
            case COURT, PROCURATORATE, SUPERVISORY_ORGAN, AUDIT_ORGAN, RECONSIDERATION_ORGAN,
                    OTHER_ENFORCEMENT_ORGAN -> true;
            default -> false;
        };
    }
}

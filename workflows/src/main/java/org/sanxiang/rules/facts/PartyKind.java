package org.sanxiang.rules.facts;

import org.sanxiang.rules.Codes;

/** 公民（个人）/ 法人或其他组织（单位）. */
public enum PartyKind {
    INDIVIDUAL("individual"),
    ORGANISATION("organisation");

    private final String code;

    PartyKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PartyKind fromCode(String code) {
        return Codes.fromCode(values(), code, PartyKind::code, "party.kind");
    }
}

package org.sanxiang.rules.facts;

import org.sanxiang.rules.Codes;

/** 一般程序 / 简易程序. */
public enum Procedure {
    GENERAL("general"),
    SUMMARY("summary");

    private final String code;

    Procedure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Procedure fromCode(String code) {
        return Codes.fromCode(values(), code, Procedure::code, "procedure");
    }
}

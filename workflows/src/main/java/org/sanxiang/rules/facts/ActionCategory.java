package org.sanxiang.rules.facts;

/** The kinds of administrative enforcement action (行政执法行为类别). */
public enum ActionCategory {
    PENALTY("penalty"),           // 行政处罚
    LICENCE("licence"),           // 行政许可
    COERCIVE("coercive"),         // 行政强制
    INSPECTION("inspection"),     // 行政检查
    CONFIRMATION("confirmation"), // 行政确认
    REWARD("reward"),             // 行政奖励
    LEVY("levy");                 // 行政征收

    private final String code;

    ActionCategory(String code) {
        this.code = code;
    }

    /** The code used in data files, JSON and the content model's constraint. */
    public String code() {
        return code;
    }

    public static ActionCategory fromCode(String code) {
        return Codes.fromCode(values(), code, ActionCategory::code, "action");
    }
}

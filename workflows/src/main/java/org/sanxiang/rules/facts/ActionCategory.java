package org.sanxiang.rules.facts;

/** The kinds of administrative enforcement action (行政执法行为类别). */
public enum ActionCategory {
    PENALTY("penalty", "行政处罚", "Penalty"),
    LICENCE("licence", "行政许可", "Licence"),
    COERCIVE("coercive", "行政强制", "Coercive measure"),
    INSPECTION("inspection", "行政检查", "Inspection"),
    CONFIRMATION("confirmation", "行政确认", "Confirmation"),
    REWARD("reward", "行政奖励", "Reward"),
    LEVY("levy", "行政征收", "Levy");

    private final String code;
    private final String zhCN;
    private final String en;

    ActionCategory(String code, String zhCN, String en) {
        this.code = code;
        this.zhCN = zhCN;
        this.en = en;
    }

    /** The Chinese term ({@code zh_CN}) or the English one ({@code en}). */
    public String label(String language) {
        return "en".equals(language) ? en : zhCN;
    }

    /** The code used in data files, JSON and the content model's constraint. */
    public String code() {
        return code;
    }

    public static ActionCategory fromCode(String code) {
        return Codes.fromCode(values(), code, ActionCategory::code, "action");
    }
}

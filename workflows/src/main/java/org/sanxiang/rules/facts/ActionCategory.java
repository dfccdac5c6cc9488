package org.sanxiang.rules.facts;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;
/** The kinds of administrative enforcement action (行政执法行为类别). */
public enum ActionCategory implements Termed {
    PENALTY("penalty", "行政处罚", "Penalty"),
    LICENCE("licence", "行政许可", "Licence"),
    COERCIVE("coercive", "行政强制", "Coercive measure"),
    INSPECTION("inspection", "行政检查", "Inspection"),
    CONFIRMATION("confirmation", "行政确认", "Confirmation"),
    REWARD("reward", "行政奖励", "Reward"),
    LEVY("levy", "行政征收", "Levy");

    private final Term term;

    ActionCategory(String code, String zhCN, String en) {
        this.term = new Term(code, zhCN, en);
    }

    @Override
    public Term term() {
        return term;
    }

    public static ActionCategory fromCode(String code) {
        return Termed.fromCode(values(), code, "action");
    }
}

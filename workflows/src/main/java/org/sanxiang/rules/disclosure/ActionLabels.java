package org.sanxiang.rules.disclosure;

import org.sanxiang.rules.facts.ActionCategory;

/** The Chinese names of the action categories, as published in a summary. */
final class ActionLabels {

    private ActionLabels() {
    }

    static String zh(ActionCategory action) {
        return switch (action) {
            case PENALTY -> "行政处罚";
            case LICENCE -> "行政许可";
            case COERCIVE -> "行政强制";
            case INSPECTION -> "行政检查";
            case CONFIRMATION -> "行政确认";
            case REWARD -> "行政奖励";
            case LEVY -> "行政征收";
        };
    }
}

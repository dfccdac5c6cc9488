package org.sanxiang.rules.review;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A kind of written review opinion a profile's document lists (同意, 建议补充调查, ...).
 *
 * @param outcome what the opinion does to the case
 */
public record OpinionType(String id, Outcome outcome, String citation, Label label) {

    /** What an opinion does to the case. */
    public enum Outcome {
        /** 同意: the decision may go ahead. */
        APPROVE,
        /** The unit investigates, completes, changes or corrects, then resubmits. */
        RESUBMIT,
        /** The decision should not be made as proposed (不予同意, 不应作出, 不予处罚). */
        REJECT,
        /** The case goes elsewhere (移送: another authority, the police, the judiciary). */
        TRANSFER,
        /** Advice that neither approves nor returns (其他意见, 建议集体研究). */
        ADVISE;

        @JsonCreator
        static Outcome fromCode(String code) {
            for (Outcome outcome : values()) {
                if (outcome.name().equalsIgnoreCase(code)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("'" + code + "' is not one of approve|resubmit|reject|transfer|advise");
        }
    }
}

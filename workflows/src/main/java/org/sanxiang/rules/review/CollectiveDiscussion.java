package org.sanxiang.rules.review;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Whether the decision needs collective discussion (集体讨论) by the authority's leaders. */
public record CollectiveDiscussion(Requirement required, String citation, Label label) {

    public enum Requirement {
        /** Every reviewed decision is discussed collectively (Ningxia 附件5 第四条). */
        ALWAYS,
        /** Where laws, regulations or rules require it (Wuhan 法制审核 第十一条). */
        WHEN_LAW_REQUIRES,
        /** The document says nothing about it. */
        NOT_STATED;

        @JsonCreator
        static Requirement fromCode(String code) {
            for (Requirement requirement : values()) {
                if (requirement.name().replace('_', '-').equalsIgnoreCase(code)) {
                    return requirement;
                }
            }
            throw new IllegalArgumentException("'" + code + "' is not one of always|when-law-requires|not-stated");
        }
    }
}

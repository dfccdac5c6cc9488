package org.sanxiang.workflow.disclosure;

import org.sanxiang.rules.disclosure.DisclosureDecider;

/**
 * The candidate group of {@code approveDisclosure} for the approver the rules name
 * ({@link DisclosureDecider#approver}). The rule decides who; this only maps to the bureau's groups.
 */
public final class DisclosureApprovers {

    /** 局主要负责人: a group of its own inside the leaders (wuhan-2020 公示 第三条第二款, major decisions). */
    public static final String PRINCIPAL_LEADER_GROUP = "GROUP_SX_PRINCIPAL_LEADER";
    public static final String LEADERS_GROUP = "GROUP_SX_LEADERS";
    public static final String UNIT_HEADS_GROUP = "GROUP_SX_ENFORCEMENT";

    private DisclosureApprovers() {
    }

    public static String group(DisclosureDecider.Approval approval) {
        return switch (approval.approver()) {
            case "principal-leader" -> PRINCIPAL_LEADER_GROUP;
            case "deputy-leader" -> LEADERS_GROUP;
            case "unit-head" -> UNIT_HEADS_GROUP;
            // ningxia-2019 附件1 第十二条: reviewed before publication, approver not named: the leaders
            default -> LEADERS_GROUP;
        };
    }
}

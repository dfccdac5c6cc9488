package org.sanxiang.workflow.objection;

/**
 * The names {@code sxObjection} gives its elements: the process key, user task keys (their outcome
 * properties are {@code sxwf:checkObjectionUnitOutcome} and {@code sxwf:checkObjectionLegalOutcome}),
 * outcome values and candidate groups. Variables are not named here: a form field is its task
 * property's variable, an internal one is in {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class ObjectionProcess {

    public static final String KEY = "sxObjection";

    /**
     * The case stage (sx:caseStages) the objection's records belong to: an objection comes after the
     * decision and its publication, and is a review of them (chongqing-2024 公示 第十三条第二款 核查).
     */
    public static final String RECORD_STAGE = "review";

    // user task keys
    public static final String UNIT_CHECK = "checkObjectionUnit";
    public static final String LEGAL_CHECK = "checkObjectionLegal";

    // outcomes of the unit's check (chongqing-2024 公示 第十三条第二款 依法处置; 第十三条（二）（三）)
    public static final String MAINTAIN = "maintain";
    public static final String CORRECT = "correct";
    public static final String WITHDRAW = "withdraw";
    // outcomes of the legal office's check
    public static final String AGREE = "agree";
    public static final String DISAGREE = "disagree";

    // candidate groups
    public static final String ENFORCEMENT_GROUP = "GROUP_SX_ENFORCEMENT";
    public static final String LEGAL_OFFICE_GROUP = "GROUP_SX_LEGAL_OFFICE";

    private ObjectionProcess() {
    }
}

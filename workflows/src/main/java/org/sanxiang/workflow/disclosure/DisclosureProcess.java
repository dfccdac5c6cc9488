package org.sanxiang.workflow.disclosure;

/**
 * The names {@code sxDisclosure} gives its elements: user task keys (each task's outcome property is
 * {@code sxwf:<key>Outcome}), the messages a published record waits for, and the start form's trigger
 * values. Variables are not named here: a form field is its task property's variable, an internal one
 * is in {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class DisclosureProcess {

    /** Trigger value: the basic information changed (chongqing-2024 公示 第十三条（一）; wuhan-2020 公示 第六条第三款). */
    public static final String TRIGGER_BASIC_INFO_CHANGED = "basicInfoChanged";

    /** Messages the published record waits for. */
    public static final String MESSAGE_REVOKED = "sxDisclosureRevoked";
    public static final String MESSAGE_CORRECTION = "sxDisclosureCorrection";

    // user task keys
    public static final String CONFIRM_EXCLUSION = "confirmExclusion";
    public static final String DRAFT = "draftDisclosure";
    public static final String REVIEW = "reviewDisclosure";
    public static final String APPROVE = "approveDisclosure";
    public static final String CORRECT = "correctDisclosure";
    public static final String WITHDRAW = "withdrawDisclosure";

    private DisclosureProcess() {
    }
}

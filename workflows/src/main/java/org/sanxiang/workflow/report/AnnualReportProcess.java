package org.sanxiang.workflow.report;

/**
 * The names {@code sxAnnualReport} gives its elements: the process key, user task keys (their outcome
 * properties are {@code sxwf:reviewAnnualReportOutcome} and {@code sxwf:approveAnnualReportOutcome}),
 * outcome values, candidate groups and the business key. Variables are not named here: a form field is
 * its task property's variable, an internal one is in {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class AnnualReportProcess {

    public static final String KEY = "sxAnnualReport";

    // user task keys
    public static final String REVIEW = "reviewAnnualReport";
    public static final String APPROVE = "approveAnnualReport";

    // outcomes of both tasks
    public static final String APPROVED = "approve";
    public static final String SEND_BACK = "sendBack";

    // candidate groups: the legal office reviews (tianjin-2019 实施方案 三（一）3（3） 报送局法规处汇总), the leaders approve
    public static final String LEGAL_OFFICE_GROUP = "GROUP_SX_LEGAL_OFFICE";
    public static final String LEADERS_GROUP = "GROUP_SX_LEADERS";

    /** The kind of the public copy in the disclosure channel (its folder in the public tree). */
    public static final String PUBLICATION_KIND = "annual-report";

    private static final String KEY_PREFIX = org.sanxiang.workflow.port.Publication.REPORT_PREFIX;

    private AnnualReportProcess() {
    }

    /** The business key of the report of {@code profile} on {@code year}: one process per key. */
    public static String businessKey(String profile, int year) {
        return KEY_PREFIX + profile + ":" + year;
    }

    /** Whether a business key (or a publication's case id) is an annual report's. */
    public static boolean isReportKey(String key) {
        return key != null && key.startsWith(KEY_PREFIX);
    }

    /** {@code name.ext} of the {@code round}-th compilation: {@code name-r<round>.ext}. */
    static String roundName(String name, int round) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "-r" + round : name.substring(0, dot) + "-r" + round + name.substring(dot);
    }
}

package org.sanxiang.workflow;

import java.util.Objects;

import org.sanxiang.workflow.port.AccessGrants;
import org.sanxiang.workflow.port.AnnualReporting;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Notifications;

/**
 * The ports one runtime provides (in-memory in tests, CMIS standalone, Alfresco in repo-amp). {@code reports}
 * holds the annual report's folders; a runtime without them passes {@link AnnualReporting#NONE}.
 */
public record WorkflowPorts(CaseRepository cases, CaseDocuments documents, DisclosureChannel disclosure,
        Notifications notifications, BorrowingRegister register, AccessGrants grants, AnnualReporting reports) {

    /** The ports without annual report folders. */
    public WorkflowPorts(CaseRepository cases, CaseDocuments documents, DisclosureChannel disclosure,
            Notifications notifications, BorrowingRegister register, AccessGrants grants) {
        this(cases, documents, disclosure, notifications, register, grants, AnnualReporting.NONE);
    }

    public WorkflowPorts {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(grants, "grants");
        Objects.requireNonNull(reports, "reports");
    }
}

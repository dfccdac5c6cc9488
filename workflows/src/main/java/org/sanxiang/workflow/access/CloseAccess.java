package org.sanxiang.workflow.access;

import java.util.Objects;

import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.port.AccessGrants;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.Notifications;

/** What ends a grant works with: the grant and the register entry the grant step made. */
abstract class CloseAccess extends SxDelegate {

    public static final String ARCHIVISTS = "GROUP_SX_ARCHIVISTS";

    final AccessGrants grants;
    final BorrowingRegister register;
    final Notifications notifications;
    final CaseLocator locator;

    CloseAccess(AccessGrants grants, BorrowingRegister register, Notifications notifications, CaseLocator locator) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.register = Objects.requireNonNull(register, "register");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    static String required(StepContext step, String name) {
        String value = step.string(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: the grant was never made");
        }
        return value;
    }
}

package org.sanxiang.workflow.access;

import java.util.Objects;

import org.sanxiang.rules.calendar.TimeLimit;

/**
 * The bureau's settings for access requests where the regulations set none: how long the approver
 * has (no profile sets a limit for deciding an access request, so this is a setting, not a rule),
 * and the longest borrowing period it allows.
 */
public record AccessPolicy(TimeLimit approvalLimit, int maxPeriodWorkingDays) {

    public static final AccessPolicy DEFAULT = new AccessPolicy(TimeLimit.workingDays(5), 20);

    public AccessPolicy {
        Objects.requireNonNull(approvalLimit, "approvalLimit");
        if (!approvalLimit.isCounted()) {
            throw new IllegalArgumentException("approvalLimit must be a counted limit");
        }
        if (maxPeriodWorkingDays < 1) {
            throw new IllegalArgumentException("maxPeriodWorkingDays must be at least 1");
        }
    }
}

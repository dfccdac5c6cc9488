package org.sanxiang.rules.review;

import java.util.List;
import org.sanxiang.rules.Reason;

/**
 * Whether a proposed decision is a major decision (重大执法决定), with every criterion that made
 * it so; {@code reasons} is empty exactly when {@code value} is false.
 */
public record MajorDecision(boolean value, List<Reason> reasons) {

    public static final MajorDecision NOT_MAJOR = new MajorDecision(false, List.of());

    public MajorDecision {
        reasons = List.copyOf(reasons);
        if (value == reasons.isEmpty()) {
            throw new IllegalArgumentException("a major decision has reasons, a decision that is not major has none");
        }
    }
}

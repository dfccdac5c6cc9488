package org.sanxiang.rules.review;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What happens to the review clock when the legal office sends materials back for completion.
 *
 * @param clock {@code pause}: the clock stops and resumes with the working days it had left;
 *              {@code restart}: the full count starts again from the resubmission
 */
public record ClockPolicy(Mode clock, String citation, String note) {

    public enum Mode {
        PAUSE, RESTART;

        @JsonCreator
        static Mode fromCode(String code) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(code)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("'" + code + "' is not one of pause|restart");
        }
    }

    /** Where a profile says nothing: DESIGN.md (Time) stops the clock and resumes it. */
    public static final ClockPolicy DEFAULT = new ClockPolicy(Mode.PAUSE, null, "DESIGN.md, Time");
}

package org.sanxiang.workflow.disclosure;

import org.sanxiang.rules.disclosure.ExclusionReason;

/** The rules' exclusion reasons as the values of the content model's constraint sx:exclusionReasonOptions. */
final class ExclusionReasons {

    private ExclusionReasons() {
    }

    static String modelValue(ExclusionReason reason) {
        return switch (reason) {
            case MINOR -> "minorParty";
            case STATE_SECRET -> "stateSecret";
            case COMMERCIAL_SECRET -> "tradeSecret";
            case PRIVACY -> "personalPrivacy";
            case SECURITY -> "securityOrStability";
            case INVESTIGATION -> "affectsInvestigation";
            case CRIMINAL_REFERRAL -> "suspectedCrime";
        };
    }
}

package org.sanxiang.rules.review;

import java.util.List;
import org.sanxiang.rules.Reason;

/**
 * Whether the proposed decision must go through legal review before it is made.
 *
 * @param required   true when it is major or the profile requires review beyond "major", and no
 *                   exclusion applies
 * @param reasons    the grounds for review: the major-decision reasons, then the profile's
 *                   review-beyond-major grounds (Tianjin 三（三）2（1）)
 * @param exclusions the exclusions that apply (each makes {@code required} false)
 */
public record ReviewRequirement(boolean required, List<Reason> reasons, List<Reason> exclusions) {

    public static final ReviewRequirement NOT_REQUIRED = new ReviewRequirement(false, List.of(), List.of());

    public ReviewRequirement {
        reasons = List.copyOf(reasons);
        exclusions = List.copyOf(exclusions);
        if (required && (reasons.isEmpty() || !exclusions.isEmpty())) {
            throw new IllegalArgumentException("required review needs a reason and no exclusion");
        }
    }
}

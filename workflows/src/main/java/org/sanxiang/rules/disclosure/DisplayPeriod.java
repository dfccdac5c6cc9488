package org.sanxiang.rules.disclosure;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.sanxiang.rules.Citation;

/**
 * How long disclosed information stays on display (公示期限): an ISO-8601 period such as
 * {@code P1Y} or {@code P3Y}, or {@code permanent} (长期).
 */
public record DisplayPeriod(String value, Citation citation) {

    public static final String PERMANENT = "permanent";

    public DisplayPeriod {
        Objects.requireNonNull(citation, "citation");
        if (!isValid(value)) {
            throw new IllegalArgumentException("displayPeriod: '" + value + "' is neither an ISO period nor 'permanent'");
        }
    }

    public boolean isPermanent() {
        return PERMANENT.equals(value);
    }

    /** The period, or empty when permanent. */
    public Optional<Period> period() {
        return isPermanent() ? Optional.empty() : Optional.of(Period.parse(value));
    }

    static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        if (PERMANENT.equals(value)) {
            return true;
        }
        try {
            return !Period.parse(value).isNegative() && !Period.parse(value).isZero();
        } catch (RuntimeException e) {
            return false;
        }
    }
}

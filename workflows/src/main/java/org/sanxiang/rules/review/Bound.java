package org.sanxiang.rules.review;

import java.math.BigDecimal;

/**
 * A lower bound as a regulation states it: {@code atLeast} for 以上 (the number itself included,
 * Wuhan 法制审核 第十四条) or {@code greaterThan} for 超过 (the number itself excluded). Exactly one
 * of the two is set.
 */
public record Bound(BigDecimal atLeast, BigDecimal greaterThan) {

    public static Bound atLeast(long value) {
        return new Bound(BigDecimal.valueOf(value), null);
    }

    public static Bound greaterThan(long value) {
        return new Bound(null, BigDecimal.valueOf(value));
    }

    /** Null when valid, otherwise what is wrong (the caller names the field). */
    String problem() {
        if ((atLeast == null) == (greaterThan == null)) {
            return "needs exactly one of 'atLeast' (以上, inclusive) or 'greaterThan' (超过, exclusive)";
        }
        BigDecimal value = atLeast != null ? atLeast : greaterThan;
        return value.signum() < 0 ? "must not be negative" : null;
    }

    /** An absent value never satisfies a bound. */
    public boolean test(BigDecimal value) {
        if (value == null) {
            return false;
        }
        return atLeast != null ? value.compareTo(atLeast) >= 0 : value.compareTo(greaterThan) > 0;
    }

    public boolean test(Integer value) {
        return value != null && test(BigDecimal.valueOf(value.longValue()));
    }

    /** The bound applied to the share {@code part / whole}, computed without division. */
    public boolean testShare(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return false;
        }
        BigDecimal threshold = whole.multiply(atLeast != null ? atLeast : greaterThan);
        return atLeast != null ? part.compareTo(threshold) >= 0 : part.compareTo(threshold) > 0;
    }
}

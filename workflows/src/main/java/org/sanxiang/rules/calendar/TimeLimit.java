package org.sanxiang.rules.calendar;

/**
 * A time limit as a regulation states it: "within N working days", "within N days", "within N
 * hours", or only "promptly" (及时), which sets no count and must never be turned into one.
 */
public record TimeLimit(Unit unit, int amount) {

    public enum Unit {
        /** 工作日: statutory holidays excluded, make-up working days included. */
        WORKING_DAYS,
        /** 日 (calendar days): the last day moves to the next working day. */
        CALENDAR_DAYS,
        /** 小时: counted in hours. */
        HOURS,
        /** 及时: no count is set by the document. */
        PROMPTLY
    }

    public TimeLimit {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (unit == Unit.PROMPTLY ? amount != 0 : amount < 0) {
            throw new IllegalArgumentException("amount " + amount + " is not valid for " + unit);
        }
    }

    public static TimeLimit workingDays(int n) {
        return new TimeLimit(Unit.WORKING_DAYS, n);
    }

    public static TimeLimit calendarDays(int n) {
        return new TimeLimit(Unit.CALENDAR_DAYS, n);
    }

    public static TimeLimit hours(int n) {
        return new TimeLimit(Unit.HOURS, n);
    }

    public static TimeLimit promptly() {
        return new TimeLimit(Unit.PROMPTLY, 0);
    }

    /** True when the document sets a count, so a deadline can be computed. */
    public boolean isCounted() {
        return unit != Unit.PROMPTLY;
    }

    @Override
    public String toString() {
        return switch (unit) {
            case WORKING_DAYS -> amount + " working days";
            case CALENDAR_DAYS -> amount + " days";
            case HOURS -> amount + " hours";
            case PROMPTLY -> "promptly";
        };
    }
}

package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar of mainland China: statutory holidays and make-up working days (调休上班日)
 * from the State Council's yearly notices, shipped as data, with an administrator's override merged
 * over it (see {@link CalendarRepository} and {@code calendar-data.md}).
 *
 * <p>Immutable and thread-safe. Every count is O(1): the calendar precomputes, for the span of years
 * its data covers, the running count of working days and the list of working days; outside that span
 * it counts weekdays arithmetically. So adding 20 working days costs the same as adding 2 000.
 *
 * <p>A year with no data is counted on weekends alone (Monday–Friday work), and a deadline whose
 * count reaches into such a year is {@linkplain Deadline#provisional() provisional}. Which years are
 * missing is answered by {@link #missingYears(LocalDate, LocalDate)} (for alerts); when the data
 * arrives, {@link #recompute(Deadline)} on the new calendar gives the corrected deadline.
 */
public final class HolidayCalendar implements WorkingDayCalendar {

    /** Classpath location of the shipped data. */
    public static final String SHIPPED_DATA = "alfresco/module/sanxiang-repo/rules/calendar/holidays-cn.json";

    private static final HolidayCalendar WEEKENDS_ONLY = new HolidayCalendar(CalendarData.empty());

    private final CalendarData data;
    /** Days whose status differs from the weekday rule: date → true when worked. */
    private final Map<LocalDate, Boolean> exceptions;
    /** First epoch day of the table (1 January of {@link #firstYear}). */
    private final long lo;
    /** One past the last epoch day of the table. */
    private final long hi;
    private final int firstYear;
    /** cumulative[i]: working days in [lo, lo + i]. */
    private final int[] cumulative;
    /** Epoch days of the working days in [lo, hi), ascending. */
    private final int[] workingDays;
    /** W(lo - 1): the weekday count just before the table, so W is continuous. */
    private final long base;
    /** hasData[y - firstYear]. */
    private final boolean[] hasData;

    private HolidayCalendar(CalendarData data) {
        this.data = data;
        Map<LocalDate, Boolean> status = new HashMap<>();
        for (CalendarData.YearData y : data.years().values()) {
            y.holidays().keySet().forEach(d -> status.put(d, false));
            y.workingDays().keySet().forEach(d -> status.put(d, true));
        }
        for (CalendarData.LocalDay l : data.localDays()) {
            status.put(l.date(), l.working());
        }
        status.entrySet().removeIf(e -> e.getValue() == isWeekday(e.getKey().toEpochDay()));
        this.exceptions = Map.copyOf(status);

        TreeSet<Integer> years = new TreeSet<>(data.years().keySet());
        status.keySet().forEach(d -> years.add(d.getYear()));
        if (years.isEmpty()) {
            firstYear = 0;
            lo = hi = LocalDate.of(2000, 1, 1).toEpochDay();
            cumulative = new int[0];
            workingDays = new int[0];
            hasData = new boolean[0];
        } else {
            firstYear = years.first();
            lo = LocalDate.of(firstYear, 1, 1).toEpochDay();
            hi = LocalDate.of(years.last() + 1, 1, 1).toEpochDay();
            cumulative = new int[(int) (hi - lo)];
            int[] worked = new int[cumulative.length];
            int count = 0;
            for (long e = lo; e < hi; e++) {
                Boolean exception = status.get(LocalDate.ofEpochDay(e));
                if (exception != null ? exception : isWeekday(e)) {
                    worked[count++] = (int) e;
                }
                cumulative[(int) (e - lo)] = count;
            }
            workingDays = Arrays.copyOf(worked, count);
            hasData = new boolean[years.last() - firstYear + 1];
            data.years().keySet().forEach(y -> hasData[y - firstYear] = true);
        }
        base = weekdaysThrough(lo - 1);
    }

    /** A calendar on this data. */
    public static HolidayCalendar of(CalendarData data) {
        return new HolidayCalendar(Objects.requireNonNull(data, "data"));
    }

    /** The shipped data alone (no override); read once, then shared (it is immutable). */
    public static HolidayCalendar shipped() {
        return Shipped.CALENDAR;
    }

    /** Loaded on first use. */
    private static final class Shipped {
        static final HolidayCalendar CALENDAR = of(CalendarDataReader.readResource(SHIPPED_DATA));
    }

    /** No holiday data at all: Monday–Friday work, every deadline provisional. */
    public static HolidayCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /** The data this calendar was built from. */
    public CalendarData data() {
        return data;
    }

    // ---- the count W(e): working days up to and including epoch day e, from a fixed origin ----

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5; // epoch day 0 (1970-01-01) is a Thursday
    }

    /** Weekdays in (origin, e], origin being a fixed Sunday; negative before it. */
    private static long weekdaysThrough(long epochDay) {
        long x = epochDay + 4; // days since Monday 1969-12-29, plus one
        return 5 * Math.floorDiv(x, 7) + Math.min(Math.floorMod(x, 7), 5);
    }

    /** The epoch day of the weekday where {@link #weekdaysThrough} reaches {@code count}. */
    private static long weekdayNumbered(long count) {
        long k = count - 1;
        return 7 * Math.floorDiv(k, 5) + Math.floorMod(k, 5) - 3;
    }

    private long countThrough(long e) {
        if (e < lo) {
            return weekdaysThrough(e);
        }
        if (e < hi) {
            return base + cumulative[(int) (e - lo)];
        }
        return base + workingDays.length + weekdaysThrough(e) - weekdaysThrough(hi - 1);
    }

    /** The working day where {@link #countThrough} reaches {@code count}. */
    private long workingDayNumbered(long count) {
        long inTable = count - base;
        if (inTable <= 0) {
            return weekdayNumbered(count);
        }
        if (inTable <= workingDays.length) {
            return workingDays[(int) (inTable - 1)];
        }
        return weekdayNumbered(inTable - workingDays.length + weekdaysThrough(hi - 1));
    }

    // ---- WorkingDayCalendar ----

    @Override
    public boolean isWorkingDay(LocalDate day) {
        long e = day.toEpochDay();
        if (e >= lo && e < hi) {
            int i = (int) (e - lo);
            return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1]);
        }
        return isWeekday(e);
    }

    @Override
    public boolean hasDataFor(int year) {
        int i = year - firstYear;
        return i >= 0 && i < hasData.length && hasData[i];
    }

    /**
     * "within N working days from X": the N-th working day after X, due at the end of that day.
     * {@code n == 0} gives X itself. Provisional when a year from the day after X to the due day has
     * no data.
     */
    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        return workingDays(from.atStartOfDay(), from, n);
    }

    /** The date of {@link #addWorkingDays}, without building a {@link Deadline}. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        requireNonNegative(n);
        if (n == 0) {
            return from;
        }
        return LocalDate.ofEpochDay(workingDayNumbered(countThrough(from.toEpochDay()) + n));
    }

    private Deadline workingDays(LocalDateTime start, LocalDate from, int n) {
        LocalDate due = plusWorkingDays(from, n);
        boolean lastDayOfYear = from.getMonthValue() == 12 && from.getDayOfMonth() == 31;
        boolean provisional = n > 0 && anyMissing(from.getYear() + (lastDayOfYear ? 1 : 0), due.getYear());
        return new Deadline(start, workingDayLimit(n), due.atTime(Deadline.END_OF_DAY), provisional);
    }

    /**
     * "within N days": X + N, moved to the next working day when that is not one. Provisional when
     * a year from X + N to the due day has no data (the count of N days needs no data; only the move
     * does).
     */
    @Override
    public Deadline addCalendarDays(LocalDate from, int n) {
        return calendarDays(from.atStartOfDay(), from, n);
    }

    private Deadline calendarDays(LocalDateTime start, LocalDate from, int n) {
        requireNonNegative(n);
        LocalDate last = from.plusDays(n);
        LocalDate due = workingDayOnOrAfter(last);
        return new Deadline(start, TimeLimit.calendarDays(n), due.atTime(Deadline.END_OF_DAY),
                anyMissing(last.getYear(), due.getYear()));
    }

    /** "within N hours": the instant N hours later; holidays play no part, so never provisional. */
    @Override
    public Deadline addHours(LocalDateTime from, int n) {
        requireNonNegative(n);
        return new Deadline(from, TimeLimit.hours(n), from.plusHours(n), false);
    }

    @Override
    public Deadline deadline(LocalDateTime from, TimeLimit limit) {
        Objects.requireNonNull(from, "from");
        return switch (limit.unit()) {
            case WORKING_DAYS -> workingDays(from, from.toLocalDate(), limit.amount());
            case CALENDAR_DAYS -> calendarDays(from, from.toLocalDate(), limit.amount());
            case HOURS -> addHours(from, limit.amount());
            case PROMPTLY -> throw new IllegalArgumentException("a 'promptly' (及时) limit sets no deadline");
        };
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return Math.toIntExact(countThrough(to.toEpochDay()) - countThrough(from.toEpochDay()));
    }

    /** {@code day} when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        long e = day.toEpochDay();
        return LocalDate.ofEpochDay(workingDayNumbered(countThrough(e - 1) + 1));
    }

    // ---- data about the data ----

    /** Years from {@code from}'s to {@code to}'s (inclusive) that have no data: for alerts. */
    public SortedSet<Integer> missingYears(LocalDate from, LocalDate to) {
        TreeSet<Integer> missing = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!hasDataFor(y)) {
                missing.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(missing);
    }

    /** The years that have State Council data (shipped or overridden). */
    public SortedSet<Integer> yearsWithData() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(data.years().keySet()));
    }

    /** The notices a year's data cites; empty when the year has no data. */
    public List<HolidayNotice> notices(int year) {
        CalendarData.YearData y = data.years().get(year);
        return y == null ? List.of() : y.notices();
    }

    /** The days whose status differs from Monday–Friday work: date → true when worked. */
    public SortedMap<LocalDate, Boolean> exceptions() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(exceptions));
    }

    /**
     * The years in which this calendar and {@code other} differ: a day counted differently, or the
     * year has data in one and not the other. Running deadlines that touch none of them stand.
     */
    public SortedSet<Integer> yearsThatDifferFrom(HolidayCalendar other) {
        TreeSet<Integer> changed = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>(data.years().keySet());
        years.addAll(other.data.years().keySet());
        for (int y : years) {
            if (hasDataFor(y) != other.hasDataFor(y)) {
                changed.add(y);
            }
        }
        Map<LocalDate, Boolean> all = new HashMap<>(exceptions);
        all.putAll(other.exceptions);
        for (LocalDate d : all.keySet()) {
            if (isWorkingDay(d) != other.isWorkingDay(d)) {
                changed.add(d.getYear());
            }
        }
        return Collections.unmodifiableSortedSet(changed);
    }

    private boolean anyMissing(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (!hasDataFor(y)) {
                return true;
            }
        }
        return false;
    }

    /** Shared limits for the common counts: a deadline is made millions of times a second. */
    private static final TimeLimit[] WORKING_DAY_LIMITS = new TimeLimit[367];

    static {
        for (int n = 0; n < WORKING_DAY_LIMITS.length; n++) {
            WORKING_DAY_LIMITS[n] = TimeLimit.workingDays(n);
        }
    }

    private static TimeLimit workingDayLimit(int n) {
        return n < WORKING_DAY_LIMITS.length ? WORKING_DAY_LIMITS[n] : TimeLimit.workingDays(n);
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count of " + n + " is negative");
        }
    }

    @Override
    public String toString() {
        return "HolidayCalendar[years with data " + data.years().keySet() + ", " + exceptions.size()
                + " exceptions, from " + data.source() + "]";
    }
}

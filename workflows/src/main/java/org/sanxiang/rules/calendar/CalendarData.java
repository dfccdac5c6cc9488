package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of one calendar data file (the shipped {@code holidays-cn.json} or an
 * administrator's override), already validated by {@link CalendarDataReader}, and the merge of an
 * override over the shipped data.
 *
 * <p>Two kinds of entry:
 * <ul>
 *   <li>{@link YearData}: what a State Council notice says about a year. A year present here
 *       "has data": its deadlines are not provisional.</li>
 *   <li>{@link LocalDay}: a local adjustment (a local holiday, an extra working day). It changes one
 *       day but does not make its year "have data": a local day in 2027 does not stand in for the
 *       2027 notice.</li>
 * </ul>
 */
public final class CalendarData {

    /** What a State Council notice says about one year. Day maps are date → holiday name. */
    public record YearData(int year, List<HolidayNotice> notices, SortedMap<LocalDate, String> holidays,
            SortedMap<LocalDate, String> workingDays) {

        public YearData {
            notices = List.copyOf(notices);
            holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
            workingDays = Collections.unmodifiableSortedMap(new TreeMap<>(workingDays));
        }

        /** This year's data with {@code over}'s days and notices laid over it (over's days win). */
        YearData mergedWith(YearData over) {
            List<HolidayNotice> mergedNotices = new ArrayList<>(notices);
            for (HolidayNotice n : over.notices) {
                if (mergedNotices.stream().noneMatch(m -> m.number().equals(n.number()))) {
                    mergedNotices.add(n);
                }
            }
            TreeMap<LocalDate, String> h = new TreeMap<>(holidays);
            TreeMap<LocalDate, String> w = new TreeMap<>(workingDays);
            over.holidays.forEach((d, name) -> {
                w.remove(d);
                h.put(d, name);
            });
            over.workingDays.forEach((d, name) -> {
                h.remove(d);
                w.put(d, name);
            });
            return new YearData(year, mergedNotices, h, w);
        }
    }

    /** A local adjustment of one day: {@code working} true adds a working day, false a day off. */
    public record LocalDay(LocalDate date, boolean working, String reason) {
        public LocalDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static final CalendarData EMPTY = new CalendarData("(none)", Map.of(), List.of());

    private final String source;
    private final SortedMap<Integer, YearData> years;
    private final List<LocalDay> localDays;

    CalendarData(String source, Map<Integer, YearData> years, List<LocalDay> localDays) {
        this.source = source;
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
        this.localDays = List.copyOf(localDays);
    }

    /** No data at all: every year is counted on weekends alone. */
    public static CalendarData empty() {
        return EMPTY;
    }

    /** Where the data came from (file names, for messages). */
    public String source() {
        return source;
    }

    public SortedMap<Integer, YearData> years() {
        return years;
    }

    public List<LocalDay> localDays() {
        return localDays;
    }

    /**
     * This data with {@code override} merged over it: the override's years are added, or merged
     * into a year already here (the override's days win, its notices are added); its local days are
     * applied last and win over everything. Local days are checked against the merged notices: a
     * local working day must fall on a day that is otherwise off, a local day off on a day that is
     * otherwise worked; anything else has no effect and is refused as a likely mistake.
     *
     * @throws CalendarDataException naming the override's source and the local day at fault
     */
    public CalendarData mergedWith(CalendarData override) {
        Map<Integer, YearData> merged = new LinkedHashMap<>(years);
        override.years.forEach((year, data) -> merged.merge(year, data, YearData::mergedWith));
        List<LocalDay> locals = new ArrayList<>(localDays);
        locals.addAll(override.localDays);
        CalendarData result = new CalendarData(source + " + " + override.source, merged, locals);
        result.checkLocalDays(override);
        return result;
    }

    /** The national status of a day (from years only, before local days): true when worked. */
    boolean nationalStatus(LocalDate day) {
        for (YearData y : years.values()) {
            if (y.holidays.containsKey(day)) {
                return false;
            }
            if (y.workingDays.containsKey(day)) {
                return true;
            }
        }
        return day.getDayOfWeek().getValue() <= 5;
    }

    private void checkLocalDays(CalendarData override) {
        List<LocalDay> own = override.localDays;
        for (int i = 0; i < own.size(); i++) {
            LocalDay local = own.get(i);
            boolean otherwise = nationalStatus(local.date());
            if (otherwise == local.working()) {
                throw new CalendarDataException(override.source + ": localDays[" + i + "] " + local.date()
                        + " (" + local.date().getDayOfWeek() + ") is already "
                        + (otherwise ? "a working day" : "a day off")
                        + ", so \"working\": " + local.working() + " changes nothing");
            }
        }
    }

    @Override
    public String toString() {
        return "CalendarData[" + source + ", years " + years.keySet() + ", " + localDays.size() + " local days]";
    }
}

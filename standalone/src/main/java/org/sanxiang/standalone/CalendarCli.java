package org.sanxiang.standalone;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sanxiang.rules.calendar.CalendarData;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.calendar.HolidayNotice;
import org.sanxiang.rules.calendar.TimeLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code calendar}: working-day arithmetic and a year's calendar, on the shipped data plus overrides. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Working-day arithmetic (start day not counted) and a year's calendar.",
        subcommands = {CalendarCli.Add.class, CalendarCli.Between.class, CalendarCli.Year.class})
final class CalendarCli implements Callable<Integer> {

    @Option(names = "--override", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Holiday override file merged over the shipped data.")
    Path override;

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    HolidayCalendar calendar() {
        return new CalendarRepository(override).current();
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "The deadline N units after a start: calendar add 2026-09-24 7 → 2026-10-12.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        CalendarCli parent;

        @Parameters(index = "0", paramLabel = "START", description = "ISO date (or date-time for hours).")
        String start;

        @Parameters(index = "1", paramLabel = "N")
        int amount;

        @Option(names = "--unit", defaultValue = "working-days",
                description = "working-days (default), days, or hours.")
        String unit;

        @Override
        public Integer call() {
            TimeLimit limit = switch (unit) {
                case "working-days" -> TimeLimit.workingDays(amount);
                case "days" -> TimeLimit.calendarDays(amount);
                case "hours" -> TimeLimit.hours(amount);
                default -> throw new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(this), "--unit: '" + unit + "' is not working-days, days or hours");
            };
            LocalDateTime from = start.contains("T") ? LocalDateTime.parse(start) : LocalDate.parse(start).atStartOfDay();
            Deadline deadline = parent.calendar().deadline(from, limit);
            String due = limit.unit() == TimeLimit.Unit.HOURS ? deadline.dueAt().toString() : deadline.dueDate().toString();
            out().println(due + (deadline.provisional()
                    ? "  (provisional: no holiday data for a year it spans; counted on weekends alone)" : ""));
            return 0;
        }
    }

    @Command(name = "between", mixinStandardHelpOptions = true,
            description = "Working days after FROM up to and including TO.")
    static final class Between implements Callable<Integer> {
        @ParentCommand
        CalendarCli parent;

        @Parameters(index = "0", paramLabel = "FROM")
        LocalDate from;

        @Parameters(index = "1", paramLabel = "TO")
        LocalDate to;

        @Override
        public Integer call() {
            out().println(parent.calendar().workingDaysBetween(from, to));
            return 0;
        }
    }

    @Command(name = "year", mixinStandardHelpOptions = true,
            description = "A year's calendar: 休 statutory holiday, 班 make-up working day, with the notices.")
    static final class Year implements Callable<Integer> {
        @ParentCommand
        CalendarCli parent;

        @Parameters(index = "0", paramLabel = "YEAR")
        int year;

        @Override
        public Integer call() {
            HolidayCalendar calendar = parent.calendar();
            PrintStream out = out();
            if (!calendar.hasDataFor(year)) {
                out.println(year + ": no holiday data — deadlines in this year are provisional (weekends alone).");
            } else {
                for (HolidayNotice notice : calendar.notices(year)) {
                    out.println(year + ": " + notice);
                }
            }
            CalendarData.YearData data = calendar.data().years().get(year);
            for (int month = 1; month <= 12; month++) {
                printMonth(out, YearMonth.of(year, month), calendar, data);
            }
            return 0;
        }

        private static void printMonth(PrintStream out, YearMonth month, HolidayCalendar calendar,
                CalendarData.YearData data) {
            out.println();
            out.println(month + "   一  二  三  四  五  六  日");
            StringBuilder line = new StringBuilder("         ");
            line.append("    ".repeat(month.atDay(1).getDayOfWeek().getValue() - 1));
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                LocalDate date = month.atDay(day);
                line.append(String.format("%3d", day)).append(mark(date, calendar, data));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    out.println(line);
                    line = new StringBuilder("         ");
                }
            }
            if (line.toString().isBlank()) {
                return;
            }
            out.println(line);
        }

        private static String mark(LocalDate date, HolidayCalendar calendar, CalendarData.YearData data) {
            Map<LocalDate, String> holidays = data == null ? Map.of() : data.holidays();
            Map<LocalDate, String> workingDays = data == null ? Map.of() : data.workingDays();
            if (holidays.containsKey(date)) {
                return "休";
            }
            if (workingDays.containsKey(date)) {
                return "班";
            }
            return calendar.isWorkingDay(date) ? " " : "·";
        }
    }
}

package org.sanxiang.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.HolidayCalendar;

/**
 * Working-day additions per second on the shipped calendar: random start days 2019–2027 (so some
 * counts reach 2027, which has no data, and are provisional) and random counts 1–60, the range of
 * the regulations' limits. {@code dayByDay} is the naive loop, for comparison.
 *
 * <pre>mvn -B -ntp -pl workflows -am -Pbench test-compile exec:exec -Dbench=CalendarBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CalendarBenchmark {

    private static final int SIZE = 4096; // a power of two

    private final HolidayCalendar calendar = HolidayCalendar.shipped();
    private LocalDate[] starts;
    private LocalDate[] ends;
    private int[] counts;
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        starts = new LocalDate[SIZE];
        ends = new LocalDate[SIZE];
        counts = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            starts[k] = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(9 * 365));
            ends[k] = starts[k].plusDays(random.nextInt(120));
            counts[k] = 1 + random.nextInt(60);
        }
    }

    private int next() {
        return i = (i + 1) & (SIZE - 1);
    }

    /** The full API: a {@link Deadline} with its provisional flag. */
    @Benchmark
    public Deadline addWorkingDays() {
        int k = next();
        return calendar.addWorkingDays(starts[k], counts[k]);
    }

    /** The due date alone. */
    @Benchmark
    public LocalDate plusWorkingDays() {
        int k = next();
        return calendar.plusWorkingDays(starts[k], counts[k]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int k = next();
        return calendar.workingDaysBetween(starts[k], ends[k]);
    }

    /** The naive loop a calendar without precomputed counts would run. */
    @Benchmark
    public LocalDate dayByDay() {
        int k = next();
        LocalDate d = starts[k];
        for (int left = counts[k]; left > 0; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}

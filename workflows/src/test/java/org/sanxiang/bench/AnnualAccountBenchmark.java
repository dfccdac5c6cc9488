package org.sanxiang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.CaseRow;
import org.sanxiang.rules.report.DisclosureRow;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.OpinionRow;
import org.sanxiang.rules.report.StageAvRow;

/**
 * Counts a year of 10,000 and 100,000 generated cases (each with an opinion, a publication and two
 * AV stages) in a JVM limited to a 32 MiB heap: it completes only if counting holds constant memory.
 * The baseline generates the same rows and hands them to a blackhole, so the ratio is the cost of
 * counting alone. Prints the peak heap used after each iteration.
 *
 * <pre>mvn -B -ntp -pl workflows -am -Pbench test-compile exec:exec -Dbench='AnnualAccountBenchmark'</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx32m", "-Xms32m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class AnnualAccountBenchmark {

    private static final String[] ACTIONS = {"penalty", "licence", "coercive", "inspection", "confirmation", "reward", "levy"};
    private static final String[] OPINIONS = {"agree", "disagree", "change", "supplementMaterials"};
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Param({"10000", "100000"})
    public int cases;

    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Benchmark
    public List<Figure> count() {
        AnnualAccount account = new AnnualAccount(Year.of(2026));
        for (int i = 0; i < cases; i++) {
            String id = "case-" + i;
            LocalDate filed = START.plusDays(i % 365);
            account.add(new CaseRow(id, ACTIONS[i % ACTIONS.length], i % 2 == 0 ? "general" : "summary", filed,
                    filed.plusDays(30), BigDecimal.valueOf(1000 + i % 5000), i % 9 == 0, filed.plusDays(60), filed.plusDays(58)));
            account.add(new OpinionRow(id, OPINIONS[i % OPINIONS.length], filed.plusDays(20), filed.plusDays(21)));
            account.add(new DisclosureRow(id, "published", filed.plusDays(35), filed.plusDays(37), null, null, null));
            account.add(new StageAvRow(id, "investigation", true, filed.plusDays(3)));
            account.add(new StageAvRow(id, "service", i % 4 != 0, filed.plusDays(31)));
        }
        return account.figures();
    }

    @Benchmark
    public void generateOnly(Blackhole hole) {
        for (int i = 0; i < cases; i++) {
            String id = "case-" + i;
            LocalDate filed = START.plusDays(i % 365);
            hole.consume(new CaseRow(id, ACTIONS[i % ACTIONS.length], i % 2 == 0 ? "general" : "summary", filed,
                    filed.plusDays(30), BigDecimal.valueOf(1000 + i % 5000), i % 9 == 0, filed.plusDays(60), filed.plusDays(58)));
            hole.consume(new OpinionRow(id, OPINIONS[i % OPINIONS.length], filed.plusDays(20), filed.plusDays(21)));
            hole.consume(new DisclosureRow(id, "published", filed.plusDays(35), filed.plusDays(37), null, null, null));
            hole.consume(new StageAvRow(id, "investigation", true, filed.plusDays(3)));
            hole.consume(new StageAvRow(id, "service", i % 4 != 0, filed.plusDays(31)));
        }
    }

    @TearDown(Level.Iteration)
    public void reportPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%n  peak heap %.1f MiB (cases=%d)%n", peak / 1048576.0, cases);
    }
}

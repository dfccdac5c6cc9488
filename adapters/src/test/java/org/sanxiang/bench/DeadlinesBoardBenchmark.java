package org.sanxiang.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanxiang.repo.webscripts.DeadlinesBoard;
import org.sanxiang.repo.webscripts.FolderDeadlines;

/**
 * The deadlines web script's own work per request (GET /sanxiang/deadlines, what the Share dashlet
 * asks on every dashboard view): parse every running-deadline entry of the candidate case folders,
 * keep those due within 30 days, sort, keep 50. {@code cases} = the number of candidate case folders
 * the search returned (the web script reads at most 1000), 4 deadlines each, dates spread over ±60 days.
 * Alfresco's search and property reads come on top and are not measured here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DeadlinesBoardBenchmark {

    @Param({"100", "1000"})
    int cases;

    private final DeadlinesBoard board = new DeadlinesBoard(ZoneId.of("Asia/Shanghai"));
    private final Instant now = Instant.parse("2027-05-06T02:00:00Z");
    private final DeadlinesBoard.Query query = DeadlinesBoard.Query.of(null, "30", "50");
    private List<FolderDeadlines> input;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        String[] kinds = {"legalReview", "disclosure", "archiving", "avStorage"};
        input = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            List<String> entries = new ArrayList<>();
            for (String kind : kinds) {
                LocalDate due = LocalDate.of(2027, 5, 6).plusDays(random.nextInt(-60, 61));
                entries.add(kind + "|" + due + "|chongqing-2024 法制审核 第十一条");
            }
            input.add(new FolderDeadlines("workspace://SpacesStore/case-" + i, "渝人社罚〔2027〕" + i + "号", "案件" + i,
                    "zhifa", entries, false));
        }
    }

    @Benchmark
    public Map<String, Object> model() {
        return board.model(input, query, now);
    }
}

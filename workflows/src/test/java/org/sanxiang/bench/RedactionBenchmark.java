package org.sanxiang.bench;

import java.util.List;
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
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.rules.redaction.RedactionResult;
import org.sanxiang.rules.redaction.Redactor;

/**
 * Redaction throughput on Chinese text (wuhan-2020 公示 第九条). One operation redacts a 1 Mi-char
 * corpus; MB/s = ops/s × the corpus's UTF-8 size, printed at setup. {@code decisions}: penalty
 * decisions, about 15 hidden spans each; {@code prose}: enforcement prose with nothing to hide.
 *
 * <pre>mvn -B -ntp -pl workflows -am -Pbench test-compile exec:exec -Dbench=RedactionBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class RedactionBenchmark {

    static final int CHARS = 1 << 20;

    private final Redactor redactor = new Redactor(new CaseIndividuals(
            List.of(RedactionCorpus.NAME, "李小龙"), List.of(RedactionCorpus.ADDRESS)));
    private String decisions;
    private String prose;

    @Setup
    public void setUp() {
        decisions = RedactionCorpus.decisions(CHARS);
        prose = RedactionCorpus.prose(CHARS);
        RedactionResult r = redactor.redact(decisions);
        System.out.printf("%ncorpus decisions: %d chars, %d UTF-8 bytes, %d spans; prose: %d chars, %d UTF-8 bytes%n",
                decisions.length(), RedactionCorpus.utf8Bytes(decisions), r.spans().size(),
                prose.length(), RedactionCorpus.utf8Bytes(prose));
    }

    @Benchmark
    public RedactionResult decisions() {
        return redactor.redact(decisions);
    }

    @Benchmark
    public RedactionResult prose() {
        return redactor.redact(prose);
    }
}

package org.sanxiang.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.disclosure.WeekdaysOnlyCalendarDouble;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.Secrets;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordDeadlines;

/**
 * Disclosure decisions and archiving deadlines per second, as the {@code evaluate} command makes
 * them for each case (deciders built once per profile). Uses the weekday calendar test double, so
 * it measures the rules, not the holiday calendar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
public class DisclosureRecordBenchmark {

    private DisclosureDecider[] deciders;
    private RecordDeadlines[] records;
    private CaseFacts[] cases;

    @Setup
    public void setUp() {
        ProfileRegistry profiles = ProfileRegistry.shipped();
        WeekdaysOnlyCalendarDouble calendar = new WeekdaysOnlyCalendarDouble();
        int n = ProfileRegistry.SHIPPED.size();
        deciders = new DisclosureDecider[n];
        records = new RecordDeadlines[n];
        cases = new CaseFacts[n * ActionCategory.values().length];
        for (int p = 0; p < n; p++) {
            String id = ProfileRegistry.SHIPPED.get(p);
            deciders[p] = new DisclosureDecider(profiles.get(id), calendar);
            records[p] = new RecordDeadlines(profiles.get(id), calendar);
            for (ActionCategory action : ActionCategory.values()) {
                LocalDate decided = LocalDate.of(2025, 3, 3).plusDays(action.ordinal());
                cases[p * ActionCategory.values().length + action.ordinal()] = CaseFacts.builder("b", id)
                        .action(action).party(Party.organisation())
                        .secrets(new Secrets(false, action.ordinal() % 3 == 0, false))
                        .dates(new CaseDates(null, null, decided, null, decided.plusDays(20), decided.plusDays(5),
                                null, decided.plusDays(10), null))
                        .build();
            }
        }
    }

    /** One case: disclosure decision (exclusions, due, display period, withdrawal, correction) and archive due. */
    @Benchmark
    @OperationsPerInvocation(35)
    public void decideAllCases(Blackhole hole) {
        int perProfile = ActionCategory.values().length;
        for (int i = 0; i < cases.length; i++) {
            int p = i / perProfile;
            hole.consume(deciders[p].decide(cases[i], false));
            hole.consume(records[p].archiveDue(cases[i]));
        }
    }
}

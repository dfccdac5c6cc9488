package org.sanxiang.bench;

import java.math.BigDecimal;
import java.util.HashMap;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.MajorDecisionClassifier;

/**
 * Cases classified per second: for each of 4096 random cases over the four profiles that cover
 * legal review, the major-decision classification and the review requirement (one operation = one
 * case). {@code classifyWithLookup} also looks the profile's classifier up by id, as the
 * {@code evaluate} command does per line.
 *
 * <pre>mvn -B -ntp -pl workflows -am -Pbench test-compile exec:exec -Dbench=ClassificationBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ClassificationBenchmark {

    private static final int SIZE = 4096; // a power of two
    private static final List<String> PROFILES = List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019");

    private final Map<String, MajorDecisionClassifier> byId = new HashMap<>();
    private CaseFacts[] cases;
    private MajorDecisionClassifier[] classifiers;
    private int i;

    @Setup
    public void setUp() {
        ProfileRegistry registry = ProfileRegistry.shipped();
        for (String id : PROFILES) {
            byId.put(id, MajorDecisionClassifier.of(registry, id));
        }
        SplittableRandom random = new SplittableRandom(42);
        cases = new CaseFacts[SIZE];
        classifiers = new MajorDecisionClassifier[SIZE];
        ActionCategory[] actions = ActionCategory.values();
        Measure[] measures = Measure.values();
        for (int k = 0; k < SIZE; k++) {
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            CaseFacts.Builder b = CaseFacts.builder("b" + k, profile)
                    .action(random.nextInt(3) == 0 ? actions[random.nextInt(actions.length)] : ActionCategory.PENALTY)
                    .procedure(random.nextBoolean() ? Procedure.GENERAL : Procedure.SUMMARY)
                    .party(new Party(random.nextBoolean() ? PartyKind.INDIVIDUAL : PartyKind.ORGANISATION, false,
                            random.nextInt(20) == 0))
                    .fine(random.nextInt(120_000))
                    .fineMaximum(random.nextBoolean() ? BigDecimal.valueOf(50_000 + random.nextInt(150_000)) : null)
                    .workersAffected(random.nextBoolean() ? random.nextInt(80) : null)
                    .amountInvolved(BigDecimal.valueOf(random.nextInt(1_000_000)))
                    .hearing(random.nextInt(10) == 0)
                    .complex(random.nextInt(10) == 0)
                    .publicInterest(random.nextInt(20) == 0)
                    .criminalReferral(random.nextInt(30) == 0);
            if (random.nextInt(8) == 0) {
                b.measure(measures[random.nextInt(measures.length)]);
            }
            cases[k] = b.build();
            classifiers[k] = byId.get(profile);
        }
    }

    @Benchmark
    public void classify(Blackhole hole) {
        int k = i++ & (SIZE - 1);
        MajorDecisionClassifier classifier = classifiers[k];
        MajorDecision major = classifier.classify(cases[k]);
        hole.consume(classifier.reviewRequirement(cases[k], major));
    }

    @Benchmark
    public void classifyWithLookup(Blackhole hole) {
        CaseFacts facts = cases[i++ & (SIZE - 1)];
        MajorDecisionClassifier classifier = byId.get(facts.profile());
        MajorDecision major = classifier.classify(facts);
        hole.consume(classifier.reviewRequirement(facts, major));
    }
}

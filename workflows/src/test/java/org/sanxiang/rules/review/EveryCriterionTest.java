package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;

/**
 * For every criterion of every shipped profile, built from the data alone: the smallest case that
 * meets it is classified with that reason and article, and a case one step below any of its
 * bounds is not (so a threshold is exactly where the document puts it, 以上 included).
 * Complements the per-article tests, which state the documents' numbers independently.
 */
class EveryCriterionTest {

    static Stream<Arguments> criteria() {
        List<Arguments> all = new ArrayList<>();
        for (String profile : List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019")) {
            LegalReviewRules rules = ReviewTesting.classifier(profile).rules();
            for (var group : List.of(Map.entry("majorCriteria", rules.majorCriteria()),
                    Map.entry("reviewRequired", rules.reviewRequired()))) {
                group.getValue().forEach((id, c) -> {
                    if (!c.isManual()) {
                        all.add(Arguments.of(profile + " " + c.citation() + " [" + id + "]", profile, group.getKey(), id, c));
                    }
                });
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteria")
    void theSmallestCaseMeetingACriterionIsCitedWithItsArticle(String name, String profile, String group,
            String id, Criterion c) {
        Reason expected = Reason.of(id, Citation.of(profile, c.citation()));
        assertTrue(reasons(profile, group, witness(profile, c, null)).contains(expected), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteria")
    void oneStepBelowAnyBoundTheCriterionDoesNotApply(String name, String profile, String group, String id, Criterion c) {
        for (String bound : List.of("fine", "fineShareOfMaximum", "fineMultiple", "workersAffected",
                "partiesAffected", "amountInvolved", "legalRelations")) {
            if (bound(c, bound) != null) {
                List<Reason> reasons = reasons(profile, group, witness(profile, c, bound));
                assertFalse(reasons.stream().anyMatch(r -> r.rule().equals(id)), name + " below " + bound);
            }
        }
    }

    private static List<Reason> reasons(String profile, String group, CaseFacts facts) {
        MajorDecisionClassifier classifier = ReviewTesting.classifier(profile);
        return group.equals("majorCriteria") ? classifier.classify(facts).reasons()
                : classifier.reviewRequirement(facts).reasons();
    }

    /** The smallest case meeting {@code c}; with {@code below} set, that bound is missed by one step. */
    private static CaseFacts witness(String profile, Criterion c, String below) {
        CaseFacts.Builder b = CaseFacts.builder("w", profile)
                .action(c.actions().isEmpty() ? ActionCategory.PENALTY : ActionCategory.fromCode(c.actions().get(0)))
                .procedure(c.procedure() == null ? null : Procedure.fromCode(c.procedure()));
        PartyKind kind = c.partyKind() == null ? PartyKind.ORGANISATION : PartyKind.fromCode(c.partyKind());
        b.party(new Party(kind, c.facts().contains("minor"), c.facts().contains("foreignInvested")));
        for (String fact : c.facts()) {
            FLAGS.getOrDefault(fact, (x, y) -> { }).accept(b, true);
        }
        if (!c.measures().isEmpty()) {
            b.measure(Measure.fromCode(c.measures().get(0)));
        }
        if (!c.licenceTypes().isEmpty()) {
            b.licenceType(LicenceType.fromCode(c.licenceTypes().get(0)));
        }
        BigDecimal relations = at(c.legalRelations(), "legalRelations".equals(below));
        b.legalRelations(relations == null ? null : relations.intValueExact());
        BigDecimal fine = at(c.fine(), "fine".equals(below));
        if (c.fineShareOfMaximum() != null) {
            BigDecimal f = fine != null ? fine : BigDecimal.valueOf(10_000);
            // fine / maximum meets the share exactly, or misses it by a hair
            BigDecimal share = at(c.fineShareOfMaximum(), false);
            BigDecimal maximum = f.divide(share, 10, java.math.RoundingMode.DOWN);
            if ("fineShareOfMaximum".equals(below)) {
                maximum = f.divide(share.subtract(new BigDecimal("0.0001")), 10, java.math.RoundingMode.UP);
            }
            b.fineMaximum(maximum);
            fine = f;
        }
        b.fine(fine);
        b.fineMultiple(at(c.fineMultiple(), "fineMultiple".equals(below)));
        BigDecimal workers = at(c.workersAffected(), "workersAffected".equals(below));
        b.workersAffected(workers == null ? null : workers.intValueExact());
        BigDecimal parties = at(c.partiesAffected(), "partiesAffected".equals(below));
        b.partiesAffected(parties == null ? null : parties.intValueExact());
        b.amountInvolved(at(c.amountInvolved(), "amountInvolved".equals(below)));
        return b.build();
    }

    /** The least value meeting a bound (integers step by 1, fractions by 0.1); one step less if below. */
    private static BigDecimal at(Bound bound, boolean below) {
        if (bound == null) {
            return null;
        }
        BigDecimal step = (bound.atLeast() != null ? bound.atLeast() : bound.greaterThan()).scale() > 0
                ? new BigDecimal("0.1") : BigDecimal.ONE;
        BigDecimal least = bound.atLeast() != null ? bound.atLeast() : bound.greaterThan().add(step);
        return below ? least.subtract(step) : least;
    }

    private static Bound bound(Criterion c, String name) {
        return switch (name) {
            case "fine" -> c.fine();
            case "fineShareOfMaximum" -> c.fineShareOfMaximum();
            case "fineMultiple" -> c.fineMultiple();
            case "workersAffected" -> c.workersAffected();
            case "partiesAffected" -> c.partiesAffected();
            case "legalRelations" -> c.legalRelations();
            default -> c.amountInvolved();
        };
    }

    private static final Map<String, BiConsumer<CaseFacts.Builder, Boolean>> FLAGS = Map.of(
            "hearing", CaseFacts.Builder::hearing,
            "legalRelations", CaseFacts.Builder::legalRelations,
            "complex", CaseFacts.Builder::complex,
            "publicInterest", CaseFacts.Builder::publicInterest,
            "majorRights", CaseFacts.Builder::majorRights,
            "circumstancesConflict", CaseFacts.Builder::circumstancesConflict,
            "collectiveDiscussion", CaseFacts.Builder::collectiveDiscussion,
            "criminalReferral", CaseFacts.Builder::criminalReferral,
            "finePerWorker", CaseFacts.Builder::finePerWorker);
}

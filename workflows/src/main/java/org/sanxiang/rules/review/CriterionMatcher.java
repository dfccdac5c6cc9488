package org.sanxiang.rules.review;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;

/** A {@link Criterion} with its codes resolved once, so matching a case is cheap. */
final class CriterionMatcher {

    private final String id;
    private final Criterion criterion;
    private final Reason reason;
    private final Set<ActionCategory> actions;
    private final Procedure procedure;
    private final PartyKind partyKind;
    private final Fact[] facts;
    private final Set<Measure> measures;
    private final Set<LicenceType> licenceTypes;

    /** @throws IllegalArgumentException naming the field (relative to the criterion) */
    CriterionMatcher(String id, Criterion criterion, String citationProfile) {
        this.id = id;
        this.criterion = criterion;
        if (criterion.citation() == null || criterion.citation().isBlank()) {
            throw new IllegalArgumentException("citation: is required");
        }
        if (criterion.label() == null || !criterion.label().isComplete()) {
            throw new IllegalArgumentException("label: needs zh_CN and en");
        }
        if (criterion.isManual() && criterion.hasConditions()) {
            // an "actions" scope is allowed: it says which decisions the officer looks at
            if (criterion.procedure() != null || criterion.partyKind() != null || !criterion.facts().isEmpty()
                    || !criterion.measures().isEmpty() || !criterion.licenceTypes().isEmpty()
                    || criterion.legalRelations() != null || criterion.fine() != null
                    || criterion.fineShareOfMaximum() != null || criterion.fineMultiple() != null
                    || criterion.workersAffected() != null || criterion.partiesAffected() != null
                    || criterion.amountInvolved() != null) {
                throw new IllegalArgumentException("manual: a manual ground has no conditions besides 'actions'");
            }
        }
        if (!criterion.isManual() && !criterion.hasConditions()) {
            throw new IllegalArgumentException("manual: a criterion needs at least one condition, or \"manual\": true");
        }
        this.reason = Reason.of(id, Citation.of(
                criterion.profile() != null ? criterion.profile() : citationProfile, criterion.citation()));
        this.actions = EnumSet.noneOf(ActionCategory.class);
        for (int i = 0; i < criterion.actions().size(); i++) {
            String action = criterion.actions().get(i);
            actions.add(code("actions[" + i + "]", () -> ActionCategory.fromCode(action)));
        }
        this.procedure = criterion.procedure() == null ? null
                : code("procedure", () -> Procedure.fromCode(criterion.procedure()));
        this.partyKind = criterion.partyKind() == null ? null
                : code("partyKind", () -> PartyKind.fromCode(criterion.partyKind()));
        this.facts = new Fact[criterion.facts().size()];
        for (int i = 0; i < facts.length; i++) {
            String fact = criterion.facts().get(i);
            facts[i] = code("facts[" + i + "]", () -> Fact.fromCode(fact));
        }
        this.measures = EnumSet.noneOf(Measure.class);
        for (int i = 0; i < criterion.measures().size(); i++) {
            String measure = criterion.measures().get(i);
            measures.add(code("measures[" + i + "]", () -> Measure.fromCode(measure)));
        }
        this.licenceTypes = EnumSet.noneOf(LicenceType.class);
        for (int i = 0; i < criterion.licenceTypes().size(); i++) {
            String type = criterion.licenceTypes().get(i);
            licenceTypes.add(code("licenceTypes[" + i + "]", () -> LicenceType.fromCode(type)));
        }
        checkBound("legalRelations", criterion.legalRelations());
        checkBound("fine", criterion.fine());
        checkBound("fineShareOfMaximum", criterion.fineShareOfMaximum());
        checkBound("fineMultiple", criterion.fineMultiple());
        checkBound("workersAffected", criterion.workersAffected());
        checkBound("partiesAffected", criterion.partiesAffected());
        checkBound("amountInvolved", criterion.amountInvolved());
    }

    String id() {
        return id;
    }

    Criterion criterion() {
        return criterion;
    }

    Reason reason() {
        return reason;
    }

    /** The criterion depends on the party's kind (a missing kind may leave it undetermined). */
    boolean usesPartyKind() {
        return partyKind != null;
    }

    /** The criterion depends on the licence type. */
    boolean usesLicenceType() {
        return !licenceTypes.isEmpty();
    }

    boolean matches(CaseFacts f) {
        return matches(f, f.partyKind(), f.licenceType());
    }

    /**
     * Matches with the party kind and licence type given (the case's own, or a value assumed for a
     * fact the case does not state; null never satisfies a condition on it).
     */
    boolean matches(CaseFacts f, PartyKind kind, LicenceType licenceType) {
        if (criterion.isManual()) {
            return false;
        }
        if (!actions.isEmpty() && (f.action() == null || !actions.contains(f.action()))) {
            return false;
        }
        if (procedure != null && f.procedure() != procedure) {
            return false;
        }
        if (partyKind != null && kind != partyKind) {
            return false;
        }
        if (!licenceTypes.isEmpty() && (licenceType == null || !licenceTypes.contains(licenceType))) {
            return false;
        }
        if (criterion.legalRelations() != null && !criterion.legalRelations().test(f.legalRelationCount())) {
            return false;
        }
        for (Fact fact : facts) {
            if (!fact.holds(f)) {
                return false;
            }
        }
        if (!measures.isEmpty() && !anyMeasure(f)) {
            return false;
        }
        return within(criterion.fine(), f.fine())
                && (criterion.fineShareOfMaximum() == null
                        || criterion.fineShareOfMaximum().testShare(f.fine(), f.fineMaximum()))
                && within(criterion.fineMultiple(), f.fineMultiple())
                && (criterion.workersAffected() == null || criterion.workersAffected().test(f.workersAffected()))
                && (criterion.partiesAffected() == null || criterion.partiesAffected().test(f.partiesAffected()))
                && within(criterion.amountInvolved(), f.amountInvolved());
    }

    private boolean anyMeasure(CaseFacts f) {
        for (Measure measure : f.measures()) {
            if (measures.contains(measure)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Bound bound, BigDecimal value) {
        return bound == null || bound.test(value);
    }

    private static void checkBound(String field, Bound bound) {
        if (bound != null && bound.problem() != null) {
            throw new IllegalArgumentException(field + ": " + bound.problem());
        }
    }

    private static <T> T code(String field, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            // Codes.fromCode names the case-facts field ("action: 'x' is not ..."): keep only the reason
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            String why = message.startsWith("'") || colon < 0 ? message : message.substring(colon + 2);
            throw new IllegalArgumentException(field + ": " + why);
        }
    }
}

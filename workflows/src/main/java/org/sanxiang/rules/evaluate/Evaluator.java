package org.sanxiang.rules.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.rules.record.StageCatalogue;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.LegalReviewTimeline;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.MajorDecisionClassifier;
import org.sanxiang.rules.review.ReviewRequirement;
import org.sanxiang.rules.review.ReviewSchedule;

/**
 * Applies all the rules of a case's jurisdiction profile to its facts. Thread-safe; the rules of
 * each profile are bound once, on first use.
 */
public final class Evaluator {

    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final Map<String, ProfileRules> rules = new ConcurrentHashMap<>();

    public Evaluator(ProfileRegistry profiles, WorkingDayCalendar calendar) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @throws InvalidInputException when the case names an unknown profile, a matter its catalogue does
     *                               not list, or a disclosure kind its profile does not have
     */
    public Evaluation evaluate(CaseFacts facts) {
        ProfileRules profile = rulesOf(facts.profile());
        MatterCatalogue.Matter matter = null;
        if (facts.matter() != null) {
            matter = checked("matter", () -> profile.catalogue().require(facts.matter(), facts.action()));
        }
        if (!facts.disclosures().isEmpty()) {
            if (!profile.disclosure().covers()) {
                throw new InvalidInputException("disclosures", profile.disclosure().notCovered()
                        .map(c -> c.reason()).orElse(facts.profile() + " does not regulate disclosure"));
            }
            checked("disclosures", () -> profile.disclosure().kindsOf(facts));
        }
        MajorDecision major = profile.classifier().classify(facts);
        ReviewRequirement requirement = profile.classifier().reviewRequirement(facts, major);
        ReviewSchedule review = requirement.required()
                ? profile.timeline().schedule(facts.dates(), profile.citationProfile()) : ReviewSchedule.NONE;
        StagePlan plan = facts.action() == null ? null : profile.stages().stagesFor(facts.action(),
                facts.procedure() == null ? Procedure.GENERAL : facts.procedure());
        return new Evaluation(facts, major, requirement, review,
                profile.disclosure().decide(facts, major.value()),
                profile.record().archiveDue(facts), plan,
                profile.record().annualHandOverDue(facts.dates().closed()).orElse(null),
                matter, profile.catalogue().required());
    }

    private static <T> T checked(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String prefix = field + ": ";
            throw new InvalidInputException(field, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
    }

    private ProfileRules rulesOf(String profileId) {
        if (!profiles.contains(profileId)) {
            throw new InvalidInputException("profile", "unknown jurisdiction profile '" + profileId + "'");
        }
        return rules.computeIfAbsent(profileId, id -> {
            JurisdictionProfile profile = profiles.get(id);
            return new ProfileRules(MajorDecisionClassifier.of(profiles, id),
                    LegalReviewTimeline.of(profiles, id, calendar),
                    LegalReviewRules.citationProfile(profiles, id),
                    new DisclosureDecider(profile, calendar),
                    new RecordDeadlines(profile, calendar),
                    StageCatalogue.of(profile),
                    MatterCatalogue.of(profile));
        });
    }

    private record ProfileRules(MajorDecisionClassifier classifier, LegalReviewTimeline timeline, String citationProfile,
            DisclosureDecider disclosure, RecordDeadlines record, StageCatalogue stages, MatterCatalogue catalogue) {
    }

    /** The profiles this evaluator reads (for callers listing them). */
    public List<String> profileIds() {
        return profiles.all().stream().map(JurisdictionProfile::id).toList();
    }
}

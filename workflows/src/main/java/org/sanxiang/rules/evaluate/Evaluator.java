package org.sanxiang.rules.evaluate;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordDeadlines;
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
     * @throws InvalidInputException when the case names an unknown profile
     */
    public Evaluation evaluate(CaseFacts facts) {
        ProfileRules profile = rulesOf(facts.profile());
        MajorDecision major = profile.classifier().classify(facts);
        ReviewRequirement requirement = profile.classifier().reviewRequirement(facts, major);
        ReviewSchedule review = requirement.required()
                ? profile.timeline().schedule(facts.dates()) : ReviewSchedule.NONE;
        return new Evaluation(facts, major, requirement, review,
                profile.disclosure().decide(facts, major.value()),
                profile.record().archiveDue(facts));
    }

    private ProfileRules rulesOf(String profileId) {
        if (!profiles.contains(profileId)) {
            throw new InvalidInputException("profile", "unknown jurisdiction profile '" + profileId + "'");
        }
        return rules.computeIfAbsent(profileId, id -> {
            JurisdictionProfile profile = profiles.get(id);
            return new ProfileRules(MajorDecisionClassifier.of(profiles, id),
                    LegalReviewTimeline.of(profiles, id, calendar),
                    new DisclosureDecider(profile, calendar),
                    new RecordDeadlines(profile, calendar));
        });
    }

    private record ProfileRules(MajorDecisionClassifier classifier, LegalReviewTimeline timeline,
            DisclosureDecider disclosure, RecordDeadlines record) {
    }
}

package org.sanxiang.workflow.disclosure;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.disclosure.FullTextRedactionPolicy;
import org.sanxiang.rules.disclosure.SummaryBuilder;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;

/** The disclosure rules of each profile, built once per profile and shared by the delegates. */
public final class DisclosureRulebook {

    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final Map<String, DisclosureDecider> deciders = new ConcurrentHashMap<>();
    private final Map<String, SummaryBuilder> summaries = new ConcurrentHashMap<>();
    private final Map<String, FullTextRedactionPolicy> policies = new ConcurrentHashMap<>();

    public DisclosureRulebook(ProfileRegistry profiles, WorkingDayCalendar calendar) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The decider of the profile; fails naming the profile when its documents do not cover disclosure. */
    public DisclosureDecider decider(String profileId) {
        DisclosureDecider decider = deciders.computeIfAbsent(profileId, id -> new DisclosureDecider(profile(id), calendar));
        if (!decider.covers()) {
            throw new IllegalStateException("profile " + profileId + ": disclosure (公示) is not covered by this profile: "
                    + decider.notCovered().map(c -> c.reason()).orElse(profileId + " does not regulate disclosure")
                    + "; no sxDisclosure for its cases");
        }
        return decider;
    }

    /** The decider even where the profile does not cover disclosure: it says so ({@link DisclosureDecider#notCovered()}). */
    public DisclosureDecider anyDecider(String profileId) {
        return deciders.computeIfAbsent(profileId, id -> new DisclosureDecider(profile(id), calendar));
    }

    public SummaryBuilder summaries(String profileId) {
        return summaries.computeIfAbsent(profileId, id -> new SummaryBuilder(profile(id)));
    }

    public FullTextRedactionPolicy redactionPolicy(String profileId) {
        return policies.computeIfAbsent(profileId, id -> FullTextRedactionPolicy.of(profile(id)));
    }

    private JurisdictionProfile profile(String id) {
        return profiles.get(id);
    }
}

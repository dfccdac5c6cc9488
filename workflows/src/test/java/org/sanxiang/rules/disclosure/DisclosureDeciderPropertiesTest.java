package org.sanxiang.rules.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Secrets;
import org.sanxiang.rules.profile.ProfileRegistry;

/** Properties of the exclusion decision that hold for every profile and every combination of grounds. */
class DisclosureDeciderPropertiesTest {

    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();
    static final WeekdaysOnlyCalendarDouble CALENDAR = new WeekdaysOnlyCalendarDouble();
    static final java.util.Map<String, DisclosureDecider> DECIDERS = new java.util.concurrent.ConcurrentHashMap<>();

    static DisclosureDecider decider(String profile) {
        return DECIDERS.computeIfAbsent(profile, id -> new DisclosureDecider(PROFILES.get(id), CALENDAR));
    }

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.of(ProfileRegistry.SHIPPED);
    }

    @Provide
    Arbitrary<Set<ExclusionReason>> grounds() {
        return Arbitraries.of(ExclusionReason.class).set();
    }

    @Property(tries = 300)
    @Label("exclusions are exactly the grounds the case shows that the profile lists (Chongqing 公示 第十二条, "
            + "Wuhan 公示 第十条, Ningxia 附件1 第七条, Tianjin 三（一）3（1）), and only 'withhold' ones stop disclosure")
    void exclusionsMatchTheListedGrounds(@ForAll("profiles") String profile, @ForAll("grounds") Set<ExclusionReason> shown,
            @ForAll @IntRange(min = 0, max = 3000) int dayOffset) {
        DisclosureDecider decider = decider(profile);
        CaseFacts facts = facts(profile, shown, LocalDate.of(2019, 1, 1).plusDays(dayOffset));
        DisclosureDecision decision = decider.decide(facts, false);

        Set<ExclusionReason> listed = decider.listedExclusions().stream().map(Exclusion::reason)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<ExclusionReason> expected = shown.stream().filter(listed::contains).collect(Collectors.toSet());
        assertEquals(expected, decision.exclusions().stream().map(Exclusion::reason).collect(Collectors.toSet()));

        boolean withheld = decision.exclusions().stream().anyMatch(Exclusion::withholds);
        assertEquals(decision.covered() && !withheld, decision.disclose());
        decision.exclusions().forEach(e -> assertEquals(profile, e.citation().profile()));
    }

    private static CaseFacts facts(String profile, Set<ExclusionReason> shown, LocalDate decided) {
        return CaseFacts.builder("p", profile).action(ActionCategory.PENALTY)
                .party(new Party(shown.contains(ExclusionReason.MINOR) ? PartyKind.INDIVIDUAL : PartyKind.ORGANISATION,
                        shown.contains(ExclusionReason.MINOR), false))
                .secrets(new Secrets(shown.contains(ExclusionReason.STATE_SECRET),
                        shown.contains(ExclusionReason.COMMERCIAL_SECRET), shown.contains(ExclusionReason.PRIVACY)))
                .securityRisk(shown.contains(ExclusionReason.SECURITY))
                .affectsInvestigation(shown.contains(ExclusionReason.INVESTIGATION))
                .criminalReferral(shown.contains(ExclusionReason.CRIMINAL_REFERRAL))
                .dates(Cases.decided(decided))
                .build();
    }

    @Property(tries = 200)
    @Label("a 'promptly' (及时) limit never yields a date, whatever the start (Wuhan 公示 第九条第三款, Tianjin 三（一）3（2）)")
    void promptlyNeverYieldsADate(@ForAll @IntRange(min = 0, max = 3000) int dayOffset) {
        for (String profile : List.of("wuhan-2020", "tianjin-2019")) {
            DisclosureDecider decider = decider(profile);
            CaseFacts facts = Cases.of(profile, ActionCategory.PENALTY)
                    .dates(Cases.dates().revoked(LocalDate.of(2019, 1, 1).plusDays(dayOffset)).build()).build();
            assertEquals(null, decider.withdrawalDue(facts).dateOrNull());
        }
    }
}

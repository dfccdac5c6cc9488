package org.sanxiang.rules.objection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;

/**
 * How a profile handles an objection to published enforcement information, from its top-level
 * section {@code objection}:
 *
 * <ul>
 * <li>chongqing-2024 公示 第十三条第二款: an objection that a published decision infringes rights or is
 *     unlawful or inappropriate is checked by the deciding organ's enforcement unit together with the
 *     legal office, promptly (及时: no count), handled according to law, and the result told to the
 *     objector;</li>
 * <li>wuhan-2020 公示 第十二条: the responsible enforcement unit studies and handles it promptly and
 *     feeds the result back; a correction refused is explained (no legal office named);</li>
 * <li>ningxia-2019 附件1 公示办法 第十四条: a correction suggestion is handled within 10 working days of
 *     its receipt and the result told (第十六条: the remedies are told);</li>
 * <li>tianjin-2019 and fushun-2026 set no objection procedure: {@link #notCovered()} says so.</li>
 * </ul>
 *
 * @param citation   the article
 * @param handledBy  who checks: {@code enforcement-unit}, {@code legal-office}
 * @param limit      the limit counted from the objection's receipt: {@code workingDays} or {@code promptly}
 * @param informObjector the objector is told the result
 * @param zhCN       the article's words, shortened
 * @param en         the same in English
 * @param notCovered why the profile has no objection procedure (then every other field is empty)
 */
public record ObjectionRules(String citation, List<String> handledBy, Limit limit, Boolean informObjector,
        @JsonProperty("zh_CN") String zhCN, String en, String notCovered) {

    /** The profile section. */
    public static final String SECTION = "objection";
    public static final String ENFORCEMENT_UNIT = "enforcement-unit";
    public static final String LEGAL_OFFICE = "legal-office";
    private static final Set<String> HANDLERS = Set.of(ENFORCEMENT_UNIT, LEGAL_OFFICE);

    /** {@code workingDays} or {@code "promptly": true} (及时, never a day count), with its article. */
    public record Limit(Integer workingDays, Boolean promptly, String citation, String note) {
    }

    public ObjectionRules {
        handledBy = handledBy == null ? List.of() : List.copyOf(handledBy);
    }

    /**
     * The profile's objection rules. A profile whose section is missing is "not covered", naming the
     * profile: nothing is invented for it.
     */
    public static ObjectionRules of(JurisdictionProfile profile) {
        if (!profile.covers(SECTION)) {
            return new ObjectionRules(null, List.of(), null, null, null, null,
                    profile.id() + ": 未规定对公示信息的异议处理 / no objection procedure in this profile");
        }
        ObjectionRules rules = profile.bind(SECTION, ObjectionRules.class);
        List<String> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new ProfileException(profile.source() + ": section '" + SECTION + "' of profile '" + profile.id()
                    + "': " + String.join("; ", problems));
        }
        return rules;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (notCovered != null) {
            if (citation != null || !handledBy.isEmpty() || limit != null) {
                problems.add("notCovered: no other field goes with it");
            }
            return problems;
        }
        if (citation == null || citation.isBlank()) {
            problems.add("citation: required");
        }
        if (handledBy.isEmpty() || !HANDLERS.containsAll(handledBy)) {
            problems.add("handledBy: one or more of " + HANDLERS + ", was " + handledBy);
        }
        if (limit != null && ((limit.workingDays() == null) == !Boolean.TRUE.equals(limit.promptly()))) {
            problems.add("limit: exactly one of workingDays or promptly");
        }
        if (limit != null && limit.workingDays() != null && limit.workingDays() <= 0) {
            problems.add("limit.workingDays: positive");
        }
        if (limit != null && (limit.citation() == null || limit.citation().isBlank())) {
            problems.add("limit.citation: required");
        }
        return problems;
    }

    /** Whether the profile has an objection procedure. */
    public boolean covered() {
        return notCovered == null;
    }

    /** Whether the legal office checks too (chongqing-2024 公示 第十三条第二款: 会同法制机构). */
    public boolean legalOfficeChecks() {
        return handledBy.contains(LEGAL_OFFICE);
    }

    /**
     * The deadline to handle an objection received on {@code received}: counted only where the profile
     * gives a number of working days (ningxia-2019: 10); empty for "promptly" or no limit.
     */
    public Optional<Deadline> due(LocalDate received, WorkingDayCalendar calendar) {
        if (limit == null || limit.workingDays() == null) {
            return Optional.empty();
        }
        return Optional.of(calendar.addWorkingDays(received, limit.workingDays()));
    }

    /** Why there is no counted deadline (及时 or no limit), with the article; empty when there is one. */
    public Optional<String> noCount(String profileId) {
        if (limit != null && limit.workingDays() != null) {
            return Optional.empty();
        }
        if (!covered()) {
            return Optional.of(notCovered);
        }
        return Optional.of(limit == null ? profileId + " " + citation + ": 未设定办理时限 / no limit set"
                : profileId + " " + limit.citation() + ": 及时 / promptly, no count" + (limit.note() == null ? "" : "（" + limit.note() + "）"));
    }
}

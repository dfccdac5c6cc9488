package org.sanxiang.rules.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.Coverage;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * Decides disclosure for a case under one jurisdiction profile: whether to disclose and which
 * exclusions apply, the due date, the display period, the withdrawal and correction deadlines, the
 * basic-information update deadline, the annual dates and who approves publication. Every answer
 * carries the article that produced it. Thread-safe once built.
 */
public final class DisclosureDecider {

    private final String profile;
    /** The document the citations name: the shipped profile at the root of a district's {@code extends} chain. */
    private final String cited;
    private final DisclosureRules rules;
    private final boolean covered;
    private final Coverage notCovered;
    private final WorkingDayCalendar calendar;
    /** The profile's exclusions, resolved once: {@link #decide} runs for every case. */
    private final List<Exclusion> listed;

    public DisclosureDecider(JurisdictionProfile profile, WorkingDayCalendar calendar) {
        this.profile = profile.id();
        this.cited = profile.rootId();
        this.rules = DisclosureRules.of(profile);
        this.covered = profile.covers(JurisdictionProfile.DISCLOSURE);
        this.notCovered = profile.notCovered(JurisdictionProfile.DISCLOSURE).orElse(null);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.listed = rules.exclusions().stream()
                .map(rule -> new Exclusion(ExclusionReason.fromCode(rule.reason()),
                        Exclusion.Effect.fromCode(rule.effect()), Citation.of(this.cited, rule.citation())))
                .toList();
    }

    public String profile() {
        return profile;
    }

    /** Why the profile does not regulate disclosure (fushun-2026 细则 第一条), or empty when it does. */
    public Optional<Coverage> notCovered() {
        return Optional.ofNullable(notCovered);
    }

    /** False when the profile's document (e.g. Fushun's record-only 细则) does not cover disclosure. */
    public boolean covers() {
        return covered;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** Every exclusion the profile lists, with its effect and article, whether or not a case shows it. */
    public List<Exclusion> listedExclusions() {
        return listed;
    }

    /**
     * Everything about one case. {@code major} is the legal-review classification (it selects the
     * display period where a profile distinguishes major decisions, e.g. Ningxia 附件2 第18项).
     */
    public DisclosureDecision decide(CaseFacts facts, boolean major) {
        if (!covered) {
            return DisclosureDecision.notCovered(notCovered);
        }
        List<Exclusion> exclusions = exclusions(facts);
        boolean disclose = exclusions.stream().noneMatch(Exclusion::withholds);
        DisplayPeriod period = facts.action() == null ? null : displayPeriod(facts.action(), major).orElse(null);
        List<KindDecision> kinds = new ArrayList<>();
        for (String kind : kindsOf(facts)) {
            kinds.add(decideKind(facts, kind));
        }
        return new DisclosureDecision(profile, true, disclose, exclusions, due(facts), period,
                withdrawalDue(facts), correctionDue(facts), null, kinds);
    }

    /** The disclosure kinds of the profile beyond a decision's result, by code (wuhan-2020 公示 第七条, ...). */
    public Set<String> kindCodes() {
        return rules.kinds().keySet();
    }

    /**
     * The kinds a case involves: those it names, and those the profile applies to every case of its
     * action (wuhan-2020 公示 第八条第三款: inspection information monthly or quarterly), in the profile's order.
     *
     * @throws IllegalArgumentException naming {@code disclosures} when a named kind is unknown or
     *                                  belongs to another action category
     */
    public List<String> kindsOf(CaseFacts facts) {
        for (String named : facts.disclosures()) {
            DisclosureRules.KindRules kind = rules.kinds().get(named);
            if (kind == null) {
                throw new IllegalArgumentException("disclosures: '" + named + "' is not a disclosure kind of " + profile
                        + (rules.kinds().isEmpty() ? " (it names none)" : "; known: " + String.join(", ", rules.kinds().keySet())));
            }
            if (facts.action() != null && !kind.actions().isEmpty() && !kind.actions().contains(facts.action().code())) {
                throw new IllegalArgumentException("disclosures: '" + named + "' belongs to " + String.join("|", kind.actions())
                        + " (" + kind.citation() + "), not to a " + facts.action().code() + " case");
            }
        }
        List<String> kinds = new ArrayList<>();
        rules.kinds().forEach((code, kind) -> {
            boolean automatic = kind.everyCase() && facts.action() != null && kind.actions().contains(facts.action().code());
            if (automatic || facts.disclosures().contains(code)) {
                kinds.add(code);
            }
        });
        return kinds;
    }

    /**
     * The event a kind's timing hangs on: the first date its due date counts from (ningxia-2019 附件2 第17项:
     * {@code queried}), or the event it is published before (wuhan-2020 公示 第七条（三）: {@code hearing}); empty
     * for a kind published once a period or on a limit set elsewhere (wuhan-2020 公示 第八条第三款).
     *
     * @throws IllegalArgumentException naming {@code disclosures} when the kind is unknown
     */
    public Optional<String> kindEvent(String code) {
        DisclosureRules.KindRules kind = rules.kinds().get(code);
        if (kind == null) {
            throw new IllegalArgumentException("disclosures: '" + code + "' is not a disclosure kind of " + profile);
        }
        if (kind.due() != null) {
            return kind.due().from().stream().findFirst();
        }
        return kind.before() == null ? Optional.empty() : Optional.of(kind.before().event());
    }

    /** What the profile says about one disclosure kind of a case: stage, timing, display. */
    public KindDecision decideKind(CaseFacts facts, String code) {
        DisclosureRules.KindRules kind = rules.kinds().get(code);
        if (kind == null) {
            throw new IllegalArgumentException("disclosures: '" + code + "' is not a disclosure kind of " + profile);
        }
        KindDecision.Timing timing;
        if (kind.due() != null) {
            timing = new KindDecision.Due(kind.due().due(cited, facts.dates(), calendar));
        } else if (kind.before() != null) {
            timing = new KindDecision.Before(kind.before().event(), facts.dates().named(kind.before().event()),
                    Citation.of(cited, kind.before().citation()), kind.before().note());
        } else if (kind.periodic() != null) {
            timing = new KindDecision.Periodic(kind.periodic().cadence().stream().map(java.time.Period::parse).toList(),
                    Citation.of(cited, kind.periodic().citation()), kind.periodic().note());
        } else {
            timing = new KindDecision.SetElsewhere(Citation.of(cited, kind.dueElsewhere().citation()),
                    kind.dueElsewhere().note());
        }
        DisplayPeriod display = kind.displayPeriod() == null ? null
                : new DisplayPeriod(kind.displayPeriod(), Citation.of(cited, kind.citation()));
        return new KindDecision(code, kind.zhCN(), kind.en(), kind.stage(), timing, display, kind.displayWhile(),
                Citation.of(cited, kind.citation()));
    }

    /** Every exclusion the profile lists whose reason the facts show, in the profile's order. */
    public List<Exclusion> exclusions(CaseFacts facts) {
        List<Exclusion> found = new ArrayList<>(2);
        for (Exclusion exclusion : listed) {
            if (exclusion.reason().appliesTo(facts)) {
                found.add(exclusion);
            }
        }
        return found;
    }

    /** When the result of the case's action category must be published. */
    public DueDate due(CaseFacts facts) {
        if (facts.action() == null) {
            return DueDate.NOT_SET;
        }
        DisclosureRules.ActionRules action = rules.actions().get(facts.action().code());
        if (action == null || action.due() == null) {
            return DueDate.NOT_SET;
        }
        if (facts.problemsFound() && action.dueIfProblems() != null) {
            // ningxia-2019 附件1 第十一条（二）: problems found are published promptly once handled
            return action.dueIfProblems().due(cited, facts.dates(), calendar);
        }
        return action.due().due(cited, facts.dates(), calendar);
    }

    /** 公示期限 for the action category: P1Y, P3Y, permanent — or empty when the profile sets none. */
    public Optional<DisplayPeriod> displayPeriod(ActionCategory action, boolean major) {
        DisclosureRules.ActionRules rules = this.rules.actions().get(action.code());
        if (rules == null || rules.displayPeriod() == null) {
            return Optional.empty();
        }
        DisclosureRules.DisplayPeriodRule rule = rules.displayPeriod();
        String value = major && rule.majorPeriod() != null ? rule.majorPeriod() : rule.period();
        return Optional.of(new DisplayPeriod(value, Citation.of(cited, rule.citation())));
    }

    /** The display period of an item of the profile's disclosure list (Ningxia 附件2), by its number. */
    public Optional<DisplayPeriod> displayPeriodOfItem(int item, boolean major) {
        return rules.items().stream().filter(i -> i.item() == item && i.displayPeriod() != null).findFirst()
                .map(i -> new DisplayPeriod(major && i.majorDisplayPeriod() != null
                        ? i.majorDisplayPeriod() : i.displayPeriod(), Citation.of(cited, i.citation())));
    }

    /** When an item of the profile's disclosure list (Ningxia 附件2) is due, counted from the case's dates. */
    public DueDate itemDue(int item, CaseDates dates) {
        return rules.items().stream().filter(i -> i.item() == item && i.due() != null).findFirst()
                .map(i -> i.due().due(cited, dates, calendar)).orElse(DueDate.NOT_SET);
    }

    /** The deadline to withdraw (or republish) disclosed information after the decision is revoked or changed. */
    public DueDate withdrawalDue(CaseFacts facts) {
        return rules.withdrawal() == null ? DueDate.NOT_SET : rules.withdrawal().due(cited, facts.dates(), calendar);
    }

    /**
     * The deadline to correct disclosed information: from {@code errorFound} (the bureau found the
     * error) or {@code correctionRequested} (a party asked); with both, the earlier computed date.
     */
    public DueDate correctionDue(CaseFacts facts) {
        DisclosureRules.CorrectionRules correction = rules.correction();
        if (correction == null) {
            return DueDate.NOT_SET;
        }
        DueDate found = correction.onErrorFound() == null || facts.dates().errorFound() == null
                ? DueDate.NOT_SET : correction.onErrorFound().due(cited, facts.dates(), calendar);
        DueDate requested = correction.onRequest() == null || facts.dates().correctionRequested() == null
                ? DueDate.NOT_SET : correction.onRequest().due(cited, facts.dates(), calendar);
        return DueDate.earlier(found, requested);
    }

    /** The deadline to update published basic information (执法主体, 人员, 依据 ...) after it changed. */
    public DueDate basicInfoUpdateDue(LocalDate changed) {
        return rules.basicInfoUpdate() == null ? DueDate.NOT_SET
                : rules.basicInfoUpdate().due(cited, changed, calendar);
    }

    /** The annual report's date for the report on {@code reportYear} (due in the following year). */
    public Optional<AnnualDue> annualReportDue(int reportYear) {
        return annualDue("report", reportYear + 1);
    }

    /** A yearly date of the profile by kind ({@code report}, {@code inspection-plan}) in a given year. */
    public Optional<AnnualDue> annualDue(String kind, int year) {
        return rules.annual().stream().filter(a -> a.kind().equals(kind)).findFirst()
                .map(a -> new AnnualDue(kind, a.by().atYear(year), Citation.of(cited, a.citation())));
    }

    /** A dated yearly obligation with its article. */
    public record AnnualDue(String kind, LocalDate date, Citation citation) {
    }

    /**
     * The annual report on {@code reportYear}: due the following year on the profile's date, sent to the
     * recipients it names (chongqing-2024 公示 第十四条; tianjin-2019 实施方案 三（一）3（3））. Empty when the
     * profile has no such duty: {@link #noAnnualReport()} says why.
     */
    public Optional<AnnualReportDuty> annualReport(int reportYear) {
        return rules.annual().stream().filter(a -> a.kind().equals("report")).findFirst()
                .map(a -> new AnnualReportDuty(reportYear, a.by().atYear(reportYear + 1), Citation.of(profile, a.citation()),
                        a.recipients(), a.review()));
    }

    /** Why the profile has no annual report, with the article: its own statement, or disclosure not covered at all. */
    public String noAnnualReport() {
        if (rules.noAnnualReport() != null) {
            return Citation.of(profile, rules.noAnnualReport().citation()) + ": " + rules.noAnnualReport().note();
        }
        if (notCovered != null) {
            return notCovered.citation() + ": " + notCovered.note();
        }
        return profile + ": no annual report in the profile";
    }

    /** The annual report's duty for one year: when, on which article, to whom, reviewed by whom (may be null). */
    public record AnnualReportDuty(int reportYear, LocalDate due, Citation citation, List<DisclosureRules.Recipient> recipients,
            DisclosureRules.Review review) {
    }

    /** Who approves publication: the rule for major decisions where the profile has one, else the general rule. */
    public Optional<Approval> approver(boolean major) {
        Optional<DisclosureRules.ApprovalRule> rule = rules.approval().stream()
                .filter(a -> major && a.scope().equals("major")).findFirst();
        if (rule.isEmpty()) {
            rule = rules.approval().stream().filter(a -> a.scope().equals("all")).findFirst();
        }
        return rule.map(a -> new Approval(a.approver(), Citation.of(cited, a.citation())));
    }

    /**
     * Who approves publication; where the profile's document names no approver (tianjin-2019), the record is
     * still reviewed before it is published: approver {@code unspecified}, whom the bureau's leaders stand for.
     */
    public Approval approverOrUnnamed(boolean major) {
        return approver(major).orElseGet(() -> new Approval("unspecified",
                Citation.of(cited, "（未规定公示审核人 / no approver named）")));
    }

    /** The approver's code ({@code unit-head}, {@code deputy-leader}, {@code principal-leader}, {@code unspecified}). */
    public record Approval(String approver, Citation citation) {

        public String label(String language) {
            boolean en = "en".equals(language);
            return switch (approver) {
                case "unit-head" -> en ? "Head of the responsible unit" : "机构负责人";
                case "deputy-leader" -> en ? "Bureau leader in charge" : "分管局领导";
                case "principal-leader" -> en ? "Principal leader of the bureau" : "局主要负责人";
                default -> en ? "Reviewed before publication (approver not named)" : "先审查后公开（未明确审核人）";
            };
        }
    }
}

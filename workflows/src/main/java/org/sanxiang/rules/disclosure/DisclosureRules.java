package org.sanxiang.rules.disclosure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;

/**
 * The {@code "disclosure"} section of a jurisdiction profile, as data (the shape is documented in
 * {@code profiles/README-disclosure-record.md}). Bind it with {@link #of(JurisdictionProfile)}, which
 * also validates it: every problem names the profile file and the field.
 */
public record DisclosureRules(
        Map<String, ActionRules> actions,
        Map<String, KindRules> kinds,
        SummarySpec summary,
        List<DisplayItem> items,
        List<ExclusionRule> exclusions,
        LimitSpec withdrawal,
        CorrectionRules correction,
        LimitSpec basicInfoUpdate,
        List<AnnualDate> annual,
        List<ApprovalRule> approval,
        IndividualNameRule individualName,
        FullTextRules fullText,
        NoAnnualReport noAnnualReport) {

    /** The approvers the documents name. */
    public static final Set<String> APPROVERS = Set.of("unit-head", "deputy-leader", "principal-leader", "unspecified");

    public DisclosureRules {
        actions = actions == null ? Map.of() : Map.copyOf(actions);
        kinds = kinds == null ? Map.of() : unmodifiable(kinds);
        items = items == null ? List.of() : List.copyOf(items);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        annual = annual == null ? List.of() : List.copyOf(annual);
        approval = approval == null ? List.of() : List.copyOf(approval);
    }

    /**
     * Per action category: the due date, the display period and the summary fields; {@code dueIfProblems}
     * replaces {@code due} when an inspection found problems (ningxia-2019 附件1 第十一条（二）).
     */
    public record ActionRules(LimitSpec due, LimitSpec dueIfProblems, DisplayPeriodRule displayPeriod,
            SummarySpec summary) {
    }

    /**
     * A disclosure other than the result of a decision: information published before a decision
     * (wuhan-2020 公示 第七条), periodically (第八条第三款), or as a numbered list item (ningxia-2019 附件2
     * 第17、19、24项). Exactly one of {@code due} (a count or "promptly"), {@code before} (before an
     * event), {@code periodic} or {@code dueElsewhere} (set by a document that is not among the seeds).
     *
     * @param actions   the action categories it belongs to; empty = any
     * @param everyCase it applies to every case of its actions without being named
     * @param item      the number in the profile's disclosure list ({@code items}), if any
     */
    public record KindRules(@JsonProperty("zh_CN") String zhCN, String en, String stage, List<String> actions,
            Boolean everyCase, Integer item, LimitSpec due, BeforeSpec before, PeriodicSpec periodic,
            ElsewhereSpec dueElsewhere, String displayPeriod, String displayWhile, String citation, String note) {
        public KindRules {
            actions = actions == null ? List.of() : List.copyOf(actions);
            everyCase = everyCase != null && everyCase;
        }
    }

    /** Published before an event: {@code decided}, {@code hearing} or {@code lottery} (a {@link org.sanxiang.rules.facts.CaseDates} field). */
    public record BeforeSpec(String event, String citation, String note) {
    }

    /** Published every period of {@code cadence} (ISO periods; two when the document leaves the choice). */
    public record PeriodicSpec(List<String> cadence, String citation, String note) {
        public PeriodicSpec {
            cadence = cadence == null ? List.of() : List.copyOf(cadence);
        }
    }

    /** The time limit is in a document that is not among the seeds: no date is computed. */
    public record ElsewhereSpec(String citation, String note) {
    }

    /** The stages of disclosure (事前、事中、事后公示). */
    public static final Set<String> STAGES = Set.of("pre-action", "in-action", "post-action");

    /** The events a kind may be published before. */
    public static final Set<String> EVENTS = Set.of("decided", "hearing", "lottery");

    /** 公示期限: {@code period} for ordinary decisions, {@code majorPeriod} for major ones if it differs. */
    public record DisplayPeriodRule(String period, String majorPeriod, String citation, String note) {
    }

    /** The summary fields a profile requires (codes of {@link SummaryField}). */
    public record SummarySpec(List<String> fields, String citation) {
        public SummarySpec {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** One item of a disclosure list (Ningxia 附件2), with its display period and time limit. */
    public record DisplayItem(int item, String citation, @JsonProperty("zh_CN") String zhCN, String stage, String action,
            String displayPeriod, String majorDisplayPeriod, String displayWhile, String dueWhen, LimitSpec due) {
    }

    /** An exclusion: reason code, effect ({@code withhold} or {@code disclose-after-treatment}), article. */
    public record ExclusionRule(String reason, String effect, String citation) {
    }

    /** Correction of disclosed information: found by the bureau, or requested by someone else. */
    public record CorrectionRules(LimitSpec onErrorFound, LimitSpec onRequest) {
    }

    /**
     * A date each year, e.g. the annual report by {@code --01-31}; the report's own entry names whom it
     * goes to ({@code recipients}) and who reviews it before it goes ({@code review}), where the document says.
     */
    public record AnnualDate(String kind, MonthDay by, String citation,
            @JsonProperty("zh_CN") String zhCN, String en, List<Recipient> recipients, Review review) {
        public AnnualDate {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /** Whom the annual report is sent to (chongqing-2024 公示 第十四条 本级人民政府和上级主管部门). */
    public record Recipient(String code, String citation, @JsonProperty("zh_CN") String zhCN, String en) {
    }

    /** A review the report passes before it is sent, as the document names it (tianjin-2019 局党组会审议). */
    public record Review(String citation, @JsonProperty("zh_CN") String zhCN, String en) {
    }

    /** The profile's document sets no annual report: said, with the article that shows it, never left silent. */
    public record NoAnnualReport(String citation, String note) {
    }

    /** Who approves publication: for {@code all} information, or for {@code major} decisions. */
    public record ApprovalRule(String scope, String approver, String citation, String note) {
    }

    /** Whether an individual party's name is published ({@code publish}) or masked ({@code mask}). */
    public record IndividualNameRule(String treatment, String citation, String note) {
    }

    /** What the full-text form of a decision must hide (Wuhan 公示 第九条). */
    public record FullTextRules(String citation, List<HiddenKind> hide) {
        public FullTextRules {
            hide = hide == null ? List.of() : List.copyOf(hide);
        }
    }

    /** A kind of information to hide, for everyone ({@code all}) or for individuals ({@code individual}). */
    public record HiddenKind(String kind, String scope, @JsonProperty("zh_CN") String zhCN) {
    }

    /** An empty rule set: the profile's document does not cover disclosure. */
    static final DisclosureRules NONE = new DisclosureRules(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /**
     * Binds and validates the profile's disclosure section. A profile whose document does not cover
     * disclosure (an empty section) gives {@link #NONE}.
     */
    public static DisclosureRules of(JurisdictionProfile profile) {
        if (!profile.covers(JurisdictionProfile.DISCLOSURE)) {
            return NONE;
        }
        DisclosureRules rules = profile.bind(JurisdictionProfile.DISCLOSURE, DisclosureRules.class);
        List<String> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new ProfileException(profile.source() + ": section 'disclosure' of profile '" + profile.id()
                    + "': " + String.join("; ", problems));
        }
        return rules;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        actions.forEach((code, rules) -> {
            String path = "actions." + code;
            try {
                ActionCategory.fromCode(code);
            } catch (IllegalArgumentException e) {
                problems.add(path + ": unknown action category: " + e.getMessage());
            }
            if (rules.due() != null) {
                problems.addAll(rules.due().problems(path + ".due"));
            }
            if (rules.dueIfProblems() != null) {
                problems.addAll(rules.dueIfProblems().problems(path + ".dueIfProblems"));
            }
            if (rules.displayPeriod() != null) {
                checkPeriod(problems, path + ".displayPeriod.period", rules.displayPeriod().period(), true);
                checkPeriod(problems, path + ".displayPeriod.majorPeriod", rules.displayPeriod().majorPeriod(), false);
                required(problems, path + ".displayPeriod.citation", rules.displayPeriod().citation());
            }
            if (rules.summary() != null) {
                checkSummary(problems, path + ".summary", rules.summary());
            }
        });
        if (summary != null) {
            checkSummary(problems, "summary", summary);
        }
        kinds.forEach((code, kind) -> checkKind(problems, "kinds." + code, kind));
        for (int i = 0; i < items.size(); i++) {
            DisplayItem item = items.get(i);
            String path = "items[" + i + "]";
            if (item.item() != i + 1) {
                problems.add(path + ".item: expected " + (i + 1) + ", found " + item.item());
            }
            required(problems, path + ".citation", item.citation());
            if (item.displayPeriod() != null) {
                checkPeriod(problems, path + ".displayPeriod", item.displayPeriod(), true);
            }
            checkPeriod(problems, path + ".majorDisplayPeriod", item.majorDisplayPeriod(), false);
            if (item.due() != null) {
                problems.addAll(item.due().problems(path + ".due"));
            }
            if (item.action() != null) {
                ActionRules action = actions.get(item.action());
                if (action == null || action.displayPeriod() == null
                        || !action.displayPeriod().period().equals(item.displayPeriod())) {
                    problems.add(path + ": display period differs from actions." + item.action() + ".displayPeriod");
                }
            }
        }
        for (int i = 0; i < exclusions.size(); i++) {
            ExclusionRule rule = exclusions.get(i);
            String path = "exclusions[" + i + "]";
            try {
                ExclusionReason.fromCode(rule.reason());
                Exclusion.Effect.fromCode(rule.effect());
            } catch (IllegalArgumentException e) {
                problems.add(path + "." + e.getMessage());
            }
            required(problems, path + ".citation", rule.citation());
        }
        if (withdrawal != null) {
            problems.addAll(withdrawal.problems("withdrawal"));
        }
        if (correction != null) {
            if (correction.onErrorFound() != null) {
                problems.addAll(correction.onErrorFound().problems("correction.onErrorFound"));
            }
            if (correction.onRequest() != null) {
                problems.addAll(correction.onRequest().problems("correction.onRequest"));
            }
        }
        if (basicInfoUpdate != null) {
            problems.addAll(basicInfoUpdate.problems("basicInfoUpdate"));
        }
        for (int i = 0; i < annual.size(); i++) {
            required(problems, "annual[" + i + "].kind", annual.get(i).kind());
            required(problems, "annual[" + i + "].citation", annual.get(i).citation());
            if (annual.get(i).by() == null) {
                problems.add("annual[" + i + "].by: required (--MM-DD)");
            }
            if ("report".equals(annual.get(i).kind()) && annual.get(i).recipients().isEmpty()) {
                problems.add("annual[" + i + "].recipients: the report names whom it goes to");
            }
            for (int r = 0; r < annual.get(i).recipients().size(); r++) {
                required(problems, "annual[" + i + "].recipients[" + r + "].code", annual.get(i).recipients().get(r).code());
                required(problems, "annual[" + i + "].recipients[" + r + "].citation", annual.get(i).recipients().get(r).citation());
            }
        }
        for (int i = 0; i < approval.size(); i++) {
            ApprovalRule rule = approval.get(i);
            if (!Set.of("all", "major").contains(rule.scope())) {
                problems.add("approval[" + i + "].scope: '" + rule.scope() + "' is not one of all|major");
            }
            if (!APPROVERS.contains(rule.approver())) {
                problems.add("approval[" + i + "].approver: '" + rule.approver() + "' is not one of " + APPROVERS);
            }
            required(problems, "approval[" + i + "].citation", rule.citation());
        }
        if (individualName != null) {
            if (!Set.of("mask", "publish").contains(individualName.treatment())) {
                problems.add("individualName.treatment: '" + individualName.treatment() + "' is not one of mask|publish");
            }
            required(problems, "individualName.citation", individualName.citation());
        }
        if (fullText != null) {
            required(problems, "fullText.citation", fullText.citation());
            for (int i = 0; i < fullText.hide().size(); i++) {
                HiddenKind hidden = fullText.hide().get(i);
                if (!FullTextRedactionPolicy.KINDS.contains(hidden.kind())) {
                    problems.add("fullText.hide[" + i + "].kind: '" + hidden.kind() + "' is not one of "
                            + FullTextRedactionPolicy.KINDS);
                }
                if (!Set.of("all", "individual").contains(hidden.scope())) {
                    problems.add("fullText.hide[" + i + "].scope: '" + hidden.scope() + "' is not one of all|individual");
                }
            }
        }
        return problems;
    }

    private void checkKind(List<String> problems, String path, KindRules kind) {
        required(problems, path + ".zh_CN", kind.zhCN());
        required(problems, path + ".en", kind.en());
        required(problems, path + ".citation", kind.citation());
        if (!STAGES.contains(kind.stage())) {
            problems.add(path + ".stage: '" + kind.stage() + "' is not one of pre-action|in-action|post-action");
        }
        for (String action : kind.actions()) {
            try {
                ActionCategory.fromCode(action);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".actions: " + e.getMessage());
            }
        }
        int timings = (kind.due() != null ? 1 : 0) + (kind.before() != null ? 1 : 0) + (kind.periodic() != null ? 1 : 0)
                + (kind.dueElsewhere() != null ? 1 : 0);
        if (timings != 1) {
            problems.add(path + ": set exactly one of due, before, periodic, dueElsewhere (found " + timings + ")");
        }
        if (kind.due() != null) {
            problems.addAll(kind.due().problems(path + ".due"));
        }
        if (kind.before() != null) {
            if (!EVENTS.contains(kind.before().event())) {
                problems.add(path + ".before.event: '" + kind.before().event() + "' is not one of " + EVENTS);
            }
            required(problems, path + ".before.citation", kind.before().citation());
        }
        if (kind.periodic() != null) {
            if (kind.periodic().cadence().isEmpty()) {
                problems.add(path + ".periodic.cadence: list the periods (P1M, P3M)");
            }
            kind.periodic().cadence().forEach(c -> checkPeriod(problems, path + ".periodic.cadence", c, true));
            required(problems, path + ".periodic.citation", kind.periodic().citation());
        }
        if (kind.dueElsewhere() != null) {
            required(problems, path + ".dueElsewhere.citation", kind.dueElsewhere().citation());
        }
        if (kind.displayPeriod() != null) {
            checkPeriod(problems, path + ".displayPeriod", kind.displayPeriod(), true);
        }
        if (kind.item() != null) {
            DisplayItem item = items.stream().filter(i -> i.item() == kind.item()).findFirst().orElse(null);
            if (item == null) {
                problems.add(path + ".item: no item " + kind.item() + " in 'items'");
            } else if (!java.util.Objects.equals(item.displayPeriod(), kind.displayPeriod())) {
                problems.add(path + ".displayPeriod: differs from items[" + (kind.item() - 1) + "].displayPeriod");
            }
        }
    }

    /** A null entry removes an inherited one (a district profile sets {@code "kind": null}). */
    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        Map<String, V> copy = new java.util.LinkedHashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void checkSummary(List<String> problems, String path, SummarySpec spec) {
        if (spec.fields().isEmpty()) {
            problems.add(path + ".fields: list the required fields");
        }
        for (String field : spec.fields()) {
            try {
                SummaryField.fromCode(field);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".fields: " + e.getMessage());
            }
        }
        required(problems, path + ".citation", spec.citation());
    }

    private static void checkPeriod(List<String> problems, String path, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(path + ": required");
            }
        } else if (!DisplayPeriod.isValid(value)) {
            problems.add(path + ": '" + value + "' is neither an ISO period (P1Y) nor 'permanent'");
        }
    }

    private static void required(List<String> problems, String path, String value) {
        if (value == null || value.isBlank()) {
            problems.add(path + ": required");
        }
    }
}

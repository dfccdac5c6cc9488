package org.sanxiang.rules.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanxiang.rules.disclosure.LimitSpec;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;

/**
 * The {@code "record"} section of a jurisdiction profile (full-process record), as data; the shape
 * is documented in {@code profiles/README-disclosure-record.md}. Bind it with
 * {@link #of(JurisdictionProfile)}, which validates it and names the file and field of any problem.
 * Time limits use the same {@link LimitSpec} shape as the disclosure section.
 */
public record RecordRules(
        List<ProcedureSpec> procedures,
        List<NotCovered> notCovered,
        RecordsSpec defaultRecords,
        List<AvRuleSpec> avRules,
        AvLabelling avLabelling,
        LimitSpec archive,
        LimitSpec avStorage,
        LimitSpec emergencyStart,
        AnnualHandover annualHandover,
        List<RetentionSpec> retention,
        List<TriggerSpec> longTermTriggers,
        List<AccessSpec> access,
        Map<String, ConflictSpec> conflicts) {

    /** Record codes a retention rule may name. */
    public static final Set<String> RETAINED_RECORDS =
            Set.of("text", "av", "av-device", "av-routine-inspection", "av-evidence");

    /** The value of a period that follows the case file's own retention period. */
    public static final String CASE_FILE = "case-file";

    public RecordRules {
        procedures = nonNull(procedures);
        notCovered = nonNull(notCovered);
        avRules = nonNull(avRules);
        retention = nonNull(retention);
        longTermTriggers = nonNull(longTermTriggers);
        access = nonNull(access);
        conflicts = conflicts == null ? Map.of() : withoutNulls(conflicts);
    }

    /**
     * How a procedure's stages rest on the document: {@code listed} (it lists them for these actions),
     * {@code by-reference} (参照: the actions follow another action's provisions, {@code referTo}),
     * {@code open-list} (等: the actions are covered by an open list; {@code referTo} or own stages), or
     * {@code reading} (the document requires records for the actions but lists no stages: the stages
     * are a reading, flagged in the profile's ambiguities).
     */
    public static final Set<String> BASES = Set.of("listed", "by-reference", "open-list", "reading");

    /** The stages of one or more action categories, as one seed lists them (or refers to another's). */
    public record ProcedureSpec(List<String> actions, String citation, String basis, List<String> referTo, String note,
            Label start, List<StageSpec> general, List<StageSpec> special, List<StageSpec> items) {
        public ProcedureSpec {
            actions = nonNull(actions);
            referTo = nonNull(referTo);
            general = nonNull(general);
            special = nonNull(special);
            items = nonNull(items);
        }
    }

    public record Label(@JsonProperty("zh_CN") String zhCN, String en) {
    }

    /**
     * A stage or listed item. {@code records} (optional) says which records it requires;
     * {@code method} is the list's own words (Ningxia 附件4 执法记录方式); {@code minimumStorage} is
     * an ISO period or {@code case-file}.
     */
    public record StageSpec(String code, Integer item, String phase, @JsonProperty("zh_CN") String zhCN, String en,
            String method, RecordsSpec records, String minimumStorage, String begins, String ends, String citation) {
    }

    /** Records required: all of {@code allOf}, and at least one of {@code anyOf} when it is not empty. */
    public record RecordsSpec(List<String> allOf, List<String> anyOf, String citation, String note) {
        public RecordsSpec {
            allOf = nonNull(allOf);
            anyOf = nonNull(anyOf);
        }
    }

    /** Action categories the document leaves out, and what it says about them. */
    public record NotCovered(List<String> actions, String citation, String note) {
        public NotCovered {
            actions = nonNull(actions);
        }
    }

    /**
     * When AV recording is mandatory ({@code mandatory}) or required in a situation
     * ({@code conditional}, the situation in {@code when}); {@code actions} empty means all,
     * {@code stages} names the stages it attaches to (empty: the rule stands on its own).
     */
    public record AvRuleSpec(String code, String requirement, String when, @JsonProperty("zh_CN") String zhCN,
            String en, List<String> actions, List<String> stages, String citation) {
        public AvRuleSpec {
            actions = nonNull(actions);
            stages = nonNull(stages);
        }
    }

    /** What an AV record must be labelled with (Tianjin 三（二）2（2）). */
    public record AvLabelling(String citation, List<String> fields) {
    }

    /** Closed case files handed to the archive by a date of the next year (Wuhan 第二十六条). */
    public record AnnualHandover(MonthDay by, String citation, @JsonProperty("zh_CN") String zhCN, String en) {
    }

    /** How long a kind of record is kept: an ISO period (at least, when {@code atLeast}) or {@code case-file}. */
    public record RetentionSpec(String record, String period, Boolean atLeast, String citation) {
    }

    public record TriggerSpec(String code, @JsonProperty("zh_CN") String zhCN, String en, String citation) {
    }

    /**
     * A route to the records: who may ask ({@code requesters}, codes of
     * {@link org.sanxiang.rules.access.RequesterKind}), what the request needs ({@code requires}:
     * {@code legal-basis}, {@code court-order}, {@code own-case}, {@code organisation}), who approves
     * ({@code approver}: {@code enforcement}, {@code leaders}, {@code archivists}; {@code approverWhenArchived}),
     * what is withheld ({@code withheld}: {@code party-protected} or codes of
     * {@link org.sanxiang.rules.access.ProtectedInformation}), {@code realTime} access without waiting for
     * an approver, and the articles applied with it ({@code alsoCite}). An entry without requesters states a
     * principle; the one marked {@code refusesOthers} is the article refusing every requester no route names.
     */
    public record AccessSpec(String code, @JsonProperty("zh_CN") String zhCN, String en, String citation,
            List<String> requesters, List<String> requires, String approver, String approverWhenArchived,
            List<String> withheld, Boolean realTime, Boolean refusesOthers, List<String> alsoCite) {
        public AccessSpec {
            requesters = nonNull(requesters);
            requires = nonNull(requires);
            withheld = nonNull(withheld);
            alsoCite = nonNull(alsoCite);
        }
    }

    /**
     * Two provisions of one document requiring different records at the same stages (ningxia-2019
     * 附件3 第八条 vs 附件4 第10、11项): {@code listed} is the list's reading, {@code stricter} the other
     * article's; {@code apply} chooses ({@code stricter} by default; a bureau's profile may set
     * {@code listed}).
     */
    public record ConflictSpec(List<String> actions, List<String> stages, RecordsSpec listed, RecordsSpec stricter,
            String apply, String note) {
        public ConflictSpec {
            actions = nonNull(actions);
            stages = nonNull(stages);
        }

        public boolean appliesStricter() {
            return apply == null || apply.equals("stricter");
        }
    }

    static final RecordRules NONE = new RecordRules(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Binds and validates; a profile whose document does not cover records gives an empty rule set. */
    public static RecordRules of(JurisdictionProfile profile) {
        if (!profile.covers(JurisdictionProfile.RECORD)) {
            return NONE;
        }
        RecordRules rules = profile.bind(JurisdictionProfile.RECORD, RecordRules.class);
        List<String> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new ProfileException(profile.source() + ": section 'record' of profile '" + profile.id()
                    + "': " + String.join("; ", problems));
        }
        return rules;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (int p = 0; p < procedures.size(); p++) {
            ProcedureSpec procedure = procedures.get(p);
            String path = "procedures[" + p + "]";
            checkActions(problems, path + ".actions", procedure.actions());
            required(problems, path + ".citation", procedure.citation());
            if (procedure.basis() != null && !BASES.contains(procedure.basis())) {
                problems.add(path + ".basis: '" + procedure.basis() + "' is not one of " + String.join("|", BASES));
            }
            if (!procedure.referTo().isEmpty()) {
                if (!"by-reference".equals(procedure.basis()) && !"open-list".equals(procedure.basis())) {
                    problems.add(path + ".referTo: only a 'by-reference' (参照) or 'open-list' (等) procedure refers to another");
                }
                checkActions(problems, path + ".referTo", procedure.referTo());
                for (String target : procedure.referTo()) {
                    boolean listed = procedures.stream().anyMatch(o -> o.referTo().isEmpty() && o.actions().contains(target));
                    if (!listed) {
                        problems.add(path + ".referTo: no procedure lists the stages of '" + target + "'");
                    }
                }
                if (!procedure.general().isEmpty() || !procedure.items().isEmpty()) {
                    problems.add(path + ": a procedure that refers to another lists no stages of its own");
                }
            } else if (procedure.general().isEmpty() && procedure.items().isEmpty()) {
                problems.add(path + ": list 'general' stages or 'items', or 'referTo' another action's");
            }
            if (procedure.basis() != null && !"listed".equals(procedure.basis())
                    && (procedure.note() == null || procedure.note().isBlank())) {
                problems.add(path + ".note: say what the document says (参照 / 等 / no stages listed)");
            }
            Set<String> codes = new HashSet<>();
            checkStages(problems, path + ".general", procedure.general(), codes);
            checkStages(problems, path + ".special", procedure.special(), codes);
            checkStages(problems, path + ".items", procedure.items(), codes);
        }
        for (int i = 0; i < notCovered.size(); i++) {
            checkActions(problems, "notCovered[" + i + "].actions", notCovered.get(i).actions());
            required(problems, "notCovered[" + i + "].citation", notCovered.get(i).citation());
        }
        if (defaultRecords != null) {
            checkRecords(problems, "defaultRecords", defaultRecords);
            required(problems, "defaultRecords.citation", defaultRecords.citation());
        }
        for (int i = 0; i < avRules.size(); i++) {
            AvRuleSpec rule = avRules.get(i);
            String path = "avRules[" + i + "]";
            required(problems, path + ".code", rule.code());
            if (!Set.of("mandatory", "conditional").contains(rule.requirement())) {
                problems.add(path + ".requirement: '" + rule.requirement() + "' is not one of mandatory|conditional");
            }
            required(problems, path + ".when", rule.when());
            required(problems, path + ".zh_CN", rule.zhCN());
            required(problems, path + ".en", rule.en());
            required(problems, path + ".citation", rule.citation());
            checkActions(problems, path + ".actions", rule.actions());
        }
        for (String name : new String[] {"archive", "avStorage", "emergencyStart"}) {
            LimitSpec limit = switch (name) {
                case "archive" -> archive;
                case "avStorage" -> avStorage;
                default -> emergencyStart;
            };
            if (limit != null) {
                problems.addAll(limit.problems(name));
            }
        }
        if (avLabelling != null && (avLabelling.fields() == null || avLabelling.fields().isEmpty()
                || avLabelling.citation() == null)) {
            problems.add("avLabelling: 'fields' and 'citation' are required");
        }
        if (annualHandover != null && (annualHandover.by() == null || annualHandover.citation() == null)) {
            problems.add("annualHandover: 'by' and 'citation' are required");
        }
        for (int i = 0; i < retention.size(); i++) {
            RetentionSpec spec = retention.get(i);
            String path = "retention[" + i + "]";
            if (!RETAINED_RECORDS.contains(spec.record())) {
                problems.add(path + ".record: '" + spec.record() + "' is not one of " + RETAINED_RECORDS);
            }
            checkPeriod(problems, path + ".period", spec.period());
            required(problems, path + ".citation", spec.citation());
        }
        for (int i = 0; i < longTermTriggers.size(); i++) {
            TriggerSpec trigger = longTermTriggers.get(i);
            try {
                LongTermReason.fromCode(trigger.code());
            } catch (IllegalArgumentException e) {
                problems.add("longTermTriggers[" + i + "].code: " + e.getMessage());
            }
            required(problems, "longTermTriggers[" + i + "].citation", trigger.citation());
        }
        for (int i = 0; i < access.size(); i++) {
            AccessSpec spec = access.get(i);
            String path = "access[" + i + "]";
            required(problems, path + ".code", spec.code());
            required(problems, path + ".zh_CN", spec.zhCN());
            required(problems, path + ".en", spec.en());
            required(problems, path + ".citation", spec.citation());
            problems.addAll(org.sanxiang.rules.access.AccessRule.problems(path, spec));
        }
        if (access.stream().filter(a -> Boolean.TRUE.equals(a.refusesOthers())).count() > 1) {
            problems.add("access: at most one entry 'refusesOthers'");
        }
        conflicts.forEach((id, conflict) -> {
            String path = "conflicts." + id;
            checkActions(problems, path + ".actions", conflict.actions());
            if (conflict.stages().isEmpty()) {
                problems.add(path + ".stages: name the stages in conflict");
            }
            if (conflict.listed() == null || conflict.stricter() == null) {
                problems.add(path + ": both 'listed' and 'stricter' readings are required");
            } else {
                checkRecords(problems, path + ".listed", conflict.listed());
                checkRecords(problems, path + ".stricter", conflict.stricter());
                required(problems, path + ".listed.citation", conflict.listed().citation());
                required(problems, path + ".stricter.citation", conflict.stricter().citation());
            }
            if (conflict.apply() != null && !Set.of("stricter", "listed").contains(conflict.apply())) {
                problems.add(path + ".apply: '" + conflict.apply() + "' is not one of stricter|listed");
            }
            for (String stage : conflict.stages()) {
                boolean known = procedures.stream().filter(p -> p.actions().stream().anyMatch(conflict.actions()::contains))
                        .flatMap(p -> java.util.stream.Stream.of(p.general(), p.special(), p.items()).flatMap(List::stream))
                        .anyMatch(s -> stage.equals(s.code()));
                if (!known) {
                    problems.add(path + ".stages: '" + stage + "' is not a stage of " + conflict.actions());
                }
            }
        });
        return problems;
    }

    private static void checkStages(List<String> problems, String path, List<StageSpec> stages, Set<String> codes) {
        for (int s = 0; s < stages.size(); s++) {
            StageSpec stage = stages.get(s);
            String at = path + "[" + s + "]";
            required(problems, at + ".code", stage.code());
            required(problems, at + ".zh_CN", stage.zhCN());
            required(problems, at + ".en", stage.en());
            if (stage.code() != null && !codes.add(stage.code())) {
                problems.add(at + ".code: '" + stage.code() + "' appears twice in one procedure");
            }
            if (stage.records() != null) {
                checkRecords(problems, at + ".records", stage.records());
            }
            if (stage.minimumStorage() != null) {
                checkPeriod(problems, at + ".minimumStorage", stage.minimumStorage());
            }
        }
    }

    private static void checkRecords(List<String> problems, String path, RecordsSpec records) {
        List<String> all = new ArrayList<>(records.allOf());
        all.addAll(records.anyOf());
        for (String kind : all) {
            try {
                RecordKind.fromCode(kind);
            } catch (IllegalArgumentException e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
        if (all.isEmpty()) {
            problems.add(path + ": allOf and anyOf are both empty");
        }
    }

    private static void checkActions(List<String> problems, String path, List<String> actions) {
        for (String action : actions) {
            try {
                ActionCategory.fromCode(action);
            } catch (IllegalArgumentException e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
    }

    private static void checkPeriod(List<String> problems, String path, String value) {
        if (value == null) {
            problems.add(path + ": required");
            return;
        }
        if (CASE_FILE.equals(value)) {
            return;
        }
        try {
            Period.parse(value);
        } catch (RuntimeException e) {
            problems.add(path + ": '" + value + "' is neither an ISO period (P3M) nor 'case-file'");
        }
    }

    private static void required(List<String> problems, String path, String value) {
        if (value == null || value.isBlank()) {
            problems.add(path + ": required");
        }
    }

    private static <V> Map<String, V> withoutNulls(Map<String, V> map) {
        Map<String, V> copy = new java.util.LinkedHashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

package org.sanxiang.rules.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        List<AccessSpec> access) {

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
    }

    /** The stages of one or more action categories, as one seed lists them. */
    public record ProcedureSpec(List<String> actions, String citation, Label start,
            List<StageSpec> general, List<StageSpec> special, List<StageSpec> items) {
        public ProcedureSpec {
            actions = nonNull(actions);
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

    public record AccessSpec(String code, @JsonProperty("zh_CN") String zhCN, String en, String citation) {
    }

    static final RecordRules NONE = new RecordRules(null, null, null, null, null, null, null, null, null, null, null, null);

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
            if (procedure.general().isEmpty() && procedure.items().isEmpty()) {
                problems.add(path + ": list 'general' stages or 'items'");
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
            required(problems, "access[" + i + "].code", access.get(i).code());
            required(problems, "access[" + i + "].zh_CN", access.get(i).zhCN());
            required(problems, "access[" + i + "].en", access.get(i).en());
            required(problems, "access[" + i + "].citation", access.get(i).citation());
        }
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

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

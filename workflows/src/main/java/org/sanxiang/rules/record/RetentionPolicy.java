package org.sanxiang.rules.record;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * Retention of full-process records under one profile: how long each kind of record is kept
 * (text: as its case file; AV on the dedicated device: at least 3 months; AV of routine
 * inspections: at least 6 months; AV used as evidence: as long as its case file — Wuhan 第二十七条,
 * Fushun 第二十二条, Ningxia 附件3 第二十五条 and 附件4), and the triggers that require long-term
 * retention (Fushun 第二十三条).
 */
public final class RetentionPolicy {

    private final String profile;
    private final RecordRules rules;

    private RetentionPolicy(String profile, RecordRules rules) {
        this.profile = profile;
        this.rules = rules;
    }

    public static RetentionPolicy of(JurisdictionProfile profile) {
        return new RetentionPolicy(profile.id(), RecordRules.of(profile));
    }

    /**
     * The retention of a kind of record: {@code text}, {@code av}, {@code av-device},
     * {@code av-routine-inspection}, {@code av-evidence}; empty when the profile sets none.
     */
    public Optional<Retention> retentionFor(String record) {
        if (!RecordRules.RETAINED_RECORDS.contains(record)) {
            throw new IllegalArgumentException("record: '" + record + "' is not one of " + RecordRules.RETAINED_RECORDS);
        }
        return rules.retention().stream().filter(r -> r.record().equals(record)).findFirst()
                .map(r -> Retention.parse(r.record(), r.period(), Boolean.TRUE.equals(r.atLeast()),
                        Citation.of(profile, r.citation())));
    }

    public List<Retention> all() {
        return rules.retention().stream()
                .map(r -> Retention.parse(r.record(), r.period(), Boolean.TRUE.equals(r.atLeast()),
                        Citation.of(profile, r.citation())))
                .toList();
    }

    /** The long-term retention triggers the profile sets, each with its article. */
    public List<LongTermTrigger> longTermTriggers() {
        return rules.longTermTriggers().stream()
                .map(t -> new LongTermTrigger(LongTermReason.fromCode(t.code()), Citation.of(profile, t.citation())))
                .toList();
    }

    /** The triggers, among those the profile sets, that the case shows; any one requires long-term retention. */
    public List<LongTermTrigger> longTermRetention(Set<LongTermReason> shown) {
        Set<LongTermReason> reasons = shown.isEmpty() ? EnumSet.noneOf(LongTermReason.class) : EnumSet.copyOf(shown);
        return longTermTriggers().stream().filter(t -> reasons.contains(t.reason())).toList();
    }

    /**
     * A trigger shown after the file was archived (a complaint or petition later, fushun-2026 细则
     * 第二十三条): long-term retention is added, and {@link LongTermAddition#chainMetadata()} is the
     * link the process appends to the case's hash chain, so the change is traced. Empty when the
     * trigger was already applied (adding it twice changes nothing).
     *
     * @param applied the reasons the archived file already carries
     * @throws IllegalArgumentException naming {@code longTermReasons} when the profile sets no such trigger
     */
    public Optional<LongTermAddition> addAfterArchiving(LongTermReason reason, Set<LongTermReason> applied,
            LocalDate addedOn, String note) {
        LongTermTrigger trigger = longTermTriggers().stream().filter(t -> t.reason() == reason).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("longTermReasons: " + profile + " sets no long-term"
                        + " retention trigger '" + reason.code() + "'" + (longTermTriggers().isEmpty()
                                ? " (it sets none; fushun-2026 细则 第二十三条 does)" : "")));
        if (applied.contains(reason)) {
            return Optional.empty();
        }
        return Optional.of(new LongTermAddition(trigger, java.util.Objects.requireNonNull(addedOn, "addedOn"), note));
    }

    /** Long-term retention added to an archived file, with the chain link that traces it. */
    public record LongTermAddition(LongTermTrigger trigger, LocalDate addedOn, String note) {

        /** The link's metadata (event, reason, citation, addedOn, note): the process maps them to its model names. */
        public Map<String, String> chainMetadata() {
            Map<String, String> metadata = new java.util.TreeMap<>();
            metadata.put("event", "long-term-retention-added");
            metadata.put("reason", trigger.reason().code());
            metadata.put("citation", trigger.citation().toString());
            metadata.put("addedOn", addedOn.toString());
            if (note != null && !note.isBlank()) {
                metadata.put("note", note);
            }
            return metadata;
        }
    }

    /** A long-term retention trigger with its citation. */
    public record LongTermTrigger(LongTermReason reason, Citation citation) {

        public String label(String language) {
            return reason.label(language);
        }
    }
}

package org.sanxiang.repo.actions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.audit.AuditEvent;
import org.sanxiang.repo.audit.AuditTrail;

/**
 * Places and releases a long-term hold ({@code sx:legalHold}) on a record or case: fushun-2026
 * 第二十三条 requires long-term keeping (长期保存) when (一) the party objects to the officers' conduct
 * or complains, (二) the party evades, refuses or obstructs the officers, or insults or assaults them,
 * (三) the officers dealt with a mass or emergency incident, (四) another important situation. A held
 * record is never destroyed: the retention process asks for the hold's release first. Both steps
 * are audited with who, when and why. The repository actions {@code sx-place-legal-hold} and
 * {@code sx-release-legal-hold} call this.
 */
public final class LegalHolds {

    /** The reasons of fushun-2026 第二十三条（一）至（四）, as the model's sx:holdReasonOptions. */
    public static final List<String> REASONS = List.of("objectionOrComplaint", "obstruction", "massOrEmergencyIncident",
            "otherImportant");

    public static final String HOLD = SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString();
    public static final String REASONS_PROPERTY = SanxiangModel.PROP_HOLD_REASONS.toPrefixString();
    public static final String NOTE_PROPERTY = SanxiangModel.PROP_HOLD_NOTE.toPrefixString();
    public static final String HELD_AT = SanxiangModel.PROP_HELD_AT.toPrefixString();
    public static final String HELD_BY = SanxiangModel.PROP_HELD_BY.toPrefixString();

    private final NodeAspects nodes;
    private final AuditTrail audit;
    private final Clock clock;

    public LegalHolds(NodeAspects nodes, AuditTrail audit, Clock clock) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param reasons at least one of {@link #REASONS}
     * @param note    what happened (mandatory for {@code otherImportant}, which says nothing by itself)
     * @param user    who places the hold
     */
    public void place(String nodeId, Collection<String> reasons, String note, String user) {
        List<String> checked = checkReasons(reasons);
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        if (checked.contains("otherImportant") && trimmedNote == null) {
            throw new IllegalArgumentException("holdNote: required when the reason is otherImportant "
                    + "(fushun-2026 第二十三条（四）: say which important situation)");
        }
        if (nodes.aspects(nodeId).contains(HOLD)) {
            throw new IllegalStateException("node " + nodeId + " is already on a long-term hold");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(REASONS_PROPERTY, checked);
        properties.put(NOTE_PROPERTY, trimmedNote);
        properties.put(HELD_AT, clock.instant());
        properties.put(HELD_BY, Objects.requireNonNull(user, "user"));
        nodes.addAspect(nodeId, HOLD, properties);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("node", nodeId);
        values.put("reasons", String.join(",", checked));
        values.put("note", trimmedNote);
        audit.record(AuditEvent.HOLD_PLACED, values);
    }

    /** Releases the hold; the reason is mandatory, and the reasons it was held for go into the audit. */
    public void release(String nodeId, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("holdReleaseReason: say why the long-term hold ends");
        }
        if (!nodes.aspects(nodeId).contains(HOLD)) {
            throw new IllegalStateException("node " + nodeId + " is not on a long-term hold");
        }
        Object held = nodes.properties(nodeId).get(REASONS_PROPERTY);
        nodes.removeAspect(nodeId, HOLD);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("node", nodeId);
        values.put("reasons", held instanceof Collection<?> c ? String.join(",", c.stream().map(String::valueOf).toList())
                : held == null ? null : held.toString());
        values.put("reason", reason.strip() + " (" + Objects.requireNonNull(user, "user") + ")");
        audit.record(AuditEvent.HOLD_RELEASED, values);
    }

    private static List<String> checkReasons(Collection<String> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("holdReasons: at least one reason of fushun-2026 第二十三条 is required: " + REASONS);
        }
        List<String> checked = new ArrayList<>();
        for (String r : reasons) {
            String value = r == null ? "" : r.strip();
            if (!REASONS.contains(value)) {
                throw new IllegalArgumentException("holdReasons: '" + value + "' is not one of " + REASONS);
            }
            if (!checked.contains(value)) {
                checked.add(value);
            }
        }
        return checked;
    }
}

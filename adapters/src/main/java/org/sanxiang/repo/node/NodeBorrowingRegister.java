package org.sanxiang.repo.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;

/**
 * The borrowing register (借阅登记; fushun-2026 全过程记录细则 第二十六条, wuhan-2020 全过程记录 第二十七条第三款)
 * in the case's ledger folder: one document per entry, closed by rewriting it; never deleted.
 */
public final class NodeBorrowingRegister implements BorrowingRegister {

    static final String KIND = "borrowing-entry";
    private final CaseLedger ledger;

    public NodeBorrowingRegister(RepositoryNodes nodes, NodeCaseRepository cases) {
        this.ledger = new CaseLedger(nodes, cases);
    }

    @Override
    public String record(BorrowingEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.status() != BorrowingEntry.Status.OPEN && entry.status() != BorrowingEntry.Status.REFUSED) {
            throw new IllegalArgumentException("entry.status: a new entry is OPEN or REFUSED, not " + entry.status());
        }
        String name = "借阅登记-" + entry.requester() + "-" + (entry.decidedAt() == null ? Instant.EPOCH : entry.decidedAt()).toEpochMilli()
                + "-" + System.nanoTime() + ".json";
        return ledger.add(entry.caseId(), KIND, name.replaceAll("[\\\\/:*?\"<>|]", "_"),
                "借阅登记 / Borrowing entry: " + entry.requester() + " (" + entry.status() + ")", toJson(entry));
    }

    @Override
    public void close(String entryId, BorrowingEntry.Status status, Integer copiesMade, Instant at, String note) {
        if (status != BorrowingEntry.Status.RETURNED && status != BorrowingEntry.Status.EXPIRED) {
            throw new IllegalArgumentException("status: an entry closes as RETURNED or EXPIRED, not " + status);
        }
        BorrowingEntry entry = find(entryId).orElseThrow(() -> new IllegalArgumentException("entryId: no register entry " + entryId));
        if (entry.status() != BorrowingEntry.Status.OPEN) {
            throw new IllegalStateException("register entry " + entryId + " is " + entry.status() + ", not OPEN");
        }
        ledger.replace(entryId, KIND, toJson(entry.closed(status, copiesMade, at, note)));
    }

    @Override
    public Optional<BorrowingEntry> find(String entryId) {
        ObjectNode json = ledger.read(entryId, KIND);
        return json == null ? Optional.empty() : Optional.of(fromJson(entryId, json));
    }

    @Override
    public List<BorrowingEntry> entries(String caseId) {
        List<BorrowingEntry> out = new ArrayList<>();
        for (String id : ledger.ids(caseId, KIND)) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    static ObjectNode toJson(BorrowingEntry e) {
        ObjectNode o = CaseLedger.object();
        o.put("caseId", e.caseId());
        o.put("processInstanceId", e.processInstanceId());
        o.put("requester", e.requester());
        o.put("organisation", e.organisation());
        o.put("requesterKind", e.requesterKind());
        o.put("legalBasis", e.legalBasis());
        o.put("reason", e.reason());
        o.put("approver", e.approver());
        o.put("decidedAt", text(e.decidedAt()));
        o.put("from", text(e.from()));
        o.put("until", text(e.until()));
        e.released().forEach(o.putArray("released")::add);
        ObjectNode withheld = o.putObject("withheld");
        e.withheld().forEach(withheld::put);
        o.put("status", e.status().name());
        if (e.copiesMade() != null) {
            o.put("copiesMade", e.copiesMade());
        }
        o.put("closedAt", text(e.closedAt()));
        o.put("note", e.note());
        return o;
    }

    static BorrowingEntry fromJson(String id, ObjectNode o) {
        List<String> released = new ArrayList<>();
        o.path("released").forEach(n -> released.add(n.asText()));
        Map<String, String> withheld = new LinkedHashMap<>();
        o.path("withheld").fields().forEachRemaining(f -> withheld.put(f.getKey(), f.getValue().asText()));
        return new BorrowingEntry(id, o.path("caseId").asText(), str(o, "processInstanceId"), str(o, "requester"),
                str(o, "organisation"), str(o, "requesterKind"), str(o, "legalBasis"), str(o, "reason"), str(o, "approver"),
                instant(o, "decidedAt"), instant(o, "from"), instant(o, "until"), released, withheld,
                BorrowingEntry.Status.valueOf(o.path("status").asText()), o.hasNonNull("copiesMade") ? o.get("copiesMade").asInt() : null,
                instant(o, "closedAt"), str(o, "note"));
    }

    static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    static String str(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }

    static Instant instant(JsonNode o, String field) {
        return o.hasNonNull(field) ? Instant.parse(o.get(field).asText()) : null;
    }
}

package org.sanxiang.workflow.port.memory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;

/** The borrowing register in memory. Thread-safe. */
public final class InMemoryBorrowingRegister implements BorrowingRegister {

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, BorrowingEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized String record(BorrowingEntry entry) {
        if (entry.status() != BorrowingEntry.Status.OPEN && entry.status() != BorrowingEntry.Status.REFUSED) {
            throw new IllegalArgumentException("status: a new entry is OPEN or REFUSED, not " + entry.status());
        }
        String id = "borrowing-" + ids.incrementAndGet();
        entries.put(id, entry.withId(id));
        return id;
    }

    @Override
    public synchronized void close(String entryId, BorrowingEntry.Status status, Integer copiesMade, Instant at, String note) {
        BorrowingEntry entry = entries.get(entryId);
        if (entry == null) {
            throw new IllegalArgumentException("entryId: no register entry " + entryId);
        }
        if (entry.status() != BorrowingEntry.Status.OPEN) {
            throw new IllegalStateException("register entry " + entryId + " is " + entry.status() + ", not OPEN");
        }
        if (status != BorrowingEntry.Status.RETURNED && status != BorrowingEntry.Status.EXPIRED) {
            throw new IllegalArgumentException("status: an entry closes as RETURNED or EXPIRED, not " + status);
        }
        entries.put(entryId, entry.closed(status, copiesMade, at, note));
    }

    @Override
    public synchronized Optional<BorrowingEntry> find(String entryId) {
        return Optional.ofNullable(entries.get(entryId));
    }

    @Override
    public synchronized List<BorrowingEntry> entries(String caseId) {
        return entries.values().stream().filter(e -> e.caseId().equals(caseId)).toList();
    }
}

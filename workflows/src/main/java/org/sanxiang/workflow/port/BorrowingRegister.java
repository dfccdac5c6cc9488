package org.sanxiang.workflow.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The borrowing register. Entries are never removed; closing one records how it ended. */
public interface BorrowingRegister {

    /** Records an entry (OPEN or REFUSED); returns its id. */
    String record(BorrowingEntry entry);

    /** Closes an OPEN entry as RETURNED or EXPIRED. */
    void close(String entryId, BorrowingEntry.Status status, Integer copiesMade, Instant at, String note);

    Optional<BorrowingEntry> find(String entryId);

    List<BorrowingEntry> entries(String caseId);
}

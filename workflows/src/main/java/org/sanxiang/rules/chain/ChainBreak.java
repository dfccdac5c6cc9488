package org.sanxiang.rules.chain;

import java.util.Objects;

/**
 * The first link that fails verification.
 *
 * @param position the link's index in the list that was verified (0-based)
 * @param sequence the sequence number the link carries, or -1 when there is no link there
 *                 (a chain cut short of its anchored head)
 * @param reason   why it fails
 * @param detail   a sentence for the records officer; never the content itself
 */
public record ChainBreak(int position, long sequence, BreakReason reason, String detail) {

    public ChainBreak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}

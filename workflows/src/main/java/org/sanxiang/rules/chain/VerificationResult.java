package org.sanxiang.rules.chain;

import java.util.Optional;

/**
 * The outcome of verifying a chain.
 *
 * @param linksVerified the links that passed every check before the first break (all when intact)
 * @param firstBreak    the first broken link, if any
 */
public record VerificationResult(int linksVerified, Optional<ChainBreak> firstBreak) {

    public VerificationResult {
        if (linksVerified < 0) {
            throw new IllegalArgumentException("linksVerified must be ≥ 0");
        }
        firstBreak = firstBreak == null ? Optional.empty() : firstBreak;
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    static VerificationResult ok(int links) {
        return new VerificationResult(links, Optional.empty());
    }

    static VerificationResult broken(int verified, ChainBreak chainBreak) {
        return new VerificationResult(verified, Optional.of(chainBreak));
    }
}

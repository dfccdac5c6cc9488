package org.sanxiang.rules.chain;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies a case's chain link by link, in the order given, and names the first broken link.
 * Checks per link, in this order: chain id, the link's own digest (metadata), its sequence
 * (removal / reordering), its previous digest, then its content (read again as a stream).
 */
public final class ChainVerifier {

    /** Opens the content of a link for re-reading; the verifier closes the stream. */
    @FunctionalInterface
    public interface ContentSource {
        InputStream open(ChainLink link) throws IOException;
    }

    /** The head as anchored outside the chain: the last link's sequence and digest. */
    public record Head(long sequence, String digest) {
        public Head {
            CanonicalEncoding.requireHexDigest("head digest", digest);
        }
    }

    private ChainVerifier() {
    }

    /** Verifies the links and their contents, without a head anchor. */
    public static VerificationResult verify(String chainId, List<ChainLink> links, ContentSource contents) {
        return verify(chainId, links, contents, null);
    }

    /**
     * Verifies the links and, when {@code contents} is not null, their contents; when {@code head}
     * is not null, also that the chain ends exactly at that head.
     */
    public static VerificationResult verify(String chainId, List<ChainLink> links,
            ContentSource contents, Head head) {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(links, "links");
        Map<Long, Integer> positionOfSequence = new HashMap<>();
        Map<String, Integer> positionOfDigest = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            positionOfSequence.putIfAbsent(links.get(i).sequence(), i);
            positionOfDigest.putIfAbsent(links.get(i).digest(), i);
        }
        String expectedPrevious = HashChain.GENESIS_PREVIOUS;
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            ChainBreak broken = checkStructure(chainId, i, link, expectedPrevious,
                    positionOfSequence, positionOfDigest);
            if (broken == null && contents != null) {
                broken = checkContent(i, link, contents);
            }
            if (broken != null) {
                return VerificationResult.broken(i, broken);
            }
            expectedPrevious = link.digest();
        }
        if (head != null) {
            ChainLink last = links.isEmpty() ? null : links.get(links.size() - 1);
            if (last == null || last.sequence() != head.sequence() || !last.digest().equals(head.digest())) {
                String found = last == null ? "no links" : "last link " + last.sequence() + " " + last.digest();
                return VerificationResult.broken(links.size(), new ChainBreak(links.size(), -1,
                        BreakReason.HEAD_MISMATCH, "the anchored head is link " + head.sequence()
                                + " " + head.digest() + " but the chain has " + found));
            }
        }
        return VerificationResult.ok(links.size());
    }

    private static ChainBreak checkStructure(String chainId, int position, ChainLink link,
            String expectedPrevious, Map<Long, Integer> positionOfSequence,
            Map<String, Integer> positionOfDigest) {
        long seq = link.sequence();
        if (!link.chainId().equals(chainId)) {
            return new ChainBreak(position, seq, BreakReason.WRONG_CHAIN,
                    "link belongs to chain \"" + link.chainId() + "\", not \"" + chainId + "\"");
        }
        String recomputed = link.recomputeDigest();
        if (!recomputed.equals(link.digest())) {
            return new ChainBreak(position, seq, BreakReason.METADATA_CHANGED,
                    "stored digest " + link.digest() + " but its fields give " + recomputed);
        }
        if (seq != position) {
            Integer expectedAt = positionOfSequence.get((long) position);
            if (seq < position || (expectedAt != null && expectedAt > position)) {
                return new ChainBreak(position, seq, BreakReason.LINK_REORDERED, "link " + seq
                        + " stands at position " + position + (expectedAt == null ? ""
                                : "; link " + position + " stands at position " + expectedAt));
            }
            String where = position == 0 ? "the chain starts with link " + seq
                    : "link " + seq + " follows link " + (position - 1);
            return new ChainBreak(position, seq, BreakReason.LINK_REMOVED,
                    where + ": links " + position + ".." + (seq - 1) + " are missing");
        }
        if (!link.previousDigest().equals(expectedPrevious)) {
            Integer namedAt = positionOfDigest.get(link.previousDigest());
            if (namedAt != null && namedAt != position - 1) {
                return new ChainBreak(position, seq, BreakReason.LINK_REORDERED, "link names the link at"
                        + " position " + namedAt + " as its previous, not the one before it");
            }
            return new ChainBreak(position, seq, BreakReason.PREVIOUS_DIGEST_MISMATCH,
                    "names previous " + link.previousDigest() + " but the link before is " + expectedPrevious);
        }
        return null;
    }

    private static ChainBreak checkContent(int position, ChainLink link, ContentSource contents) {
        HashChain.ContentDigest actual;
        try (InputStream in = contents.open(link)) {
            if (in == null) {
                return new ChainBreak(position, link.sequence(), BreakReason.CONTENT_UNREADABLE,
                        "no content found for the link");
            }
            actual = HashChain.digestOf(in);
        } catch (IOException e) {
            return new ChainBreak(position, link.sequence(), BreakReason.CONTENT_UNREADABLE,
                    "reading the content failed: " + e.getMessage());
        }
        if (!actual.hex().equals(link.contentDigest()) || actual.length() != link.contentLength()) {
            return new ChainBreak(position, link.sequence(), BreakReason.CONTENT_DIGEST_MISMATCH,
                    "recorded SHA-256 " + link.contentDigest() + " (" + link.contentLength()
                            + " bytes), content now " + actual.hex() + " (" + actual.length() + " bytes)");
        }
        return null;
    }
}

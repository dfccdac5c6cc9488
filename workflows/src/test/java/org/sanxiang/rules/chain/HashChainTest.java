package org.sanxiang.rules.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hash chain — chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条 (防删改)")
class HashChainTest {

    static final String CASE = "渝人社监〔2024〕12号";

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    @DisplayName("the preimage is the documented SXCHAIN1 encoding, re-implemented here byte by byte")
    void preimageFollowsTheContract() throws Exception {
        ChainLink genesis = HashChain.append(CASE, null, Map.of("stage", "立案", "kind", "text"),
                bytes("立案审批表"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("SXCHAIN1".getBytes(StandardCharsets.US_ASCII));
        byte[] id = CASE.getBytes(StandardCharsets.UTF_8);
        expected.writeBytes(ByteBuffer.allocate(4).putInt(id.length).array());
        expected.writeBytes(id);
        expected.writeBytes(ByteBuffer.allocate(8).putLong(0).array());
        expected.writeBytes(new byte[32]);
        byte[] content = "立案审批表".getBytes(StandardCharsets.UTF_8);
        expected.writeBytes(MessageDigest.getInstance("SHA-256").digest(content));
        expected.writeBytes(ByteBuffer.allocate(8).putLong(content.length).array());
        expected.writeBytes(ByteBuffer.allocate(4).putInt(2).array());
        for (String s : new String[] {"kind", "text", "stage", "立案"}) { // "kind" < "stage"
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            expected.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
            expected.writeBytes(b);
        }
        byte[] preimage = CanonicalEncoding.preimage(CASE, 0, HashChain.GENESIS_PREVIOUS,
                genesis.contentDigest(), genesis.contentLength(), genesis.metadata());
        assertArrayEquals(expected.toByteArray(), preimage);
        assertEquals(sha256Hex(expected.toByteArray()), genesis.digest());
        assertEquals(sha256Hex(content), genesis.contentDigest());
        assertEquals(HashChain.GENESIS_PREVIOUS, genesis.previousDigest());
    }

    @Test
    @DisplayName("length prefixes: moving a boundary between key and value gives another digest")
    void lengthPrefixesKeepFieldsApart() {
        String zero = HashChain.GENESIS_PREVIOUS;
        String a = CanonicalEncoding.linkDigest("c", 0, zero, zero, 0, Map.of("ab", "c"));
        String b = CanonicalEncoding.linkDigest("c", 0, zero, zero, 0, Map.of("a", "bc"));
        String c = CanonicalEncoding.linkDigest("c", 0, zero, zero, 0, Map.of("a", "b", "c", ""));
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(b, c);
    }

    @Test
    @DisplayName("metadata keys sort by UTF-8 bytes, whatever order the caller's map has")
    void keyOrderIsByUtf8Bytes() {
        Map<String, String> m1 = new LinkedHashMap<>();
        m1.put("\uFF21", "fullwidth A"); // U+FF21 sorts before U+1F600 in UTF-8 but after in UTF-16
        m1.put("\uD83D\uDE00", "emoji");
        Map<String, String> m2 = new LinkedHashMap<>();
        m2.put("\uD83D\uDE00", "emoji");
        m2.put("\uFF21", "fullwidth A");
        ChainLink l1 = HashChain.append("c", null, m1, bytes("x"));
        ChainLink l2 = HashChain.append("c", null, m2, bytes("x"));
        assertEquals(l1.digest(), l2.digest());
        assertEquals(List.of("\uFF21", "\uD83D\uDE00"), new ArrayList<>(l1.metadata().keySet()));
    }

    @Test
    @DisplayName("bad metadata is refused with the field named")
    void badMetadataIsRefused() {
        IllegalArgumentException lone = assertThrows(IllegalArgumentException.class,
                () -> HashChain.append("c", null, Map.of("name", "bad\uD800"), bytes("x")));
        assertTrue(lone.getMessage().contains("metadata value of key name"), lone.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> HashChain.append("c", null, Map.of("", "v"), bytes("x")));
        assertTrue(empty.getMessage().contains("metadata key"), empty.getMessage());
        ChainLink other = HashChain.append("other", null, Map.of(), bytes("x"));
        assertThrows(IllegalArgumentException.class, () -> HashChain.append("c", other, Map.of(), bytes("y")));
        assertThrows(IllegalArgumentException.class, () -> new ChainVerifier.Head(0, "ABC"));
    }

    /** A chain of five records and their contents. */
    static final class Fixture {
        final List<ChainLink> links = new ArrayList<>();
        final Map<Long, byte[]> contents = new LinkedHashMap<>();

        Fixture() {
            String[] stages = {"立案", "调查取证", "审查", "告知", "决定"};
            ChainLink previous = null;
            for (int i = 0; i < stages.length; i++) {
                byte[] content = ("记录 " + i + " " + stages[i]).repeat(100 + i).getBytes(StandardCharsets.UTF_8);
                previous = HashChain.append(CASE, previous,
                        Map.of("stage", stages[i], "recordedAt", "2024-03-1" + i + "T09:00:00+08:00"),
                        new ByteArrayInputStream(content));
                links.add(previous);
                contents.put(previous.sequence(), content);
            }
        }

        ChainVerifier.ContentSource source() {
            return link -> {
                byte[] b = contents.get(link.sequence());
                return b == null ? null : new ByteArrayInputStream(b);
            };
        }

        VerificationResult verify() {
            return ChainVerifier.verify(CASE, links, source());
        }
    }

    static ChainBreak firstBreak(VerificationResult result) {
        return result.firstBreak().orElseThrow(() -> new AssertionError("expected a break"));
    }

    @Test
    @DisplayName("an untouched chain verifies, with and without its anchored head")
    void intactChainVerifies() {
        Fixture f = new Fixture();
        VerificationResult r = f.verify();
        assertTrue(r.intact());
        assertEquals(5, r.linksVerified());
        ChainLink last = f.links.get(4);
        assertTrue(ChainVerifier.verify(CASE, f.links, f.source(),
                new ChainVerifier.Head(last.sequence(), last.digest())).intact());
        assertEquals(f.links.get(2).digest(), f.links.get(3).previousDigest());
    }

    @Test
    @DisplayName("content altered (篡改) → that link, CONTENT_DIGEST_MISMATCH")
    void alteredContentIsNamed() {
        Fixture f = new Fixture();
        f.contents.get(2L)[7] ^= 1;
        ChainBreak b = firstBreak(f.verify());
        assertEquals(2, b.position());
        assertEquals(BreakReason.CONTENT_DIGEST_MISMATCH, b.reason());
    }

    @Test
    @DisplayName("content truncated → CONTENT_DIGEST_MISMATCH naming both lengths")
    void truncatedContentIsNamed() {
        Fixture f = new Fixture();
        byte[] original = f.contents.get(1L);
        f.contents.put(1L, java.util.Arrays.copyOf(original, original.length - 1));
        ChainBreak b = firstBreak(f.verify());
        assertEquals(1, b.position());
        assertEquals(BreakReason.CONTENT_DIGEST_MISMATCH, b.reason());
        assertTrue(b.detail().contains(original.length + " bytes"), b.detail());
    }

    @Test
    @DisplayName("content missing → CONTENT_UNREADABLE")
    void missingContentIsNamed() {
        Fixture f = new Fixture();
        f.contents.remove(3L);
        ChainBreak b = firstBreak(f.verify());
        assertEquals(3, b.position());
        assertEquals(BreakReason.CONTENT_UNREADABLE, b.reason());
    }

    @Test
    @DisplayName("metadata changed without recomputing → METADATA_CHANGED at that link")
    void changedMetadataIsNamed() {
        Fixture f = new Fixture();
        ChainLink l = f.links.get(1);
        f.links.set(1, new ChainLink(l.chainId(), l.sequence(), l.previousDigest(), l.contentDigest(),
                l.contentLength(), new java.util.TreeMap<>(Map.of("stage", "调查取证",
                        "recordedAt", "2024-03-20T09:00:00+08:00")), l.digest()));
        ChainBreak b = firstBreak(f.verify());
        assertEquals(1, b.position());
        assertEquals(BreakReason.METADATA_CHANGED, b.reason());
    }

    @Test
    @DisplayName("metadata changed and the link's digest recomputed → the next link's PREVIOUS_DIGEST_MISMATCH")
    void rehashedLinkBreaksTheNext() {
        Fixture f = new Fixture();
        ChainLink l = f.links.get(1);
        Map<String, String> forged = Map.of("stage", "调查取证", "recordedAt", "2024-03-20T09:00:00+08:00");
        f.links.set(1, new ChainLink(l.chainId(), l.sequence(), l.previousDigest(), l.contentDigest(),
                l.contentLength(), new java.util.TreeMap<>(forged), CanonicalEncoding.linkDigest(
                        l.chainId(), l.sequence(), l.previousDigest(), l.contentDigest(), l.contentLength(), forged)));
        ChainBreak b = firstBreak(f.verify());
        assertEquals(2, b.position());
        assertEquals(BreakReason.PREVIOUS_DIGEST_MISMATCH, b.reason());
    }

    @Test
    @DisplayName("a link removed from the middle → LINK_REMOVED at the link that follows the gap")
    void removedLinkIsNamed() {
        Fixture f = new Fixture();
        f.links.remove(2);
        ChainBreak b = firstBreak(f.verify());
        assertEquals(2, b.position());
        assertEquals(3, b.sequence());
        assertEquals(BreakReason.LINK_REMOVED, b.reason());
    }

    @Test
    @DisplayName("the genesis link removed → LINK_REMOVED at position 0")
    void removedGenesisIsNamed() {
        Fixture f = new Fixture();
        f.links.remove(0);
        ChainBreak b = firstBreak(f.verify());
        assertEquals(0, b.position());
        assertEquals(BreakReason.LINK_REMOVED, b.reason());
    }

    @Test
    @DisplayName("two links swapped → LINK_REORDERED at the first of them")
    void swappedLinksAreNamed() {
        Fixture f = new Fixture();
        java.util.Collections.swap(f.links, 1, 3);
        ChainBreak b = firstBreak(f.verify());
        assertEquals(1, b.position());
        assertEquals(BreakReason.LINK_REORDERED, b.reason());
    }

    @Test
    @DisplayName("a link duplicated → LINK_REORDERED at the copy")
    void duplicatedLinkIsNamed() {
        Fixture f = new Fixture();
        f.links.add(2, f.links.get(1));
        ChainBreak b = firstBreak(f.verify());
        assertEquals(2, b.position());
        assertEquals(BreakReason.LINK_REORDERED, b.reason());
    }

    @Test
    @DisplayName("the last link cut off → only the anchored head shows it (HEAD_MISMATCH)")
    void truncatedEndNeedsTheHead() {
        Fixture f = new Fixture();
        ChainLink last = f.links.remove(4);
        assertTrue(f.verify().intact(), "a chain alone cannot show its end was cut");
        ChainBreak b = firstBreak(ChainVerifier.verify(CASE, f.links, f.source(),
                new ChainVerifier.Head(last.sequence(), last.digest())));
        assertEquals(4, b.position());
        assertEquals(BreakReason.HEAD_MISMATCH, b.reason());
    }

    @Test
    @DisplayName("a link from another case's chain → WRONG_CHAIN")
    void foreignLinkIsNamed() {
        Fixture f = new Fixture();
        ChainLink foreign = HashChain.append("另一案件", null, Map.of(), bytes("x"));
        f.links.set(0, foreign);
        ChainBreak b = firstBreak(f.verify());
        assertEquals(0, b.position());
        assertEquals(BreakReason.WRONG_CHAIN, b.reason());
    }

    @Test
    @DisplayName("the earliest break wins: content at 1 and order at 3 → position 1")
    void earliestBreakWins() {
        Fixture f = new Fixture();
        java.util.Collections.swap(f.links, 3, 4);
        f.contents.get(1L)[0] ^= 1;
        ChainBreak b = firstBreak(f.verify());
        assertEquals(1, b.position());
        assertEquals(1, f.verify().linksVerified());
    }

    @Test
    @DisplayName("a 256 MiB stream generated on the fly chains and matches plain SHA-256 of the same bytes")
    void largeStreamChains() throws Exception {
        long size = 256L * 1024 * 1024;
        ChainLink link = HashChain.append(CASE, null, Map.of("kind", "av"), new GeneratedStream(size, 42));
        assertEquals(size, link.contentLength());
        MessageDigest plain = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new GeneratedStream(size, 42)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                plain.update(buffer, 0, n);
            }
        }
        assertEquals(HexFormat.of().formatHex(plain.digest()), link.contentDigest());
        assertTrue(ChainVerifier.verify(CASE, List.of(link), l -> new GeneratedStream(size, 42)).intact());
        assertEquals(BreakReason.CONTENT_DIGEST_MISMATCH, firstBreak(
                ChainVerifier.verify(CASE, List.of(link), l -> new GeneratedStream(size, 43))).reason());
    }

    /** A deterministic stream of pseudo-random bytes that is never held in memory. */
    static final class GeneratedStream extends InputStream {
        private final long size;
        private long position;
        private long state;

        GeneratedStream(long size, long seed) {
            this.size = size;
            this.state = seed;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                b[off + i] = (byte) (state >>> 56);
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
        }
    }

    @Test
    @DisplayName("every break reason has a zh_CN and an en label")
    void reasonsAreLabelled() {
        for (BreakReason reason : BreakReason.values()) {
            assertFalse(reason.labelZh().isBlank(), reason::name);
            assertFalse(reason.labelEn().isBlank(), reason::name);
            assertTrue(reason.labelZh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN), reason::name);
        }
    }
}

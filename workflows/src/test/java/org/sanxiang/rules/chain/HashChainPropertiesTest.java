package org.sanxiang.rules.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever single tampering is done to whichever link, verification names that link first
 * (chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条: no record may be altered).
 */
@Label("Hash chain properties — chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条")
class HashChainPropertiesTest {

    enum Tamper { CONTENT, METADATA, REMOVE, SWAP_WITH_NEXT }

    @Property(tries = 300)
    @Label("the first broken link is the tampered one")
    void firstBreakIsTheTamperedLink(@ForAll @IntRange(min = 2, max = 9) int length,
            @ForAll @IntRange(min = 0, max = 8) int target, @ForAll Tamper tamper,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        int at = target % (tamper == Tamper.SWAP_WITH_NEXT ? length - 1 : length);
        List<ChainLink> links = new ArrayList<>();
        Map<Long, byte[]> contents = new HashMap<>();
        ChainLink previous = null;
        for (int i = 0; i < length; i++) {
            byte[] content = ("记录" + seed + "/" + i).repeat(1 + (seed + i) % 7).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            previous = HashChain.append("case-" + seed, previous, Map.of("n", Integer.toString(i)),
                    new ByteArrayInputStream(content));
            links.add(previous);
            contents.put(previous.sequence(), content);
        }
        ChainLink head = links.get(length - 1);
        assertTrue(verify(seed, links, contents, head).intact());

        switch (tamper) {
            case CONTENT -> contents.get((long) at)[seed % contents.get((long) at).length] ^= 0x20;
            case METADATA -> {
                ChainLink l = links.get(at);
                links.set(at, new ChainLink(l.chainId(), l.sequence(), l.previousDigest(), l.contentDigest(),
                        l.contentLength(), new TreeMap<>(Map.of("n", "x")), l.digest()));
            }
            case REMOVE -> links.remove(at);
            case SWAP_WITH_NEXT -> Collections.swap(links, at, at + 1);
            default -> throw new IllegalStateException();
        }
        VerificationResult result = verify(seed, links, contents, head);
        ChainBreak first = result.firstBreak().orElseThrow(() -> new AssertionError(tamper + " at " + at + " not seen"));
        assertEquals(at, first.position(), () -> tamper + ": " + first);
        assertEquals(at, result.linksVerified());
    }

    private static VerificationResult verify(int seed, List<ChainLink> links, Map<Long, byte[]> contents, ChainLink head) {
        return ChainVerifier.verify("case-" + seed, links,
                link -> new ByteArrayInputStream(contents.get(link.sequence())),
                new ChainVerifier.Head(head.sequence(), head.digest()));
    }
}

package org.sanxiang.rules.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.rules.profile.ProfileRegistry;

class LongTermAfterArchivingTest {

    private static final ProfileRegistry SHIPPED = ProfileRegistry.shipped();
    private static final LocalDate LATER = LocalDate.of(2026, 9, 1);

    @Test
    @DisplayName("fushun-2026 细则 第二十三条（一）: a complaint after archiving adds long-term retention, traced by a chain link")
    void addedAfterArchivingAndLinked() {
        RetentionPolicy policy = RetentionPolicy.of(SHIPPED.get("fushun-2026"));
        RetentionPolicy.LongTermAddition addition = policy.addAfterArchiving(LongTermReason.PARTY_OBJECTION,
                Set.of(LongTermReason.OBSTRUCTION), LATER, "当事人2026年8月信访").orElseThrow();
        assertEquals(Citation.of("fushun-2026", "细则 第二十三条（一）"), addition.trigger().citation());
        Map<String, String> metadata = addition.chainMetadata();
        assertEquals("long-term-retention-added", metadata.get("event"));
        assertEquals("party-objection", metadata.get("reason"));
        assertEquals("fushun-2026 细则 第二十三条（一）", metadata.get("citation"));
        assertEquals("2026-09-01", metadata.get("addedOn"));

        ChainLink sealed = HashChain.append("case-fs", null, Map.of("event", "sealed"), new ByteArrayInputStream(new byte[0]));
        ChainLink added = HashChain.append("case-fs", sealed, metadata, new ByteArrayInputStream(new byte[0]));
        assertEquals(sealed.digest(), added.previousDigest());
        assertEquals(added.digest(), added.recomputeDigest());
        assertEquals("party-objection", added.metadata().get("reason"));
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十三条: a trigger already applied adds nothing; a profile without triggers refuses, naming the field")
    void idempotentAndProfileBound() {
        RetentionPolicy fushun = RetentionPolicy.of(SHIPPED.get("fushun-2026"));
        assertTrue(fushun.addAfterArchiving(LongTermReason.OBSTRUCTION, Set.of(LongTermReason.OBSTRUCTION), LATER, null).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetentionPolicy
                .of(SHIPPED.get("chongqing-2024")).addAfterArchiving(LongTermReason.OBSTRUCTION, Set.of(), LATER, null));
        assertTrue(e.getMessage().startsWith("longTermReasons: chongqing-2024 sets no long-term"), e.getMessage());
    }
}

package org.sanxiang.workflow.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryCases;

/**
 * Archiving continues a chain whose first records were sealed when they were added (repo-amp seals on
 * add); chongqing-2024 全过程记录 第十四条: records must not be altered.
 */
class CaseSealTest {

    final InMemoryCases cases = new InMemoryCases();
    final CaseSeal seal = new CaseSeal(cases, cases);

    {
        cases.addCase(new CaseFolder("case-1", "chongqing-2024", "渝2025-1", "case", Set.of(), false, Map.of()));
    }

    String record(String name, String text) {
        String id = cases.createRecord("case-1", "sx:textRecord", name, Map.of("sx:stage", "investigation")).id();
        if (text != null) {
            cases.putContent(id, text.getBytes(StandardCharsets.UTF_8));
        }
        return id;
    }

    /** What repo-amp's RecordSealer writes when a record is added. */
    ChainLink sealOnAdd(String id, ChainLink previous) throws IOException {
        CaseRecord r = cases.records("case-1").stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        ChainLink link;
        try (InputStream in = cases.content(id)) {
            link = HashChain.append("case-1", previous, CaseSeal.metadata(r), in);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(CaseSeal.DIGEST, link.digest());
        p.put(CaseSeal.PREVIOUS, link.previousDigest());
        p.put(CaseSeal.SEQUENCE, link.sequence());
        p.put(CaseSeal.SEALED_AT, Date.from(Instant.EPOCH));
        p.put(CaseSeal.SEALED_BY, "clerk");
        cases.addAspect(id, CaseSeal.SEALED, p);
        return link;
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十四条: links sealed on add are kept, the rest continue the chain, verification is intact")
    void continuesTheChain() throws IOException {
        String a = record("a.pdf", "a");
        String b = record("b.pdf", "b");
        ChainLink first = sealOnAdd(a, null);
        sealOnAdd(b, first);
        String c = record("c.pdf", "c"); // not sealed on add (e.g. added before the module was installed)
        String manifest = seal.seal("case-1", "archivist", Instant.parse("2025-06-01T00:00:00Z"));
        assertEquals(2L, ((Number) cases.records("case-1").stream().filter(r -> r.id().equals(c)).findFirst().orElseThrow()
                .properties().get(CaseSeal.SEQUENCE)).longValue());
        assertTrue(cases.text(manifest).contains("\n0\t" + a + "\t"), cases.text(manifest));
        assertTrue(seal.verify("case-1").intact());
        assertThrows(IllegalStateException.class, () -> seal.seal("case-1", "archivist", Instant.EPOCH), "sealed once");
    }

    @Test
    @DisplayName("a record sealed on add that no longer matches its seal stops archiving, named")
    void refusesAlteredRecord() throws IOException {
        String a = record("a.pdf", "a");
        sealOnAdd(a, null);
        cases.putContent(a, "forged".getBytes(StandardCharsets.UTF_8));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> seal.seal("case-1", "archivist", Instant.EPOCH));
        assertTrue(e.getMessage().contains("a.pdf"), e.getMessage());
    }
}

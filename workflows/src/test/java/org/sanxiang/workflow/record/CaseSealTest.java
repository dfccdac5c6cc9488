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
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.chain.BreakReason;
import org.sanxiang.rules.chain.ChainEncoding;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.DocumentDraft;
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

    @Test
    @DisplayName("a chain sealed with SXCHAIN1 (manifest of its time, no folder link) still verifies, and a change is still found")
    void sxchain1ChainStillVerifies() throws IOException {
        String a = record("a.pdf", "a");
        String b = record("b.pdf", "b");
        ChainLink first = sealOnAdd(a, null);
        ChainLink second = sealOnAdd(b, first);
        assertEquals(ChainEncoding.SXCHAIN1, second.encoding());
        StringBuilder manifest = new StringBuilder(CaseSeal.MANIFEST_MARKER + "\ncase\tcase-1\n");
        for (var e : List.of(Map.entry(a, first), Map.entry(b, second))) {
            ChainLink l = e.getValue();
            manifest.append(l.sequence()).append('\t').append(e.getKey()).append('\t').append(l.contentDigest()).append('\t')
                    .append(l.contentLength()).append('\t').append(l.digest()).append('\n');
        }
        manifest.append("head\t1\t").append(second.digest()).append('\n');
        cases.write("case-1", new DocumentDraft(CaseSeal.MANIFEST_TYPE, "封存清单-case-1.txt",
                Map.of("cm:description", CaseSeal.MANIFEST_MARKER), manifest.toString()));
        CaseSeal.Verification v = seal.verify("case-1");
        assertTrue(v.intact(), v.toString());
        assertEquals(2, v.result().linksVerified());

        cases.setProperties(b, Map.of("sx:stage", "decision"));
        CaseSeal.Verification changed = seal.verify("case-1");
        assertEquals(BreakReason.METADATA_CHANGED, changed.firstBreak().orElseThrow().reason());
        assertEquals(b, changed.brokenRecordId());
    }

    @Test
    @DisplayName("new links are SXCHAIN2 (algorithm SXCHAIN2/SHA-256), the case folder is the last link, and a changed folder property is named")
    void folderIsSealedAndNamed() {
        String a = record("a.pdf", "a");
        cases.setProperties("case-1", Map.of("sx:fineAmount", 20000.0, "sx:partyName", "某建筑劳务有限公司"));
        String manifest = seal.seal("case-1", "archivist", Instant.parse("2025-06-01T00:00:00Z"));
        CaseRecord sealed = cases.records("case-1").stream().filter(r -> r.id().equals(a)).findFirst().orElseThrow();
        assertEquals(CaseSeal.ALGORITHM_V2, sealed.properties().get(CaseSeal.ALGORITHM));
        String text = cases.text(manifest);
        assertTrue(text.contains("algorithm\tSXCHAIN2/SHA-256\n"), text);
        assertTrue(text.contains("\n1\tcase-1\t"), text);
        assertTrue(text.contains("head\t1\t"), text);
        assertTrue(seal.verify("case-1").intact());

        cases.setProperties("case-1", Map.of("sx:fineAmount", 2000.0));
        CaseSeal.Verification v = seal.verify("case-1");
        assertEquals(BreakReason.METADATA_CHANGED, v.firstBreak().orElseThrow().reason());
        assertEquals("case-1", v.brokenRecordId());
        assertEquals(List.of("sx:fineAmount"), v.changedProperties());
        assertTrue(v.firstBreak().orElseThrow().detail().contains("sx:fineAmount"), v.firstBreak().orElseThrow().detail());
        cases.setProperties("case-1", Map.of("sx:fineAmount", 20000.0));
        assertTrue(seal.verify("case-1").intact());
    }
}

package org.sanxiang.rules.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;

/**
 * SXCHAIN2: a link commits to every property of a record's type and aspects but those the repository
 * maintains; each change is detected and named. Chains sealed with SXCHAIN1 still verify.
 */
class SealedPropertiesTest {

    private static final String SEAL = "sx:sealed";
    private static final M2Model MODEL = M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
    private static final List<String> SEAL_PROPERTIES = MODEL.findClass(SEAL).orElseThrow().properties().stream()
            .map(M2Property::name).toList();
    private static final SealedProperties SEALED = SealedProperties.of(SEAL, SEAL_PROPERTIES, Map.of());

    private static ChainLink seal(String chainId, ChainLink previous, SortedMap<String, String> metadata, byte[] content) {
        return HashChain.append(ChainEncoding.SXCHAIN2, chainId, previous, metadata, new ByteArrayInputStream(content));
    }

    private static ChainLink relink(ChainLink sealed, SortedMap<String, String> metadataNow) {
        return new ChainLink(sealed.chainId(), sealed.sequence(), sealed.previousDigest(), sealed.contentDigest(),
                sealed.contentLength(), metadataNow, sealed.digest(), sealed.encoding());
    }

    @Test
    @DisplayName("every property of every sealed type and aspect of the model, changed in turn, breaks the link and is named")
    void everyPropertyOfEverySealedTypeIsDetectedAndNamed() {
        int checked = 0;
        for (M2Class type : MODEL.types()) {
            if (!descendsFrom(type, "cm:content")) {
                continue; // records and documents; the case folder is sealed the same way as its own link
            }
            for (M2Class aspect : MODEL.aspects()) {
                if (aspect.name().equals(SEAL)) {
                    continue;
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                List<M2Property> all = new ArrayList<>(inherited(type));
                all.addAll(aspect.properties());
                for (M2Property p : all) {
                    properties.put(p.name(), value(p, 0));
                }
                List<String> aspects = List.of(aspect.name(), SEAL, "cm:auditable");
                SortedMap<String, String> metadata = SEALED.metadata("node-1", type.name(), "record.txt", aspects, properties);
                byte[] content = "内容".getBytes(StandardCharsets.UTF_8);
                ChainLink link = seal("case-1", null, metadata, content);
                SortedMap<String, String> fingerprints = SealedProperties.fingerprints(metadata);
                assertTrue(ChainVerifier.verify("case-1", List.of(link), l -> new ByteArrayInputStream(content)).intact());

                for (M2Property p : all) {
                    Map<String, Object> changed = new LinkedHashMap<>(properties);
                    changed.put(p.name(), value(p, 1));
                    SortedMap<String, String> now = SEALED.metadata("node-1", type.name(), "record.txt", aspects, changed);
                    VerificationResult r = ChainVerifier.verify("case-1", List.of(relink(link, now)), null);
                    String where = type.name() + " + " + aspect.name() + ": " + p.name();
                    assertFalse(r.intact(), where + " changed but the link verifies");
                    assertEquals(BreakReason.METADATA_CHANGED, r.firstBreak().orElseThrow().reason(), where);
                    assertEquals(List.of(p.name()), SealedProperties.changed(fingerprints, now), where + " named");

                    Map<String, Object> removed = new LinkedHashMap<>(properties);
                    removed.remove(p.name());
                    SortedMap<String, String> without = SEALED.metadata("node-1", type.name(), "record.txt", aspects, removed);
                    assertFalse(ChainVerifier.verify("case-1", List.of(relink(link, without)), null).intact(), where + " removed");
                    assertEquals(List.of(p.name()), SealedProperties.changed(fingerprints, without), where + " removal named");
                    checked++;
                }
                // the aspect itself removed: named as @aspects (and its properties with it)
                SortedMap<String, String> noAspect = SEALED.metadata("node-1", type.name(), "record.txt",
                        List.of(SEAL), properties);
                assertTrue(SealedProperties.changed(fingerprints, noAspect).contains("@aspects"), type.name() + " - " + aspect.name());
            }
        }
        assertTrue(checked > 500, "properties checked: " + checked);
    }

    @Test
    @DisplayName("what the repository maintains, and the seal itself, are left out: the link survives them")
    void systemMaintainedPropertiesAreNotSealed() {
        Map<String, Object> p = new HashMap<>();
        p.put("sx:opinionType", "agree");
        SortedMap<String, String> before = SEALED.metadata("n", "sx:reviewOpinion", "a.txt", List.of("P:cm:titled"), p);
        Map<String, Object> q = new HashMap<>(p);
        q.put("cmis:lastModificationDate", new Date());
        q.put("cmis:versionLabel", "1.1");
        q.put("cmis:changeToken", "17");
        q.put("cm:modified", new Date());
        q.put("sys:node-uuid", "abc");
        q.put("sx:sealDigest", "0".repeat(64));
        SortedMap<String, String> after = SEALED.metadata("n", "sx:reviewOpinion", "a.txt",
                List.of("P:cm:titled", SEAL, "cm:auditable", "cm:versionable"), q);
        assertEquals(before, after);
        SealedProperties.SYSTEM_MAINTAINED.forEach((name, why) -> assertFalse(why.isBlank(), name + " has a reason"));
        assertTrue(SEALED.unsealed().containsKey("sx:sealDigest"));
        SealedProperties lenient = SealedProperties.of(SEAL, SEAL_PROPERTIES,
                Map.of("sx:legalHoldReason", "set by the legal hold step, which audits it"));
        assertFalse(lenient.sealed("sx:legalHoldReason"));
        assertTrue(lenient.sealed("sx:opinionType"));
        SealedProperties holdLater = SealedProperties.of(SEAL, SEAL_PROPERTIES,
                Map.of("sx:legalHold", "added by the legal hold step after sealing", "sx:holdNote", "idem"));
        Map<String, Object> held = new HashMap<>(p);
        held.put("sx:holdNote", "诉讼中");
        assertEquals(holdLater.metadata("n", "sx:reviewOpinion", "a.txt", List.of("P:cm:titled"), p),
                holdLater.metadata("n", "sx:reviewOpinion", "a.txt", List.of("P:cm:titled", "P:sx:legalHold"), held));
    }

    @Test
    @DisplayName("values are typed and unambiguous: a list of one 'a,b' differs from a list of 'a' and 'b'; 5 = 5.0; text 5 ≠ number 5")
    void encodingIsUnambiguous() {
        assertNotEquals(SealedProperties.encode(List.of("a,b")), SealedProperties.encode(List.of("a", "b")));
        assertNotEquals(SealedProperties.encode(List.of("a\",\"b")), SealedProperties.encode(List.of("a", "b")));
        assertEquals(SealedProperties.encode(5), SealedProperties.encode(BigInteger.valueOf(5)));
        assertEquals(SealedProperties.encode(5.0), SealedProperties.encode(new BigDecimal("5.000")));
        assertEquals("d:5", SealedProperties.encode(new BigDecimal("5.00")));
        assertNotEquals(SealedProperties.encode("5"), SealedProperties.encode(5));
        assertEquals(SealedProperties.encode(Date.from(Instant.parse("2026-03-01T02:03:04.005Z"))), "t:2026-03-01T02:03:04.005Z");
        assertEquals(null, SealedProperties.encode(List.of()));
        assertEquals(null, SealedProperties.encode(null));
        assertEquals(SealedProperties.fingerprints(Map.of("a", "s:1", "b=c", "s:2")),
                SealedProperties.parseFingerprintField(SealedProperties.fingerprintField(
                        SealedProperties.fingerprints(Map.of("a", "s:1", "b=c", "s:2")))));
    }

    @Test
    @DisplayName("SXCHAIN1 links still verify and SXCHAIN2 links follow them; a link cannot pass for the other encoding")
    void versionOneChainsStillVerify() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".getBytes(StandardCharsets.UTF_8);
        ChainLink v1 = HashChain.append("c", null, Map.of("id", "1", "type", "sx:textRecord", "name", "a.txt"),
                new ByteArrayInputStream(a));
        assertEquals(ChainEncoding.SXCHAIN1, v1.encoding());
        SortedMap<String, String> m = SEALED.metadata("2", "sx:textRecord", "b.txt", List.of(), Map.of("sx:stage", "filing"));
        ChainLink v2 = seal("c", v1, m, b);
        List<byte[]> contents = List.of(a, b);
        assertTrue(ChainVerifier.verify("c", List.of(v1, v2), l -> new ByteArrayInputStream(contents.get((int) l.sequence()))).intact());
        ChainLink sameFieldsOtherEncoding = new ChainLink("c", 1, v2.previousDigest(), v2.contentDigest(), v2.contentLength(),
                v2.metadata(), v2.digest(), ChainEncoding.SXCHAIN1);
        assertFalse(ChainVerifier.verify("c", List.of(v1, sameFieldsOtherEncoding), null).intact());
        assertEquals(new String(CanonicalEncoding.VERSION_TAG, StandardCharsets.US_ASCII), "SXCHAIN1");
        assertEquals("SXCHAIN2", new String(CanonicalEncoding.preimage(ChainEncoding.SXCHAIN2, "c", 0, HashChain.GENESIS_PREVIOUS,
                v2.contentDigest(), 1, Map.of()), 0, 8, StandardCharsets.US_ASCII));
    }

    // ---- the model

    private static boolean descendsFrom(M2Class c, String root) {
        M2Class current = c;
        for (int i = 0; i < 64 && current != null; i++) {
            if (root.equals(current.parent())) {
                return true;
            }
            current = current.parent() == null ? null : MODEL.findClass(current.parent()).orElse(null);
        }
        return false;
    }

    private static List<M2Property> inherited(M2Class c) {
        List<M2Property> all = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        M2Class current = c;
        for (int i = 0; i < 64 && current != null; i++) {
            for (M2Property p : current.properties()) {
                if (seen.add(p.name())) {
                    all.add(p);
                }
            }
            current = current.parent() == null ? null : MODEL.findClass(current.parent()).orElse(null);
        }
        return all;
    }

    /** Two distinct valid values of a property: the first and second allowed values, or made-up ones. */
    private static Object value(M2Property p, int which) {
        List<String> allowed = new ArrayList<>();
        p.constraintRefs().forEach(r -> MODEL.findConstraint(r).filter(M2Constraint::isList).ifPresent(c -> allowed.addAll(c.allowedValues())));
        Object single = switch (p.type()) {
            case "d:int", "d:long" -> (long) (7 + which);
            case "d:float", "d:double" -> 1.5 + which;
            case "d:boolean" -> which == 1;
            case "d:date", "d:datetime" -> Date.from(Instant.parse("2026-03-0" + (1 + which) + "T00:00:00Z"));
            default -> allowed.size() > which ? allowed.get(which) : p.name() + "-value-" + which;
        };
        return p.multiple() ? List.of(single) : single;
    }

}

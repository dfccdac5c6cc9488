package org.sanxiang.workflow.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sanxiang.rules.chain.ChainBreak;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.ChainVerifier;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.rules.chain.VerificationResult;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * Seals a case's records into its SXCHAIN1 hash chain ({@link HashChain}; chongqing-2024 全过程记录
 * 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条: records must not be altered)
 * and verifies it again.
 *
 * <p>Each record gets the aspect {@code sx:sealed} (its link digest, the previous digest, its
 * position, sealed at / by). The content digests and lengths, and the head of the chain, go into
 * the seal manifest (封存清单), a document written into the case; verification rebuilds every link
 * from the record as it is now (its metadata and content) and names the first record that no longer
 * matches.
 */
public final class CaseSeal {

    public static final String SEALED = "sx:sealed";
    public static final String DIGEST = "sx:sealDigest";
    public static final String PREVIOUS = "sx:previousSealDigest";
    public static final String SEQUENCE = "sx:sealSequence";
    public static final String ALGORITHM = "sx:sealAlgorithm";
    public static final String SEALED_AT = "sx:sealedAt";
    public static final String SEALED_BY = "sx:sealedBy";
    /** Type and marker of the seal manifest in the case. */
    public static final String MANIFEST_TYPE = "cm:content";
    public static final String MANIFEST_MARKER = "SXCHAIN1 seal manifest";
    static final String DESCRIPTION = "cm:description";

    /** The metadata a link commits to, besides the record's id, type and name. */
    public static final List<String> SEALED_PROPERTIES = List.of("sx:stage", "sx:recordCaseNumber", "sx:recordedBy",
            "sx:recordedAt", "sx:recordPlace", "sx:textRecordKind", "sx:documentNumber", "sx:avKind", "sx:deviceId",
            "sx:avStartedAt", "sx:avEndedAt", "sx:usedAsEvidence");

    private final CaseRepository cases;
    private final CaseDocuments documents;

    public CaseSeal(CaseRepository cases, CaseDocuments documents) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** Records that are sealed: every stage record of the case, not the manifest or other paperwork. */
    public static boolean sealable(CaseRecord record) {
        return !MANIFEST_TYPE.equals(record.type());
    }

    /** Seals every record of the case in creation order; returns the manifest's node id. */
    public String seal(String caseId, String sealedBy, Instant at) {
        if (cases.records(caseId).stream().anyMatch(r -> r.aspects().contains(SEALED))) {
            throw new IllegalStateException("case " + caseId + " is sealed already");
        }
        ChainLink previous = null;
        StringBuilder manifest = new StringBuilder(MANIFEST_MARKER + "\n" + "case\t" + caseId + "\n");
        for (CaseRecord record : cases.records(caseId)) {
            if (!sealable(record)) {
                continue;
            }
            ChainLink link;
            try (InputStream content = cases.content(record.id())) {
                link = HashChain.append(caseId, previous, metadata(record), content);
            } catch (IOException e) {
                throw new UncheckedIOException("reading record " + record.id() + " to seal it failed", e);
            }
            Map<String, Object> seal = new LinkedHashMap<>();
            seal.put(DIGEST, link.digest());
            seal.put(PREVIOUS, link.previousDigest());
            seal.put(SEQUENCE, link.sequence());
            seal.put(ALGORITHM, "SHA-256");
            seal.put(SEALED_AT, Date.from(at));
            seal.put(SEALED_BY, sealedBy);
            cases.addAspect(record.id(), SEALED, seal);
            manifest.append(link.sequence()).append('\t').append(record.id()).append('\t').append(link.contentDigest())
                    .append('\t').append(link.contentLength()).append('\t').append(link.digest()).append('\n');
            previous = link;
        }
        if (previous == null) {
            throw new IllegalStateException("case " + caseId + " has no records to seal");
        }
        manifest.append("head\t").append(previous.sequence()).append('\t').append(previous.digest()).append('\n');
        return documents.write(caseId, new DocumentDraft(MANIFEST_TYPE, "封存清单-" + caseId + ".txt",
                Map.of("cm:title", "封存清单 / Seal manifest", DESCRIPTION, MANIFEST_MARKER), manifest.toString()));
    }

    /** The metadata of a record as a link commits to it. */
    public static Map<String, String> metadata(CaseRecord record) {
        Map<String, String> metadata = new TreeMap<>();
        metadata.put("id", record.id());
        metadata.put("type", record.type());
        metadata.put("name", record.name());
        for (String key : SEALED_PROPERTIES) {
            Object value = record.properties().get(key);
            if (value != null) {
                metadata.put(key, text(value));
            }
        }
        return metadata;
    }

    private static String text(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Object::toString).collect(Collectors.joining(","));
        }
        return value.toString();
    }

    /** The outcome of verifying a case's chain, naming the record at the first break. */
    public record Verification(VerificationResult result, String brokenRecordId) {

        public boolean intact() {
            return result.intact();
        }

        public Optional<ChainBreak> firstBreak() {
            return result.firstBreak();
        }
    }

    private record ManifestLine(long sequence, String recordId, String contentDigest, long contentLength, String digest) {
    }

    /** Verifies the case's chain against the records as they are now. */
    public Verification verify(String caseId) {
        List<CaseRecord> records = cases.records(caseId);
        CaseRecord manifestRecord = records.stream()
                .filter(r -> MANIFEST_TYPE.equals(r.type()) && MANIFEST_MARKER.equals(r.properties().get(DESCRIPTION)))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no seal manifest: it was never sealed"));
        List<ManifestLine> lines = new ArrayList<>();
        ChainVerifier.Head head = null;
        for (String line : documents.text(manifestRecord.id()).split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 5) {
                lines.add(new ManifestLine(Long.parseLong(f[0]), f[1], f[2], Long.parseLong(f[3]), f[4]));
            } else if (f.length == 3 && f[0].equals("head")) {
                head = new ChainVerifier.Head(Long.parseLong(f[1]), f[2]);
            }
        }
        Map<String, CaseRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<ChainLink> links = new ArrayList<>();
        List<String> recordAt = new ArrayList<>();
        for (ManifestLine line : lines) {
            CaseRecord record = byId.get(line.recordId());
            if (record == null) {
                continue; // removed: the verifier names the gap
            }
            Map<String, Object> p = record.properties();
            long sequence = p.get(SEQUENCE) instanceof Number n ? n.longValue() : line.sequence();
            String previous = p.get(PREVIOUS) instanceof String s ? s : HashChain.GENESIS_PREVIOUS;
            String digest = p.get(DIGEST) instanceof String s ? s : line.digest();
            links.add(new ChainLink(caseId, sequence, previous, line.contentDigest(), line.contentLength(),
                    new TreeMap<>(metadata(record)), digest));
            recordAt.add(record.id());
        }
        Map<ChainLink, String> recordOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            recordOf.put(links.get(i), recordAt.get(i));
        }
        VerificationResult result = ChainVerifier.verify(caseId, links, link -> cases.content(recordOf.get(link)), head);
        String broken = result.firstBreak().map(b -> switch (b.reason()) {
            case LINK_REMOVED, HEAD_MISMATCH -> lines.stream().filter(l -> l.sequence() == b.position()).map(ManifestLine::recordId)
                    .findFirst().orElse(null);
            default -> recordAt.get(b.position());
        }).orElse(null);
        return new Verification(result, broken);
    }
}

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.chain.BreakReason;
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

    public static final String SEALED = SanxiangModel.ASPECT_SEALED.toPrefixString();
    public static final String DIGEST = SanxiangModel.PROP_SEAL_DIGEST.toPrefixString();
    public static final String PREVIOUS = SanxiangModel.PROP_PREVIOUS_SEAL_DIGEST.toPrefixString();
    public static final String SEQUENCE = SanxiangModel.PROP_SEAL_SEQUENCE.toPrefixString();
    public static final String ALGORITHM = SanxiangModel.PROP_SEAL_ALGORITHM.toPrefixString();
    public static final String SEALED_AT = SanxiangModel.PROP_SEALED_AT.toPrefixString();
    public static final String SEALED_BY = SanxiangModel.PROP_SEALED_BY.toPrefixString();
    /** Type and marker of the seal manifest in the case. */
    public static final String MANIFEST_TYPE = "cm:content";
    public static final String MANIFEST_MARKER = "SXCHAIN1 seal manifest";
    static final String DESCRIPTION = "cm:description";

    /** The metadata a link commits to, besides the record's id, type and name. */
    public static final List<String> SEALED_PROPERTIES = List.of(SanxiangModel.PROP_STAGE.toPrefixString(), SanxiangModel.PROP_RECORD_CASE_NUMBER.toPrefixString(), SanxiangModel.PROP_RECORDED_BY.toPrefixString(),
            SanxiangModel.PROP_RECORDED_AT.toPrefixString(), SanxiangModel.PROP_RECORD_PLACE.toPrefixString(), SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString(), SanxiangModel.PROP_DOCUMENT_NUMBER.toPrefixString(), SanxiangModel.PROP_AV_KIND.toPrefixString(), SanxiangModel.PROP_DEVICE_ID.toPrefixString(),
            SanxiangModel.PROP_AV_STARTED_AT.toPrefixString(), SanxiangModel.PROP_AV_ENDED_AT.toPrefixString(), SanxiangModel.PROP_USED_AS_EVIDENCE.toPrefixString());

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

    /**
     * Seals every record of the case in creation order and writes the manifest; returns its node id.
     * Records sealed earlier, when they were added (repo-amp seals a record on add), keep their links:
     * each is computed again from the record as it is now and must still match, and the chain then
     * continues with the records not yet sealed.
     */
    public String seal(String caseId, String sealedBy, Instant at) {
        List<CaseRecord> records = cases.records(caseId);
        if (records.stream().anyMatch(r -> MANIFEST_TYPE.equals(r.type()) && MANIFEST_MARKER.equals(r.properties().get(DESCRIPTION)))) {
            throw new IllegalStateException("case " + caseId + " is sealed already");
        }
        List<CaseRecord> sealedEarlier = records.stream().filter(r -> sealable(r) && r.aspects().contains(SEALED))
                .sorted(java.util.Comparator.comparingLong(r -> r.properties().get(SEQUENCE) instanceof Number n ? n.longValue() : -1))
                .toList();
        ChainLink previous = null;
        StringBuilder manifest = new StringBuilder(MANIFEST_MARKER + "\n" + "case\t" + caseId + "\n");
        for (CaseRecord record : sealedEarlier) {
            ChainLink link;
            try (InputStream content = cases.content(record.id())) {
                link = HashChain.append(caseId, previous, metadata(record), content);
            } catch (IOException e) {
                throw new UncheckedIOException("reading record " + record.id() + " to seal it failed", e);
            }
            if (!link.digest().equals(record.properties().get(DIGEST))
                    || !(record.properties().get(SEQUENCE) instanceof Number n && n.longValue() == link.sequence())) {
                throw new IllegalStateException("case " + caseId + ": record " + record.name() + " (" + record.id()
                        + ") no longer matches the seal it got when it was added (link " + record.properties().get(SEQUENCE)
                        + "); the case is not sealed until it is examined");
            }
            manifest.append(link.sequence()).append('\t').append(record.id()).append('\t').append(link.contentDigest())
                    .append('\t').append(link.contentLength()).append('\t').append(link.digest()).append('\n');
            previous = link;
        }
        for (CaseRecord record : records) {
            if (!sealable(record) || record.aspects().contains(SEALED)) {
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

    /** The line a destruction trace carries so the chain still verifies without the record. */
    public static final String TRACE_LINK = "SXCHAIN1-LINK ";
    /** Marker (cm:description) of a destruction trace, followed by the destroyed record's id. */
    public static final String TRACE_MARKER = "SXCHAIN1 destruction trace ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sealed link of a record, as one line for its destruction trace; empty when it was never sealed. */
    public static String traceLine(CaseRecord record) {
        Map<String, Object> p = record.properties();
        if (!record.aspects().contains(SEALED)) {
            return "";
        }
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("sequence", ((Number) p.get(SEQUENCE)).longValue());
        link.put("previous", p.get(PREVIOUS));
        link.put("digest", p.get(DIGEST));
        link.put("metadata", metadata(record));
        try {
            return TRACE_LINK + JSON.writeValueAsString(link) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the link of record " + record.id(), e);
        }
    }

    /**
     * Verifies the case's chain against the records as they are now. A record destroyed at the end of
     * its retention stands in the chain through its trace (its link as sealed); only its content can
     * no longer be read again. A record that disappeared without a trace breaks the chain.
     */
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
        Map<String, String> traces = new LinkedHashMap<>();
        for (CaseRecord r : records) {
            byId.put(r.id(), r);
            Object description = r.properties().get(DESCRIPTION);
            if (description instanceof String d && d.startsWith(TRACE_MARKER)) {
                traces.put(d.substring(TRACE_MARKER.length()), r.id());
            }
        }
        List<ChainLink> links = new ArrayList<>();
        List<String> recordAt = new ArrayList<>();
        List<Boolean> live = new ArrayList<>();
        for (ManifestLine line : lines) {
            CaseRecord record = byId.get(line.recordId());
            if (record != null) {
                Map<String, Object> p = record.properties();
                long sequence = p.get(SEQUENCE) instanceof Number n ? n.longValue() : line.sequence();
                String previous = p.get(PREVIOUS) instanceof String s ? s : HashChain.GENESIS_PREVIOUS;
                String digest = p.get(DIGEST) instanceof String s ? s : line.digest();
                links.add(new ChainLink(caseId, sequence, previous, line.contentDigest(), line.contentLength(),
                        new TreeMap<>(metadata(record)), digest));
                live.add(true);
            } else if (traces.containsKey(line.recordId())) {
                links.add(fromTrace(caseId, line, documents.text(traces.get(line.recordId()))));
                live.add(false);
            } else {
                continue; // removed without a trace: the verifier names the gap
            }
            recordAt.add(line.recordId());
        }
        VerificationResult structure = ChainVerifier.verify(caseId, links, null, head);
        int limit = structure.firstBreak().map(ChainBreak::position).orElse(links.size());
        VerificationResult result = structure;
        for (int i = 0; i < Math.min(limit, links.size()); i++) {
            if (!live.get(i)) {
                continue;
            }
            ChainLink link = links.get(i);
            HashChain.ContentDigest actual;
            try (InputStream in = cases.content(recordAt.get(i))) {
                actual = HashChain.digestOf(in);
            } catch (IOException | RuntimeException e) {
                result = new VerificationResult(i, Optional.of(new ChainBreak(i, link.sequence(), BreakReason.CONTENT_UNREADABLE,
                        "reading the content failed: " + e.getMessage())));
                break;
            }
            if (!actual.hex().equals(link.contentDigest()) || actual.length() != link.contentLength()) {
                result = new VerificationResult(i, Optional.of(new ChainBreak(i, link.sequence(), BreakReason.CONTENT_DIGEST_MISMATCH,
                        "recorded SHA-256 " + link.contentDigest() + " (" + link.contentLength() + " bytes), content now "
                                + actual.hex() + " (" + actual.length() + " bytes)")));
                break;
            }
        }
        String broken = result.firstBreak().map(b -> switch (b.reason()) {
            case LINK_REMOVED, HEAD_MISMATCH -> lines.stream().filter(l -> l.sequence() == b.position()).map(ManifestLine::recordId)
                    .findFirst().orElse(null);
            default -> recordAt.get(b.position());
        }).orElse(null);
        return new Verification(result, broken);
    }

    private static ChainLink fromTrace(String caseId, ManifestLine line, String trace) {
        for (String l : trace.split("\n")) {
            if (l.startsWith(TRACE_LINK)) {
                try {
                    JsonNode node = JSON.readTree(l.substring(TRACE_LINK.length()));
                    TreeMap<String, String> metadata = new TreeMap<>();
                    node.get("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
                    return new ChainLink(caseId, node.get("sequence").asLong(), node.get("previous").asText(), line.contentDigest(),
                            line.contentLength(), metadata, node.get("digest").asText());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the destruction trace of " + line.recordId() + " has a damaged link line", e);
                }
            }
        }
        throw new IllegalStateException("the destruction trace of " + line.recordId() + " has no link line");
    }
}

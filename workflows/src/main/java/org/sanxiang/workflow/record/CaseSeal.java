package org.sanxiang.workflow.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.chain.BreakReason;
import org.sanxiang.rules.chain.ChainBreak;
import org.sanxiang.rules.chain.ChainEncoding;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.ChainVerifier;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.rules.chain.SealedProperties;
import org.sanxiang.rules.chain.VerificationResult;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.SealManifestForm;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * Seals a case's records, and the case folder itself, into its hash chain ({@link HashChain}; chongqing-2024
 * 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条: records must not be
 * altered) and verifies it again.
 *
 * <p>New links are {@code SXCHAIN2}: each commits to the record's content and to every property of its type
 * and aspects ({@link SealedProperties}) but those the repository maintains and those an audited step of the
 * processes sets after sealing ({@link #RECORD_SET_AFTER_SEALING}, {@link #FOLDER_SET_AFTER_SEALING}, each
 * with its reason). Sealing a case appends, after its records, a link for the case folder's own properties
 * (fine, party, state, decision number…, and {@link #CASE_SEALED_AT}, set as it is sealed; no content). Each record gets the aspect {@code sx:sealed} (its link
 * digest, the previous digest, its position, its algorithm {@value #ALGORITHM_V2}, sealed at / by). The seal
 * manifest (封存清单), a document written into the case, lists every link with its content digest, encoding
 * and per-property fingerprints, and the head; verification rebuilds every link from the record (or folder)
 * as it is now, each in its own encoding, so chains sealed with {@code SXCHAIN1} still verify, and names the
 * first record that no longer matches and the properties that changed.
 */
public final class CaseSeal {

    public static final String SEALED = SanxiangModel.ASPECT_SEALED.toPrefixString();
    public static final String DIGEST = SanxiangModel.PROP_SEAL_DIGEST.toPrefixString();
    public static final String PREVIOUS = SanxiangModel.PROP_PREVIOUS_SEAL_DIGEST.toPrefixString();
    public static final String SEQUENCE = SanxiangModel.PROP_SEAL_SEQUENCE.toPrefixString();
    public static final String ALGORITHM = SanxiangModel.PROP_SEAL_ALGORITHM.toPrefixString();
    public static final String SEALED_AT = SanxiangModel.PROP_SEALED_AT.toPrefixString();
    public static final String SEALED_BY = SanxiangModel.PROP_SEALED_BY.toPrefixString();
    /** On the case folder: when the case was sealed. */
    public static final String CASE_SEALED_AT = SanxiangModel.PROP_CASE_SEALED_AT.toPrefixString();
    /** The algorithm of an {@code SXCHAIN2} link, on the record ({@link #ALGORITHM}) and in the manifest. */
    public static final String ALGORITHM_V2 = ChainEncoding.SXCHAIN2 + "/SHA-256";
    /** The algorithm an {@code SXCHAIN1} link carries. */
    public static final String ALGORITHM_V1 = "SHA-256";
    /** The encoding new links are sealed with. */
    public static final ChainEncoding ENCODING = ChainEncoding.SXCHAIN2;
    /** Type and marker of the seal manifest in the case (the marker names the manifest's first format, kept for every version). */
    public static final String MANIFEST_TYPE = "cm:content";
    public static final String MANIFEST_MARKER = "SXCHAIN1 seal manifest";
    static final String DESCRIPTION = "cm:description";

    /** The metadata an {@code SXCHAIN1} link commits to, besides the record's id, type and name. */
    public static final List<String> SEALED_PROPERTIES = List.of(SanxiangModel.PROP_STAGE.toPrefixString(), SanxiangModel.PROP_RECORD_CASE_NUMBER.toPrefixString(), SanxiangModel.PROP_RECORDED_BY.toPrefixString(),
            SanxiangModel.PROP_RECORDED_AT.toPrefixString(), SanxiangModel.PROP_RECORD_PLACE.toPrefixString(), SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString(), SanxiangModel.PROP_DOCUMENT_NUMBER.toPrefixString(), SanxiangModel.PROP_AV_KIND.toPrefixString(), SanxiangModel.PROP_DEVICE_ID.toPrefixString(),
            SanxiangModel.PROP_AV_STARTED_AT.toPrefixString(), SanxiangModel.PROP_AV_ENDED_AT.toPrefixString(), SanxiangModel.PROP_USED_AS_EVIDENCE.toPrefixString());

    /** The seal's own properties: a link cannot contain its own digest. */
    public static final List<String> SEAL_PROPERTIES = List.of(DIGEST, PREVIOUS, SEQUENCE, ALGORITHM, SEALED_AT, SEALED_BY);

    /**
     * What an audited step of the processes sets on a sealed record, to why; everything else of the record is
     * sealed. A record is sealed when it is added (repo-amp) or when its case is archived, and these steps
     * follow; each is in its process's history with who and when.
     */
    public static final Map<String, String> RECORD_SET_AFTER_SEALING;
    /** What an audited step sets on a sealed case folder, to why; everything else of the folder is sealed. */
    public static final Map<String, String> FOLDER_SET_AFTER_SEALING;

    static {
        Map<String, String> r = new LinkedHashMap<>();
        String retention = "set by archiving after the seal and by the retention process (extension, transfer, release of a"
                + " hold): chongqing-2024 全过程记录 第十二条, fushun-2026 细则 第二十三条";
        r.put(SanxiangModel.ASPECT_RETENTION.toPrefixString(), retention);
        for (var p : List.of(SanxiangModel.PROP_RETENTION_CLASS, SanxiangModel.PROP_RETENTION_STARTED_AT, SanxiangModel.PROP_RETAIN_UNTIL,
                SanxiangModel.PROP_DISPOSITION, SanxiangModel.PROP_RETENTION_CITATION)) {
            r.put(p.toPrefixString(), retention);
        }
        String hold = "a legal hold is placed and released on sealed records (fushun-2026 细则 第二十三条); it keeps them, it does not change them";
        r.put(SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString(), hold);
        for (var p : List.of(SanxiangModel.PROP_HOLD_REASONS, SanxiangModel.PROP_HOLD_NOTE, SanxiangModel.PROP_HELD_AT, SanxiangModel.PROP_HELD_BY)) {
            r.put(p.toPrefixString(), hold);
        }
        String storage = "where and when an AV record was stored, set by the storage step after the record was sealed on add"
                + " (wuhan-2020 全过程记录 第二十四条)";
        for (var p : List.of(SanxiangModel.PROP_STORAGE_LOCATION, SanxiangModel.PROP_STORED_AT, SanxiangModel.PROP_STORAGE_DUE)) {
            r.put(p.toPrefixString(), storage);
        }
        String leader = "the leader's part of the review opinion (chongqing-2024 法制审核 附件1), written by the decision step after"
                + " the opinion was sealed on add; the leader's decision is in the review's history";
        for (var p : List.of(SanxiangModel.PROP_LEADER_OPINION, SanxiangModel.PROP_LEADER_NAME, SanxiangModel.PROP_LEADER_OPINION_DATE)) {
            r.put(p.toPrefixString(), leader);
        }
        String disclosure = "the disclosure's life after approval (published, corrected, withdrawn, expired; wuhan-2020 公示 第十二条),"
                + " set by the disclosure process, which may run after the case is archived";
        for (var p : List.of(SanxiangModel.PROP_DISCLOSURE_STATE, SanxiangModel.PROP_DISCLOSURE_APPROVED_BY, SanxiangModel.PROP_DISCLOSURE_APPROVED_AT,
                SanxiangModel.PROP_PUBLISHED_AT, SanxiangModel.PROP_DISPLAY_UNTIL, SanxiangModel.PROP_CORRECTED_AT,
                SanxiangModel.PROP_CORRECTION_REASON, SanxiangModel.PROP_WITHDRAWN_AT, SanxiangModel.PROP_WITHDRAWAL_REASON,
                SanxiangModel.PROP_TAKEN_DOWN_AT)) {
            r.put(p.toPrefixString(), disclosure);
        }
        RECORD_SET_AFTER_SEALING = java.util.Collections.unmodifiableMap(r);

        Map<String, String> f = new LinkedHashMap<>();
        String deadlines = "the projection of the deadlines still running, rewritten by the engine after every task and when"
                + " holiday data arrives; the deadlines themselves are in the processes";
        for (var p : List.of(SanxiangModel.PROP_NEXT_DEADLINE, SanxiangModel.PROP_NEXT_DEADLINE_KIND, SanxiangModel.PROP_RUNNING_DEADLINES,
                SanxiangModel.PROP_DEADLINES_PROVISIONAL)) {
            f.put(p.toPrefixString(), deadlines);
        }
        f.put(SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString(), hold);
        for (var p : List.of(SanxiangModel.PROP_HOLD_REASONS, SanxiangModel.PROP_HOLD_NOTE, SanxiangModel.PROP_HELD_AT, SanxiangModel.PROP_HELD_BY)) {
            f.put(p.toPrefixString(), hold);
        }
        String exclusion = "the decision not to disclose (wuhan-2020 公示 第八条), recorded by the disclosure process, which may run"
                + " after the case is archived";
        f.put(SanxiangModel.ASPECT_DISCLOSURE_EXCLUSION.toPrefixString(), exclusion);
        for (var p : List.of(SanxiangModel.PROP_EXCLUSION_REASONS, SanxiangModel.PROP_EXCLUSION_NOTE, SanxiangModel.PROP_EXCLUSION_CONFIRMED_BY,
                SanxiangModel.PROP_EXCLUSION_CONFIRMED_AT)) {
            f.put(p.toPrefixString(), exclusion);
        }
        FOLDER_SET_AFTER_SEALING = java.util.Collections.unmodifiableMap(f);
    }

    /** What an {@code SXCHAIN2} link of a record commits to. */
    public static final SealedProperties RECORD_SEAL = SealedProperties.of(SEALED, SEAL_PROPERTIES, RECORD_SET_AFTER_SEALING);
    /** What an {@code SXCHAIN2} link of a case folder commits to. */
    public static final SealedProperties FOLDER_SEAL = SealedProperties.of(SEALED, SEAL_PROPERTIES, FOLDER_SET_AFTER_SEALING);

    /** The name of the printed seal manifest (案卷封存清单) beside the manifest the chain reads. */
    public static final String PRINTED_MANIFEST = "案卷封存清单";
    /** Where the printed manifest's times are read when no zone is given: the bureaus' own (China Standard Time). */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final ZoneId zone;

    public CaseSeal(CaseRepository cases, CaseDocuments documents) {
        this(cases, documents, DEFAULT_ZONE);
    }

    /** @param zone the bureau's time zone, in which the printed manifest gives the time of sealing */
    public CaseSeal(CaseRepository cases, CaseDocuments documents, ZoneId zone) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Whether a case is sealed, from its folder alone: it carries {@link #CASE_SEALED_AT}, or it is archived — a case
     * sealed before the folder carried the marker was sealed by its archiving, and its state stays archived (a
     * correction never changes it).
     */
    public static boolean sealed(CaseFolder folder) {
        return folder.archived() || folder.properties().get(CASE_SEALED_AT) != null;
    }

    /** Records that are sealed: every stage record of the case, not the manifest or other paperwork. */
    public static boolean sealable(CaseRecord record) {
        return !MANIFEST_TYPE.equals(record.type());
    }

    /** The encoding of a record's link, from the algorithm its seal carries ({@code SHA-256} alone: SXCHAIN1). */
    public static ChainEncoding encodingOf(Map<String, Object> sealProperties) {
        return sealProperties.get(ALGORITHM) instanceof String a && a.startsWith(ChainEncoding.SXCHAIN2.name())
                ? ChainEncoding.SXCHAIN2 : ChainEncoding.SXCHAIN1;
    }

    /** The properties of {@code sx:sealed} for a link. */
    public static Map<String, Object> sealProperties(ChainLink link, String sealedBy, Instant at) {
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put(DIGEST, link.digest());
        seal.put(PREVIOUS, link.previousDigest());
        seal.put(SEQUENCE, link.sequence());
        seal.put(ALGORITHM, link.encoding() == ChainEncoding.SXCHAIN1 ? ALGORITHM_V1 : link.encoding() + "/SHA-256");
        seal.put(SEALED_AT, Date.from(at));
        seal.put(SEALED_BY, sealedBy);
        return seal;
    }

    /**
     * Seals every record of the case in creation order, then the case folder, and writes the manifest; returns
     * its node id. Records sealed earlier, when they were added (repo-amp seals a record on add), keep their
     * links: each is computed again from the record as it is now and must still match, and the chain then
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
        StringBuilder manifest = new StringBuilder(MANIFEST_MARKER + "\n" + "case\t" + caseId + "\n" + "algorithm\t" + ALGORITHM_V2 + "\n");
        for (CaseRecord record : sealedEarlier) {
            ChainEncoding encoding = encodingOf(record.properties());
            SortedMap<String, String> metadata = metadata(record, encoding);
            ChainLink link = append(caseId, previous, encoding, metadata, record.id());
            if (!link.digest().equals(record.properties().get(DIGEST))
                    || !(record.properties().get(SEQUENCE) instanceof Number n && n.longValue() == link.sequence())) {
                throw new IllegalStateException("case " + caseId + ": record " + record.name() + " (" + record.id()
                        + ") no longer matches the seal it got when it was added (link " + record.properties().get(SEQUENCE)
                        + "); the case is not sealed until it is examined");
            }
            manifestLine(manifest, record.id(), link, null);
            previous = link;
        }
        for (CaseRecord record : records) {
            if (!sealable(record) || record.aspects().contains(SEALED)) {
                continue;
            }
            ChainLink link = append(caseId, previous, ENCODING, metadata(record, ENCODING), record.id());
            cases.addAspect(record.id(), SEALED, sealProperties(link, sealedBy, at));
            manifestLine(manifest, record.id(), link, null);
            previous = link;
        }
        if (previous == null) {
            throw new IllegalStateException("case " + caseId + " has no records to seal");
        }
        // the case-level fact that it is sealed (what refuses new records reads it from the folder alone), committed
        // to by the folder's link
        cases.setProperties(caseId, Map.of(CASE_SEALED_AT, Date.from(at)));
        ChainLink folder = HashChain.append(ENCODING, caseId, previous, folderMetadata(cases.facts(caseId)), InputStream.nullInputStream());
        manifestLine(manifest, caseId, folder, folder.metadata());
        manifest.append("head\t").append(folder.sequence()).append('\t').append(folder.digest()).append('\n');
        String manifestId = documents.write(caseId, new DocumentDraft(MANIFEST_TYPE, "封存清单-" + caseId + ".txt",
                Map.of("cm:title", "封存清单 / Seal manifest", DESCRIPTION, MANIFEST_MARKER), manifest.toString()));
        documents.write(caseId, printedManifest(caseId, "", manifest.toString(), records, cases.facts(caseId), sealedBy, at, zone));
        return manifestId;
    }

    /**
     * The seal manifest as printed (案卷封存清单: every link with its record, content digest and length and link
     * digest, and the head; chongqing-2024 全过程记录 第十四条, wuhan-2020 第二十八条, fushun-2026 第二十一条), a
     * {@code cm:content} document beside the manifest the chain reads, which stays text. Not sealed and not read
     * back: the manifest is the chain's record, this is its picture for the archivist.
     *
     * @param suffix  what the name adds after the case id ({@code -7} for a manifest written again), or empty
     * @param records the case's records, for the names of the linked ones
     */
    public static DocumentDraft printedManifest(String caseId, String suffix, String manifestText, List<CaseRecord> records,
            CaseFolder folder, String sealedBy, Instant at, ZoneId zone) {
        Map<String, String> names = new LinkedHashMap<>();
        records.forEach(r -> names.put(r.id(), r.name()));
        List<SealManifestForm.Link> links = new ArrayList<>();
        for (ManifestLine line : parse(manifestText, new ChainVerifier.Head[1])) {
            String name = line.recordId().equals(caseId) ? "案卷" : names.getOrDefault(line.recordId(), "（已不在案卷中）");
            links.add(new SealManifestForm.Link(line.sequence(), name, line.recordId(), line.contentDigest(),
                    line.contentLength(), line.digest()));
        }
        String algorithm = manifestText.lines().filter(l -> l.startsWith("algorithm\t")).map(l -> l.substring(10))
                .findFirst().orElse(ALGORITHM_V2);
        OfficialDocument form = SealManifestForm.build(new SealManifestForm.Input(folder.caseNumber(), caseId, sealedBy,
                at.atZone(zone).toLocalDateTime(), algorithm, links));
        return DocumentDraft.form(MANIFEST_TYPE, PRINTED_MANIFEST + "-" + caseId + suffix + ".txt",
                Map.of("cm:title", PRINTED_MANIFEST + " / Seal manifest (printed)"), form);
    }

    /**
     * Adds {@code addition} to a sealed case as the next link of its chain, then the case folder as it is now
     * as the link after it, and writes the manifest again with that as the head; returns the new record's
     * node id. This is how a change to an archived file leaves its trace (fushun-2026 细则 第二十三条:
     * long-term retention added after archiving): the chain grows, nothing in it is rewritten, and
     * {@link #verify} checks the new links with the others.
     */
    public String extend(String caseId, DocumentDraft addition, String sealedBy, Instant at) {
        CaseRecord manifestRecord = cases.records(caseId).stream()
                .filter(r -> MANIFEST_TYPE.equals(r.type()) && MANIFEST_MARKER.equals(r.properties().get(DESCRIPTION)))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " is not sealed: nothing to extend"));
        String manifestText = documents.text(manifestRecord.id());
        String[] head = manifestText.lines().filter(l -> l.startsWith("head\t")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + ": the seal manifest names no head"))
                .split("\t");
        String recordId = documents.write(caseId, addition);
        CaseRecord record = cases.records(caseId).stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + caseId + ": record " + recordId + " was not written"));
        // only the head's sequence and digest enter the next link
        String zero = HashChain.GENESIS_PREVIOUS;
        ChainLink previous = new ChainLink(caseId, Long.parseLong(head[1]), zero, zero, 0, new TreeMap<>(), head[2]);
        ChainLink link = append(caseId, previous, ENCODING, metadata(record, ENCODING), recordId);
        cases.addAspect(recordId, SEALED, sealProperties(link, sealedBy, at));
        ChainLink folder = HashChain.append(ENCODING, caseId, link, folderMetadata(cases.facts(caseId)), InputStream.nullInputStream());
        StringBuilder manifest = new StringBuilder();
        manifestText.lines().filter(l -> !l.startsWith("head\t")).forEach(l -> manifest.append(l).append('\n'));
        manifestLine(manifest, recordId, link, null);
        manifestLine(manifest, caseId, folder, folder.metadata());
        manifest.append("head\t").append(folder.sequence()).append('\t').append(folder.digest()).append('\n');
        documents.write(caseId, new DocumentDraft(MANIFEST_TYPE, "封存清单-" + caseId + "-" + folder.sequence() + ".txt",
                Map.of("cm:title", "封存清单 / Seal manifest", DESCRIPTION, MANIFEST_MARKER), manifest.toString()));
        documents.write(caseId, printedManifest(caseId, "-" + folder.sequence(), manifest.toString(), cases.records(caseId),
                cases.facts(caseId), sealedBy, at, zone));
        return recordId;
    }

    private ChainLink append(String caseId, ChainLink previous, ChainEncoding encoding, SortedMap<String, String> metadata, String recordId) {
        try (InputStream content = cases.content(recordId)) {
            return HashChain.append(encoding, caseId, previous, metadata, content);
        } catch (IOException e) {
            throw new UncheckedIOException("reading record " + recordId + " to seal it failed", e);
        }
    }

    /**
     * One manifest line: {@code sequence id contentDigest contentLength digest} (SXCHAIN1), then for SXCHAIN2
     * {@code encoding fingerprints}, and for the case folder's link its metadata as sealed (JSON), so a folder
     * link superseded by a correction still verifies.
     */
    public static void manifestLine(StringBuilder manifest, String nodeId, ChainLink link, Map<String, String> folderMetadata) {
        manifest.append(link.sequence()).append('\t').append(nodeId).append('\t').append(link.contentDigest())
                .append('\t').append(link.contentLength()).append('\t').append(link.digest());
        if (link.encoding() != ChainEncoding.SXCHAIN1) {
            manifest.append('\t').append(link.encoding()).append('\t')
                    .append(SealedProperties.fingerprintField(SealedProperties.fingerprints(link.metadata())));
            if (folderMetadata != null) {
                try {
                    manifest.append('\t').append(JSON.writeValueAsString(new TreeMap<>(folderMetadata)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot write the folder link of case " + link.chainId(), e);
                }
            }
        }
        manifest.append('\n');
    }

    /** The metadata of a record as a link in the given encoding commits to it. */
    public static SortedMap<String, String> metadata(CaseRecord record, ChainEncoding encoding) {
        if (encoding == ChainEncoding.SXCHAIN1) {
            return new TreeMap<>(metadata(record));
        }
        return RECORD_SEAL.metadata(record.id(), record.type(), record.name(), record.aspects(), record.properties());
    }

    /** The metadata of a case folder as its {@code SXCHAIN2} link commits to it. */
    public static SortedMap<String, String> folderMetadata(CaseFolder folder) {
        Object name = folder.properties().get("cm:name");
        if (name == null) {
            name = folder.properties().get("cmis:name");
        }
        return FOLDER_SEAL.metadata(folder.caseId(), SanxiangModel.TYPE_CASE_FOLDER.toPrefixString(),
                name == null ? "" : name.toString(), folder.aspects(), folder.properties());
    }

    /** The metadata of a record as an {@code SXCHAIN1} link commits to it. */
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

    /**
     * The outcome of verifying a case's chain, naming the record (or the case folder) at the first break and,
     * when its link kept fingerprints, the properties that changed ({@code @aspects}, {@code @name}… for its
     * identity).
     */
    public record Verification(VerificationResult result, String brokenRecordId, List<String> changedProperties) {

        public Verification {
            changedProperties = List.copyOf(changedProperties);
        }

        public Verification(VerificationResult result, String brokenRecordId) {
            this(result, brokenRecordId, List.of());
        }

        public boolean intact() {
            return result.intact();
        }

        public Optional<ChainBreak> firstBreak() {
            return result.firstBreak();
        }
    }

    private record ManifestLine(long sequence, String recordId, String contentDigest, long contentLength, String digest,
            ChainEncoding encoding, SortedMap<String, String> fingerprints, SortedMap<String, String> folderMetadata) {
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
        ChainEncoding encoding = encodingOf(p);
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("sequence", ((Number) p.get(SEQUENCE)).longValue());
        link.put("previous", p.get(PREVIOUS));
        link.put("digest", p.get(DIGEST));
        link.put("encoding", encoding.name());
        link.put("metadata", metadata(record, encoding));
        try {
            return TRACE_LINK + JSON.writeValueAsString(link) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the link of record " + record.id(), e);
        }
    }

    private static List<ManifestLine> parse(String manifest, ChainVerifier.Head[] head) {
        List<ManifestLine> lines = new ArrayList<>();
        for (String line : manifest.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 5 || f.length == 7 || f.length == 8) {
                ChainEncoding encoding = f.length == 5 ? ChainEncoding.SXCHAIN1 : ChainEncoding.parse(f[5]);
                SortedMap<String, String> fingerprints = f.length == 5 ? new TreeMap<>() : SealedProperties.parseFingerprintField(f[6]);
                SortedMap<String, String> folder = null;
                if (f.length == 8) {
                    try {
                        folder = new TreeMap<>(org.sanxiang.rules.chain.CanonicalEncoding.KEY_ORDER);
                        SortedMap<String, String> m = folder;
                        JSON.readTree(f[7]).fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("the seal manifest has a damaged folder link at " + f[0], e);
                    }
                }
                lines.add(new ManifestLine(Long.parseLong(f[0]), f[1], f[2], Long.parseLong(f[3]), f[4], encoding, fingerprints, folder));
            } else if (f.length == 3 && f[0].equals("head")) {
                head[0] = new ChainVerifier.Head(Long.parseLong(f[1]), f[2]);
            }
        }
        return lines;
    }

    /**
     * Verifies the case's chain against the records and the case folder as they are now. A record destroyed
     * at the end of its retention stands in the chain through its trace (its link as sealed); only its
     * content can no longer be read again. A record that disappeared without a trace breaks the chain. Of the
     * case folder's links, the last is rebuilt from the folder as it is now; one superseded by a correction
     * from its metadata as the manifest kept it.
     */
    public Verification verify(String caseId) {
        List<CaseRecord> records = cases.records(caseId);
        CaseRecord manifestRecord = records.stream()
                .filter(r -> MANIFEST_TYPE.equals(r.type()) && MANIFEST_MARKER.equals(r.properties().get(DESCRIPTION)))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no seal manifest: it was never sealed"));
        ChainVerifier.Head[] heads = new ChainVerifier.Head[1];
        List<ManifestLine> lines = parse(documents.text(manifestRecord.id()), heads);
        ChainVerifier.Head head = heads[0];
        Map<String, CaseRecord> byId = new LinkedHashMap<>();
        Map<String, String> traces = new LinkedHashMap<>();
        for (CaseRecord r : records) {
            byId.put(r.id(), r);
            Object description = r.properties().get(DESCRIPTION);
            if (description instanceof String d && d.startsWith(TRACE_MARKER)) {
                traces.put(d.substring(TRACE_MARKER.length()), r.id());
            }
        }
        long lastFolderLink = lines.stream().filter(l -> l.recordId().equals(caseId)).mapToLong(ManifestLine::sequence).max().orElse(-1);
        List<ChainLink> links = new ArrayList<>();
        List<String> recordAt = new ArrayList<>();
        List<Boolean> live = new ArrayList<>();
        List<ManifestLine> lineAt = new ArrayList<>();
        for (ManifestLine line : lines) {
            CaseRecord record = byId.get(line.recordId());
            if (line.recordId().equals(caseId)) {
                SortedMap<String, String> metadata = line.sequence() == lastFolderLink || line.folderMetadata() == null
                        ? folderMetadata(cases.facts(caseId)) : line.folderMetadata();
                String previous = links.isEmpty() ? HashChain.GENESIS_PREVIOUS : links.get(links.size() - 1).digest();
                links.add(new ChainLink(caseId, line.sequence(), previous, line.contentDigest(), line.contentLength(), metadata,
                        line.digest(), line.encoding()));
                live.add(false); // no content: its digest is of the empty stream, checked with the link
            } else if (record != null) {
                Map<String, Object> p = record.properties();
                long sequence = p.get(SEQUENCE) instanceof Number n ? n.longValue() : line.sequence();
                String previous = p.get(PREVIOUS) instanceof String s ? s : HashChain.GENESIS_PREVIOUS;
                String digest = p.get(DIGEST) instanceof String s ? s : line.digest();
                links.add(new ChainLink(caseId, sequence, previous, line.contentDigest(), line.contentLength(),
                        metadata(record, line.encoding()), digest, line.encoding()));
                live.add(true);
            } else if (traces.containsKey(line.recordId())) {
                links.add(fromTrace(caseId, line, documents.text(traces.get(line.recordId()))));
                live.add(false);
            } else {
                continue; // removed without a trace: the verifier names the gap
            }
            recordAt.add(line.recordId());
            lineAt.add(line);
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
        List<String> changed = List.of();
        Optional<ChainBreak> first = result.firstBreak();
        if (first.isPresent() && first.get().reason() == BreakReason.METADATA_CHANGED && first.get().position() < links.size()) {
            int at = first.get().position();
            ManifestLine line = lineAt.get(at);
            if (!line.fingerprints().isEmpty()) {
                changed = SealedProperties.changed(line.fingerprints(), links.get(at).metadata());
                if (!changed.isEmpty()) {
                    ChainBreak b = first.get();
                    String what = caseId.equals(broken) ? "case folder 案卷 " : "record 记录 ";
                    result = new VerificationResult(result.linksVerified(), Optional.of(new ChainBreak(b.position(), b.sequence(),
                            b.reason(), what + broken + ": changed 被改动的属性 " + String.join(", ", changed) + "; " + b.detail())));
                }
            }
        }
        return new Verification(result, broken, changed);
    }

    private static ChainLink fromTrace(String caseId, ManifestLine line, String trace) {
        for (String l : trace.split("\n")) {
            if (l.startsWith(TRACE_LINK)) {
                try {
                    JsonNode node = JSON.readTree(l.substring(TRACE_LINK.length()));
                    TreeMap<String, String> metadata = new TreeMap<>();
                    node.get("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
                    ChainEncoding encoding = node.hasNonNull("encoding") ? ChainEncoding.parse(node.get("encoding").asText())
                            : ChainEncoding.SXCHAIN1;
                    return new ChainLink(caseId, node.get("sequence").asLong(), node.get("previous").asText(), line.contentDigest(),
                            line.contentLength(), metadata, node.get("digest").asText(), encoding);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the destruction trace of " + line.recordId() + " has a damaged link line", e);
                }
            }
        }
        throw new IllegalStateException("the destruction trace of " + line.recordId() + " has no link line");
    }
}

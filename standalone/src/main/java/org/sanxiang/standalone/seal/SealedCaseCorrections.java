package org.sanxiang.standalone.seal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.standalone.runtime.ProtectedPropertyOverlay;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * The one way to change a sealed case's folder: a correction record (who, when, why, each property
 * before and after) is written into the case, sealed as the next link of its hash chain, the manifest is
 * written again with that link as the new head, and only then the folder's properties change. The
 * originals are never altered or removed (fushun-2026 全过程记录细则 第二十四条; wuhan-2020 全过程记录
 * 第二十八条): the chain keeps what was, and says what changed.
 */
public final class SealedCaseCorrections {

    /** The description that marks a correction record. */
    public static final String MARKER = "SXCHAIN1 correction";

    /** What a correction did. */
    public record Correction(String recordId, long sequence, String digest, Map<String, Object> before,
            Map<String, Object> after) {
    }

    private final ProtectedPropertyOverlay cases;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public SealedCaseCorrections(ProtectedPropertyOverlay cases, Clock clock) {
        this(cases, clock, java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** @param zone the bureau's time zone, for the time the printed manifest gives */
    public SealedCaseCorrections(ProtectedPropertyOverlay cases, Clock clock, java.time.ZoneId zone) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Corrects a sealed case's folder properties (already checked against the model).
     *
     * @throws IllegalStateException when the case was never sealed (it is changed directly then)
     */
    public synchronized Correction correct(String caseId, Map<String, Object> after, String user, String reason) {
        List<CaseRecord> records = cases.records(caseId);
        CaseRecord manifest = records.stream().filter(r -> CaseSeal.MANIFEST_TYPE.equals(r.type())
                && CaseSeal.MANIFEST_MARKER.equals(r.properties().get("cm:description"))).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no seal manifest: it was never sealed"));
        String manifestText = cases.text(manifest.id());
        String[] head = manifestText.lines().filter(l -> l.startsWith("head\t")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("the seal manifest of case " + caseId + " has no head"))
                .split("\t");
        long headSequence = Long.parseLong(head[1]);
        String headDigest = head[2];

        CaseFolder folder = cases.facts(caseId);
        Map<String, Object> before = new TreeMap<>();
        after.keySet().forEach(name -> before.put(name, plain(folder.properties().get(name))));
        Instant at = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("case", caseId);
        body.put("correctedBy", user);
        body.put("correctedAt", at.toString());
        body.put("reason", reason);
        body.put("before", before);
        body.put("after", new TreeMap<>(after));
        body.put("previousHead", Map.of("sequence", headSequence, "digest", headDigest));
        String text;
        try {
            text = json.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String recordId = cases.write(caseId, new DocumentDraft(CaseSeal.MANIFEST_TYPE, "更正记录-" + (headSequence + 1) + "-"
                + at.toEpochMilli() + ".json", Map.of("cm:title", "更正记录 / Correction", "cm:description", MARKER), text));
        CaseRecord record = cases.records(caseId).stream().filter(r -> r.id().equals(recordId)).findFirst().orElseThrow();

        // the previous link as far as appending needs it: its chain, sequence and digest
        String zero = HashChain.GENESIS_PREVIOUS;
        ChainLink previous = new ChainLink(caseId, headSequence, zero, zero, 0, new TreeMap<>(), headDigest);
        ChainLink link;
        try (InputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            link = HashChain.append(CaseSeal.ENCODING, caseId, previous, CaseSeal.metadata(record, CaseSeal.ENCODING), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        cases.addAspect(recordId, CaseSeal.SEALED, CaseSeal.sealProperties(link, user, at));

        // the case folder as it will be: its next link supersedes the one the manifest ends with
        Map<String, Object> corrected = new HashMap<>(folder.properties());
        after.forEach((k, v) -> {
            if (v == null) {
                corrected.remove(k);
            } else {
                corrected.put(k, v);
            }
        });
        CaseFolder next = new CaseFolder(folder.caseId(), folder.profileId(), folder.caseNumber(), folder.title(),
                folder.partyIds(), folder.archived(), corrected, folder.aspects());
        ChainLink folderLink = HashChain.append(CaseSeal.ENCODING, caseId, link, CaseSeal.folderMetadata(next), InputStream.nullInputStream());

        StringBuilder manifestNext = new StringBuilder();
        manifestText.lines().filter(l -> !l.startsWith("head\t")).forEach(l -> manifestNext.append(l).append('\n'));
        CaseSeal.manifestLine(manifestNext, recordId, link, null);
        CaseSeal.manifestLine(manifestNext, caseId, folderLink, folderLink.metadata());
        manifestNext.append("head\t").append(folderLink.sequence()).append('\t').append(folderLink.digest()).append('\n');
        cases.write(caseId, new DocumentDraft(CaseSeal.MANIFEST_TYPE, "封存清单-" + caseId + "-" + folderLink.sequence() + ".txt",
                Map.of("cm:title", "封存清单 / Seal manifest", "cm:description", CaseSeal.MANIFEST_MARKER), manifestNext.toString()));
        cases.write(caseId, CaseSeal.printedManifest(caseId, "-" + folderLink.sequence(), manifestNext.toString(),
                cases.records(caseId), next, user, at, zone));

        cases.setProperties(caseId, after);
        return new Correction(recordId, link.sequence(), link.digest(), before, new TreeMap<>(after));
    }

    private static Object plain(Object value) {
        return value instanceof Date d ? d.toInstant().toString() : value;
    }
}

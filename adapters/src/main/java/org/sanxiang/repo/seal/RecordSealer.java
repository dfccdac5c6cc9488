package org.sanxiang.repo.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.guard.SystemSteps;
import org.sanxiang.repo.node.NodeCaseRepository;
import org.sanxiang.repo.node.RepositoryNodes;
import org.sanxiang.rules.chain.ChainEncoding;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * Seals a record into its case's chain as soon as it is in a case folder with its content: an
 * {@code SXCHAIN2} link of {@link CaseSeal} (every property of the record but the repository's and those
 * set after sealing, {@link CaseSeal#RECORD_SEAL}, and the content's SHA-256), following the
 * case's last sealed record, written as the {@code sx:sealed} aspect. From then on the record guard
 * keeps it as it was (chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026
 * 全过程记录 第二十一条). When the case is archived, {@link CaseSeal#seal} continues the same chain with the
 * records still unsealed (those without content) and writes the manifest.
 *
 * <p>Which records: stage records ({@code sx:stageRecord} and its subtypes, the opinions and lists the
 * processes write among them) and evidence ({@code sx:evidence}), directly in an {@code sx:caseFolder},
 * with at least one byte of content. Before appending, the previous link is computed again from its
 * record as it is now: a chain already broken is not extended, and the failure names the record.
 */
public final class RecordSealer {

    /** The outcome for one record. */
    public enum Outcome { SEALED, ALREADY_SEALED, NOT_A_RECORD, NOT_IN_A_CASE, NO_CONTENT_YET, CASE_ARCHIVED }

    static final List<String> SEALABLE_TYPES = List.of(SanxiangModel.TYPE_STAGE_RECORD.toPrefixString(),
            SanxiangModel.TYPE_EVIDENCE.toPrefixString());

    private final RepositoryNodes nodes;
    private final NodeCaseRepository cases;
    private final Clock clock;
    private final ChainLocks locks;

    public RecordSealer(RepositoryNodes nodes, NodeCaseRepository cases, Clock clock, ChainLocks locks) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    /**
     * Seals the record if it is one, sits in a case and has content; otherwise says why not.
     *
     * @param sealedBy the user who added the record
     */
    public Outcome sealIfReady(String recordId, String sealedBy) {
        if (!nodes.exists(recordId) || SEALABLE_TYPES.stream().noneMatch(t -> nodes.isA(recordId, t))) {
            return Outcome.NOT_A_RECORD;
        }
        String caseId = nodes.primaryParent(recordId);
        if (!cases.isCase(caseId)) {
            return Outcome.NOT_IN_A_CASE;
        }
        if (nodes.aspects(recordId).contains(CaseSeal.SEALED)) {
            return Outcome.ALREADY_SEALED;
        }
        if (!nodes.hasContent(recordId)) {
            return Outcome.NO_CONTENT_YET;
        }
        locks.lock(caseId); // before the chain is read: a concurrent append to this case waits for our commit
        List<CaseRecord> records = cases.records(caseId);
        if (records.stream().anyMatch(RecordSealer::isManifest)) {
            // the chain was closed by archiving; a record added later is not part of it
            return Outcome.CASE_ARCHIVED;
        }
        ChainLink previous = lastLink(caseId, records).orElse(null);
        CaseRecord record = cases.record(recordId, caseId);
        ChainLink link;
        try (InputStream content = nodes.content(recordId)) {
            link = HashChain.append(CaseSeal.ENCODING, caseId, previous, CaseSeal.metadata(record, CaseSeal.ENCODING), content);
        } catch (IOException e) {
            throw new UncheckedIOException("reading record " + recordId + " to seal it failed", e);
        }
        Map<String, Object> seal = CaseSeal.sealProperties(link, sealedBy == null ? "system" : sealedBy, clock.instant());
        SystemSteps.run(SystemSteps.Step.SEAL, () -> cases.addAspect(recordId, CaseSeal.SEALED, seal));
        return Outcome.SEALED;
    }

    /** The case's last sealed link, computed again from its record; fails if it no longer matches its seal. */
    private Optional<ChainLink> lastLink(String caseId, List<CaseRecord> records) {
        Optional<CaseRecord> last = records.stream()
                .filter(r -> r.aspects().contains(CaseSeal.SEALED) && r.properties().get(CaseSeal.SEQUENCE) instanceof Number)
                .max(Comparator.comparingLong(r -> ((Number) r.properties().get(CaseSeal.SEQUENCE)).longValue()));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        CaseRecord record = last.get();
        Map<String, Object> p = record.properties();
        long sequence = ((Number) p.get(CaseSeal.SEQUENCE)).longValue();
        String previousDigest = (String) p.get(CaseSeal.PREVIOUS);
        HashChain.ContentDigest content;
        try (InputStream in = nodes.content(record.id())) {
            content = HashChain.digestOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading sealed record " + record.id() + " of case " + caseId + " failed", e);
        }
        ChainEncoding encoding = CaseSeal.encodingOf(p);
        ChainLink link = new ChainLink(caseId, sequence, previousDigest, content.hex(), content.length(),
                CaseSeal.metadata(record, encoding), (String) p.get(CaseSeal.DIGEST), encoding);
        if (!link.recomputeDigest().equals(link.digest())) {
            throw new IllegalStateException("case " + caseId + ": sealed record " + record.name() + " (" + record.id()
                    + ", link " + sequence + ") no longer matches its seal; the chain is not extended until it is examined");
        }
        return Optional.of(link);
    }

    private static boolean isManifest(CaseRecord r) {
        return CaseSeal.MANIFEST_TYPE.equals(r.type()) && CaseSeal.MANIFEST_MARKER.equals(r.properties().get("cm:description"));
    }
}

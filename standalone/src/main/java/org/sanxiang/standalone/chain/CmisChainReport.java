package org.sanxiang.standalone.chain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.rules.chain.BreakReason;
import org.sanxiang.rules.chain.ChainBreak;
import org.sanxiang.rules.chain.VerificationResult;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * The report {@code verify-chain} prints on the hash chain of one case folder in a CMIS repository: the
 * seal manifest and the {@code sx:sealed} records are read through {@link CmisCaseRepository} and checked
 * by {@link CaseSeal#verify}, which rebuilds every link from the record as it is now and hands them to the
 * rules' ChainVerifier.
 */
public final class CmisChainReport {

    /** What the check found, with the case and the first broken record named for a person to read. */
    public record Outcome(CaseFolder caseFacts, CaseSeal.Verification verification, Optional<CaseRecord> brokenRecord) {

        public boolean intact() {
            return verification.intact();
        }

        public Optional<ChainBreak> firstBreak() {
            return verification.firstBreak();
        }
    }

    private final Session session;
    private final CmisCaseRepository cases;

    public CmisChainReport(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        this.cases = new CmisCaseRepository(session);
    }

    /** The repository does not show what verifying needs (the seal's properties): neither intact nor broken. */
    public static final class CannotVerify extends RuntimeException {
        CannotVerify(String message) {
            super(message);
        }
    }

    /**
     * @param caseRef the case folder's object id, or its folder path (starting with {@code /})
     * @throws IllegalArgumentException when there is no such case folder, or it was never sealed
     * @throws CannotVerify when the records carry seals whose properties this repository does not show
     */
    public Outcome verify(String caseRef) {
        String caseId = resolve(caseRef);
        CaseFolder facts = cases.facts(caseId);
        List<CaseRecord> records = cases.records(caseId);
        List<CaseRecord> sealed = records.stream().filter(r -> r.aspects().contains(CaseSeal.SEALED)).toList();
        List<String> unreadable = sealed.stream().filter(r -> !(r.properties().get(CaseSeal.DIGEST) instanceof String))
                .map(CaseRecord::name).toList();
        if (!unreadable.isEmpty()) {
            // the standalone sandbox keeps the protected seal properties in its own database, as Alfresco keeps
            // them out of CMIS writers' reach; without them a verdict would be a guess
            throw new CannotVerify(unreadable.size() + " of " + sealed.size() + " sealed records show no " + CaseSeal.DIGEST
                    + " over CMIS here (e.g. " + unreadable.get(0) + "): this repository keeps the seal's properties out"
                    + " of CMIS readers' view (the standalone sandbox keeps them in its database). Verify where they are"
                    + " readable: in Alfresco, or through the runtime's own timeline (GET /api/cases/{id}/timeline).");
        }
        CaseSeal.Verification verification;
        try {
            verification = new CaseSeal(cases, cases).verify(caseId);
        } catch (IllegalStateException e) {
            if (sealed.isEmpty()) {
                throw new IllegalArgumentException("case: " + e.getMessage(), e);
            }
            CaseRecord first = sealed.stream().min(Comparator.comparingLong(
                    r -> r.properties().get(CaseSeal.SEQUENCE) instanceof Number n ? n.longValue() : Long.MAX_VALUE)).orElseThrow();
            ChainBreak removed = new ChainBreak(0, -1, BreakReason.MANIFEST_REMOVED, sealed.size()
                    + " records carry seals (" + CaseSeal.SEALED + ") but the case has no seal manifest: it was removed");
            verification = new CaseSeal.Verification(new VerificationResult(0, Optional.of(removed)), first.id());
        }
        verification = namedVersion(records, verification);
        Optional<CaseRecord> broken = Optional.ofNullable(verification.brokenRecordId())
                .flatMap(id -> records.stream().filter(r -> r.id().equals(id)).findFirst());
        return new Outcome(facts, verification, broken);
    }

    /** A sealed record gone from the case because a new version replaced it is named as such. */
    private CaseSeal.Verification namedVersion(List<CaseRecord> records, CaseSeal.Verification verification) {
        String id = verification.brokenRecordId();
        if (id == null || verification.intact() || records.stream().anyMatch(r -> r.id().equals(id))) {
            return verification;
        }
        Document sealedVersion;
        try {
            if (!(session.getObject(id) instanceof Document d)) {
                return verification;
            }
            sealedVersion = d;
        } catch (CmisObjectNotFoundException e) {
            return verification;
        }
        Document latest;
        try {
            latest = sealedVersion.getObjectOfLatestVersion(false);
        } catch (CmisBaseException e) {
            return verification;
        }
        if (latest == null || latest.getId().equals(sealedVersion.getId())) {
            return verification;
        }
        ChainBreak was = verification.firstBreak().orElseThrow();
        ChainBreak named = new ChainBreak(was.position(), was.sequence(), BreakReason.NEW_VERSION, "content changed in version "
                + latest.getVersionLabel() + ": " + sealedVersion.getName() + " was sealed as version "
                + sealedVersion.getVersionLabel() + " (" + id + "); the case now holds version " + latest.getVersionLabel()
                + " (" + latest.getId() + ")");
        return new CaseSeal.Verification(new VerificationResult(verification.result().linksVerified(), Optional.of(named)), id);
    }

    private String resolve(String caseRef) {
        if (caseRef == null || caseRef.isBlank()) {
            throw new IllegalArgumentException("case: a case folder id or path is required");
        }
        if (!caseRef.startsWith("/")) {
            return caseRef;
        }
        try {
            CmisObject folder = session.getObjectByPath(caseRef);
            return folder.getId();
        } catch (CmisObjectNotFoundException e) {
            throw new IllegalArgumentException("path: no folder at " + caseRef, e);
        }
    }
}

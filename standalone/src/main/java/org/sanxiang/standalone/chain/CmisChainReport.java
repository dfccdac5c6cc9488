package org.sanxiang.standalone.chain;

import java.util.Objects;
import java.util.Optional;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.rules.chain.ChainBreak;
import org.sanxiang.workflow.port.CaseFacts;
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
    public record Outcome(CaseFacts caseFacts, CaseSeal.Verification verification, Optional<CaseRecord> brokenRecord) {

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

    /**
     * @param caseRef the case folder's object id, or its folder path (starting with {@code /})
     * @throws IllegalArgumentException when there is no such case folder, or it was never sealed
     */
    public Outcome verify(String caseRef) {
        String caseId = resolve(caseRef);
        CaseFacts facts = cases.facts(caseId);
        CaseSeal.Verification verification;
        try {
            verification = new CaseSeal(cases, cases).verify(caseId);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("case: " + e.getMessage(), e);
        }
        Optional<CaseRecord> broken = Optional.ofNullable(verification.brokenRecordId())
                .flatMap(id -> cases.records(caseId).stream().filter(r -> r.id().equals(id)).findFirst());
        return new Outcome(facts, verification, broken);
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

package org.sanxiang.repo.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.repo.audit.AuditEvent;
import org.sanxiang.repo.audit.AuditTrail;
import org.sanxiang.rules.chain.ChainBreak;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * Verifies a case's seal chain on request (the repository action {@code sx-verify-chain}): the records
 * must not have been altered since they were sealed (chongqing-2024 全过程记录 第十四条, wuhan-2020
 * 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条). Every verification is audited, intact or not;
 * a broken chain then fails with a message naming the first record that no longer matches.
 */
public final class ChainCheck {

    /** The chain is broken: the message names the record and what no longer matches. */
    public static final class ChainBrokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChainBrokenException(String message) {
            super(message);
        }
    }

    private final CaseSeal seal;
    private final AuditTrail audit;

    public ChainCheck(CaseSeal seal, AuditTrail audit) {
        this.seal = Objects.requireNonNull(seal, "seal");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * @return the verification when the chain is intact
     * @throws ChainBrokenException when a link is broken (after auditing it)
     */
    public CaseSeal.Verification verify(String caseId) {
        CaseSeal.Verification v = seal.verify(caseId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("caseId", caseId);
        values.put("intact", Boolean.toString(v.intact()));
        values.put("links", Integer.toString(v.result().linksVerified()));
        values.put("brokenRecord", v.brokenRecordId());
        values.put("detail", v.firstBreak().map(ChainCheck::describe).orElse(null));
        audit.record(AuditEvent.CHAIN_VERIFIED, values);
        if (!v.intact()) {
            throw new ChainBrokenException("case " + caseId + ": the seal chain is broken at record "
                    + v.brokenRecordId() + ": " + v.firstBreak().map(ChainCheck::describe).orElse(""));
        }
        return v;
    }

    private static String describe(ChainBreak b) {
        return "link " + b.sequence() + " (" + b.reason() + ")" + (b.detail() == null ? "" : ": " + b.detail());
    }
}

package org.sanxiang.workflow.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the borrowing register (借阅登记): who asked, for whom, on what basis, why, who
 * approved, for how long, what was released and withheld, and how it ended (fushun-2026
 * 全过程记录细则 第二十六条; wuhan-2020 全过程记录 第二十七条第三款).
 *
 * @param id               register id, null before it is recorded
 * @param caseId           the case
 * @param processInstanceId the sxAccess instance
 * @param requester        调阅人 / 借阅人
 * @param organisation     借阅部门 / the organ or firm
 * @param requesterKind    the kind of requester (RequesterKind name)
 * @param legalBasis       official letter, court order, or other basis
 * @param reason           事由
 * @param approver         审批人, null when refused by the rule
 * @param decidedAt        when approved or refused
 * @param from             start of the borrowing period, null when refused
 * @param until            end of the borrowing period (借阅期限), null when refused
 * @param released         record ids released
 * @param withheld         record id to the kinds of information that kept it back
 * @param status           where the entry stands
 * @param copiesMade       copies made (复制), known when closed
 * @param closedAt         when returned, expired or refused
 * @param note             refusal reason or closing note
 */
public record BorrowingEntry(String id, String caseId, String processInstanceId, String requester, String organisation,
        String requesterKind, String legalBasis, String reason, String approver, Instant decidedAt, Instant from,
        Instant until, List<String> released, Map<String, String> withheld, Status status, Integer copiesMade,
        Instant closedAt, String note) {

    public enum Status { REFUSED, OPEN, RETURNED, EXPIRED }

    public BorrowingEntry {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(status, "status");
        released = List.copyOf(released);
        withheld = Map.copyOf(withheld);
    }

    public BorrowingEntry withId(String newId) {
        return new BorrowingEntry(newId, caseId, processInstanceId, requester, organisation, requesterKind, legalBasis,
                reason, approver, decidedAt, from, until, released, withheld, status, copiesMade, closedAt, note);
    }

    public BorrowingEntry closed(Status closing, Integer copies, Instant at, String closingNote) {
        return new BorrowingEntry(id, caseId, processInstanceId, requester, organisation, requesterKind, legalBasis,
                reason, approver, decidedAt, from, until, released, withheld, closing, copies, at, closingNote);
    }
}

package org.sanxiang.workflow.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.access.AccessDecision;
import org.sanxiang.rules.access.AccessRequest;
import org.sanxiang.rules.access.AccessRule;
import org.sanxiang.rules.access.ProtectedInformation;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.document.AccessRegisterForm;
import org.sanxiang.workflow.document.BorrowingSlipForm;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.port.AccessGrants;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxAccessGrant}, after approval: releases the records that carry nothing withheld from
 * this requester, grants access to them until the end of the borrowing period (the Nth working day
 * from today), writes the grant slip into the case (listing what is released and what is withheld,
 * with why), opens the borrowing register entry, and schedules the return task's deadline (at which
 * the grant expires).
 */
public final class GrantAccess extends SxDelegate {

    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final AccessGrants grants;
    private final BorrowingRegister register;
    private final Notifications notifications;
    private final CaseLocator locator;
    private final TaskDeadlines deadlines;
    private final AccessRule rule;

    public GrantAccess(CaseRepository cases, CaseDocuments documents, AccessGrants grants, BorrowingRegister register,
            Notifications notifications, CaseLocator locator, TaskDeadlines deadlines, AccessRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.register = Objects.requireNonNull(register, "register");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        CaseFolder facts = cases.facts(caseId);
        AccessRequest request = AccessRequests.read(step, facts);
        AccessDecision decision = rule.decide(request, AccessRequests.facts(facts));
        if (!decision.admissible()) {
            throw new IllegalStateException("access to case " + caseId + " is no longer admissible: " + decision.summary());
        }
        Map<String, CaseRecord> byId = new LinkedHashMap<>();
        Map<String, Set<ProtectedInformation>> protections = new LinkedHashMap<>();
        for (CaseRecord record : cases.records(caseId)) {
            if (SanxiangModel.TYPE_ACCESS_REQUEST.toPrefixString().equals(record.type())) {
                continue; // earlier grant slips are the register's paperwork, not case records
            }
            byId.put(record.id(), record);
            protections.put(record.id(), protections(record));
        }
        AccessRule.ReleasePlan plan = rule.release(decision, protections);

        Instant now = EngineTime.now();
        LocalDateTime today = now.atZone(deadlines.zone()).toLocalDateTime();
        Deadline expiry = deadlines.calendar().addWorkingDays(today.toLocalDate(), request.periodWorkingDays());
        Instant until = expiry.dueAt().atZone(deadlines.zone()).toInstant();
        // copies are approved apart from the reading (wuhan-2020 全过程记录 第二十七条第三款: 调阅人, 复制人)
        boolean copiesAllowed = step.flag(SanxiangWorkflowModel.PROP_COPIES_ALLOWED);
        String grantId = grants.grant(caseId, request.requesterName(), plan.released(), until, copiesAllowed);

        String approver = step.string(WorkflowVariables.completedBy(AccessProcess.APPROVE_TASK));
        Map<String, String> withheld = new LinkedHashMap<>();
        plan.withheld().forEach((id, kinds) -> withheld.put(id, String.join(",", new TreeSet<>(kinds.stream().map(Enum::name).toList()))));
        String entryId = register.record(new BorrowingEntry(null, caseId, step.processInstanceId(),
                request.requesterName(), request.organisation(), request.kind().name(), RefuseAccess.basis(step),
                request.reason(), approver, now, now, until, plan.released(), withheld, BorrowingEntry.Status.OPEN, null, null,
                decision.summary()));

        String slip = slip(facts, request, approver, now, until, copiesAllowed, plan, byId, decision);
        String documentId = documents.write(caseId, new DocumentDraft(SanxiangModel.TYPE_ACCESS_REQUEST.toPrefixString(),
                "调阅审批单-" + entryId + ".txt", slipProperties(request), slip,
                form(facts, request, entryId, approver, today, expiry.dueAt().toLocalDate(), plan, byId)));

        step.set(WorkflowVariables.ACCESS_GRANT_ID, grantId);
        step.set(WorkflowVariables.ACCESS_REGISTER_ENTRY_ID, entryId);
        step.set(WorkflowVariables.ACCESS_GRANT_DOCUMENT_ID, documentId);
        deadlines.schedule(step.scope(), AccessProcess.RETURN_TASK, expiry, now);
        notifications.inform(request.requesterName(), caseId, "调阅申请已批准 / access granted", slip);
    }

    /** The profile whose register entry the slip is (wuhan-2020 全过程记录 第二十七条第三款); the others get the 借阅单. */
    static final String REGISTER_PROFILE = "wuhan-2020";

    /**
     * The slip as printed: wuhan-2020 全过程记录 第二十七条第三款's register entry (调阅人, 复制人, 审批人, 时间, 事由)
     * for a wuhan-2020 case, else fushun-2026 全过程记录 第二十六条's 借阅单 (借阅部门, 借阅人, 借阅事由, 借阅期限), with
     * what is lent and what is withheld and why.
     */
    static OfficialDocument form(CaseFolder facts, AccessRequest request, String entryId, String approver, LocalDateTime at,
            LocalDate until, AccessRule.ReleasePlan plan, Map<String, CaseRecord> records) {
        String caseNumber = facts.caseNumber() == null ? facts.caseId() : facts.caseNumber();
        List<String> released = plan.released().stream().map(id -> records.get(id).name()).toList();
        String basis = request.legalBasis() == null ? null : request.legalBasis()
                + (request.courtOrderNumber() == null ? "" : " 律师调查令 " + request.courtOrderNumber());
        if (REGISTER_PROFILE.equals(facts.profileId())) {
            return AccessRegisterForm.build(new AccessRegisterForm.Input(entryId, caseNumber, request.requesterName(), null,
                    approver == null || approver.isBlank() ? "（未记录）" : approver, at, until.atTime(23, 59), request.reason(), request.organisation(), basis, released));
        }
        List<String> withheld = new ArrayList<>();
        plan.withheld().forEach((id, kinds) -> withheld.add(records.get(id).name() + "（"
                + String.join("、", new TreeSet<>(kinds.stream().map(Enum::name).toList())) + "）"));
        return BorrowingSlipForm.build(new BorrowingSlipForm.Input(entryId, caseNumber,
                request.organisation() == null ? request.requesterName() : request.organisation(), request.requesterName(),
                request.reason(), at.toLocalDate(), until, released, withheld, approver, at.toLocalDate(), null));
    }

    /** The slip is a valid sx:accessRequest: its mandatory requester name and kind come from the request. */
    static Map<String, Object> slipProperties(AccessRequest request) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", "调阅审批单 " + request.requesterName());
        properties.put(SanxiangModel.PROP_REQUESTER_NAME.toPrefixString(), request.requesterName());
        properties.put(SanxiangModel.PROP_REQUESTER_KIND.toPrefixString(), AccessRequests.modelCode(request.kind()));
        if (request.organisation() != null) {
            properties.put(SanxiangModel.PROP_REQUESTER_ORGANISATION.toPrefixString(), request.organisation());
        }
        return properties;
    }

    /** The model's sx:thirdPartyKindOptions codes and the rule's kinds they stand for. */
    static final Map<String, ProtectedInformation> MODEL_THIRD_PARTY_KINDS = Map.of(
            "whistleblower", ProtectedInformation.WHISTLEBLOWER,
            "complainant", ProtectedInformation.COMPLAINANT,
            "otherThirdParty", ProtectedInformation.THIRD_PARTY);

    /** The kinds of protected information a record carries, from {@link CaseRecord#PROTECTED_INFORMATION}. */
    static Set<ProtectedInformation> protections(CaseRecord record) {
        Object value = record.properties().get(CaseRecord.PROTECTED_INFORMATION);
        EnumSet<ProtectedInformation> kinds = EnumSet.noneOf(ProtectedInformation.class);
        if (value == null) {
            return kinds;
        }
        Collection<?> names = value instanceof Collection<?> c ? c : java.util.Arrays.asList(value.toString().split(","));
        for (Object name : names) {
            String n = name.toString().trim();
            if (n.isEmpty()) {
                continue;
            }
            ProtectedInformation kind = MODEL_THIRD_PARTY_KINDS.get(n);
            if (kind == null) {
                throw new IllegalArgumentException("record " + record.id() + " property " + CaseRecord.PROTECTED_INFORMATION
                        + ": unknown kind '" + n + "' (the model's " + SanxiangModel.CONSTRAINT_THIRD_PARTY_KIND_OPTIONS.toPrefixString() + " are "
                        + String.join(", ", MODEL_THIRD_PARTY_KINDS.keySet()) + ")");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static String slip(CaseFolder facts, AccessRequest request, String approver, Instant from, Instant until,
            boolean copiesAllowed, AccessRule.ReleasePlan plan, Map<String, CaseRecord> records, AccessDecision decision) {
        StringBuilder s = new StringBuilder();
        s.append("调阅审批单 / Access grant\n");
        s.append("案卷 Case: ").append(facts.caseNumber() == null ? facts.caseId() : facts.caseNumber()).append('\n');
        s.append("调阅人 Requester: ").append(request.requesterName()).append(" (").append(request.kind()).append(")\n");
        s.append("单位 Organisation: ").append(Objects.toString(request.organisation(), "")).append('\n');
        s.append("依据 Basis: ").append(Objects.toString(request.legalBasis(), ""))
                .append(request.courtOrderNumber() == null ? "" : " 律师调查令 " + request.courtOrderNumber()).append('\n');
        s.append("事由 Reason: ").append(request.reason()).append('\n');
        s.append("审批人 Approver: ").append(Objects.toString(approver, "")).append('\n');
        s.append("期限 Period: ").append(from).append(" – ").append(until).append('\n');
        s.append("准予复制 Copies allowed: ").append(copiesAllowed ? "是 yes" : "否 no").append('\n');
        s.append("提供 Released:\n");
        for (String id : plan.released()) {
            s.append("  ").append(records.get(id).name()).append('\n');
        }
        s.append("不予提供 Withheld:\n");
        plan.withheld().forEach((id, kinds) -> s.append("  ").append(records.get(id).name()).append(": ")
                .append(new TreeSet<>(kinds.stream().map(Enum::name).toList())).append('\n'));
        s.append("依据条款 Articles: ").append(decision.summary()).append('\n');
        return s.toString();
    }
}

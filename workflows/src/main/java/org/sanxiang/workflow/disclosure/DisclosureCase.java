package org.sanxiang.workflow.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DecisionDocument;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.disclosure.KindDecision;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.Values;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.FolderFacts;

/**
 * What the disclosure rules need about one case, read from the case folder ({@code sx:caseFolder}
 * properties, its latest {@code sx:decisionDocument}) and the start form. Missing or bad values
 * fail naming the property or variable.
 */
final class DisclosureCase {

    final CaseFolder folder;
    final CaseRecord decisionRecord;
    private final StepContext step;
    private final ZoneId zone;

    private DisclosureCase(CaseFolder folder, CaseRecord decisionRecord, StepContext step,
            ZoneId zone) {
        this.folder = folder;
        this.decisionRecord = decisionRecord;
        this.step = step;
        this.zone = zone;
    }

    static DisclosureCase read(CaseRepository cases, String caseId, StepContext step, ZoneId zone) {
        CaseRecord decision = null;
        for (CaseRecord record : cases.records(caseId)) {
            if (record.hasType(SanxiangModel.TYPE_DECISION_DOCUMENT)) {
                decision = record; // the latest decision document
            }
        }
        return new DisclosureCase(cases.facts(caseId), decision, step, zone);
    }

    String profileId() {
        return folder.profileId();
    }

    ActionCategory action() {
        String code = text(SanxiangModel.PROP_ACTION_CATEGORY);
        if (code == null) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property "
                    + SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString() + " is required for disclosure");
        }
        return ActionCategory.fromCode(code);
    }

    PartyKind partyKind() {
        String code = text(SanxiangModel.PROP_PARTY_KIND);
        if (code == null) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property "
                    + SanxiangModel.PROP_PARTY_KIND.toPrefixString() + " is required for disclosure");
        }
        return PartyKind.fromCode(code);
    }

    /** Major decision: the start form says so, or the case carries sx:majorDecision with sx:major. */
    boolean major() {
        return step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_FOR_MAJOR) || Values.flag(folder.property(SanxiangModel.PROP_MAJOR));
    }

    /** The start form says the basic information changed (not a decision or an inspection end). */
    boolean basicInfoChange() {
        return DisclosureProcess.TRIGGER_BASIC_INFO_CHANGED.equals(step.trimmed(SanxiangWorkflowModel.PROP_DISCLOSURE_TRIGGER));
    }

    /**
     * The disclosure kind the start form names ({@code sxwf:disclosureKind}: a list published before a
     * decision, a periodic publication, a numbered list item — wuhan-2020 公示 第七条, 第八条第三款;
     * ningxia-2019 附件2 第17项, 第19项, 第24项), or null for a decision's result.
     */
    String kind() {
        return step.trimmed(SanxiangWorkflowModel.PROP_DISCLOSURE_KIND);
    }

    /**
     * What the profile says about {@link #kind()}: its timing and display period. An unknown kind, or
     * one that belongs to another action category, fails naming {@code sxwf_disclosureKind}.
     */
    KindDecision kindDecision(DisclosureDecider decider) {
        String kind = kind();
        ObjectNode node = factsNode();
        java.util.Optional<String> on;
        try {
            decider.kindsOf(FolderFacts.read(node, folder));
            on = decider.kindEvent(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_DISCLOSURE_KIND.toVariableName() + ": " + e.getMessage(), e);
        }
        String eventVariable = SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE.toVariableName();
        LocalDate event = eventDate();
        if (event != null) {
            if (on.isEmpty()) {
                throw new IllegalArgumentException(eventVariable + ": disclosure kind '" + kind
                        + "' counts from no event (published once a period, or on a limit set elsewhere); leave it empty");
            }
            ((ObjectNode) node.get("dates")).put(on.get(), event.toString());
        }
        KindDecision decision = decider.decideKind(FolderFacts.read(node, folder), kind);
        if (decision.timing() instanceof KindDecision.Due due && due.due().status() == DueDate.Status.AWAITING_START) {
            // ningxia-2019 附件2 第17项: the day is counted from the query, which only the starter knows
            throw new IllegalArgumentException(eventVariable + " is required: disclosure kind '" + kind + "' counts from the "
                    + on.orElse("event") + " date (" + decision.citation() + "); give the day it happened");
        }
        return decision;
    }

    /** The day of the event the disclosure counts from (a query, a hearing, a lottery, a handling), from the start form. */
    LocalDate eventDate() {
        return step.day(SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE, zone);
    }

    /** The start form says the inspection found problems (ningxia-2019 附件1 第十一条（二）). */
    boolean problemsFound() {
        return step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_PROBLEMS_FOUND);
    }

    /** The date the basic information changed, from the start form; null when not given. */
    LocalDate basicInfoChangedOn() {
        return step.day(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON, zone);
    }

    /**
     * The decision (or inspection end) date: the start form's, else the case's sx:caseDecisionDate; for an
     * inspection that found problems, the day they were handled (the event date) when given.
     */
    LocalDate decided() {
        if (kind() == null && problemsFound() && eventDate() != null) {
            return eventDate(); // ningxia-2019 附件1 第十一条（二）: the handling is what is published
        }
        LocalDate date = step.day(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE, zone);
        if (date == null) {
            date = Values.day(folder.property(SanxiangModel.PROP_CASE_DECISION_DATE), zone, SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString());
        }
        return date;
    }

    /**
     * The facts the decider reads: the folder's ({@link FolderFacts}), with what the start form says
     * (secrets, risks, the decision date) and the revocation and correction dates the process has received.
     */
    CaseFacts facts() {
        return FolderFacts.read(factsNode(), folder);
    }

    /**
     * {@link #facts()} as the rules' JSON input. An inspection that found problems is published once they are
     * handled (ningxia-2019 附件1 第十一条（二）): the handling's day is the start form's event date, else the
     * decision date, and one of them is required.
     */
    private ObjectNode factsNode() {
        ActionCategory action = action();
        partyKind();
        LocalDate decided = decided();
        if (kind() == null && problemsFound() && decided == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE.toVariableName()
                    + " is required: the problems an inspection found are published once handled (ningxia-2019 附件1 第十一条（二）); give the day they were handled");
        }
        ObjectNode node = FolderFacts.json(folder);
        if (kind() == null && problemsFound()) {
            node.put("problemsFound", true);
        }
        node.putObject("secrets")
                .put("state", step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_STATE_SECRET))
                .put("commercial", step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_COMMERCIAL_SECRET))
                .put("privacy", step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_PRIVACY));
        node.put("securityRisk", step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_SECURITY_RISK));
        node.put("affectsInvestigation", step.flag(SanxiangWorkflowModel.PROP_DISCLOSURE_AFFECTS_INVESTIGATION));
        ObjectNode dates = node.putObject("dates");
        putDate(dates, "decided", decided);
        putDate(dates, "inspectionEnded", action == ActionCategory.INSPECTION ? decided : null);
        putDate(dates, "revoked", step.day(WorkflowVariables.DISCLOSURE_REVOKED_ON, zone));
        putDate(dates, "errorFound", step.day(WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON, zone));
        putDate(dates, "correctionRequested", step.day(WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON, zone));
        if (kind() != null) {
            node.putArray("disclosures").add(kind());
        }
        return node;
    }

    private static void putDate(ObjectNode dates, String field, LocalDate date) {
        if (date != null) {
            dates.put(field, date.toString());
        }
    }

    /** The decision document's facts for the summary. */
    DecisionDocument document() {
        PartyKind kind = partyKind();
        return DecisionDocument.builder(kind, action())
                .partyName(text(SanxiangModel.PROP_PARTY_NAME))
                .uscc(kind == PartyKind.ORGANISATION ? text(SanxiangModel.PROP_PARTY_ID_NUMBER) : null)
                .legalRepresentative(text(SanxiangModel.PROP_PARTY_LEGAL_REPRESENTATIVE))
                .decisionNumber(text(SanxiangModel.PROP_CASE_DECISION_NUMBER))
                .matterName(text(SanxiangModel.PROP_MATTER_NAME))
                .caseName(text(SanxiangModel.PROP_CASE_NAME))
                .decisionKind(firstNonNull(text(SanxiangModel.PROP_PENALTY_MEASURES), text(SanxiangModel.PROP_LICENCE_DECISION_KIND)))
                .facts(string(decisionRecord == null ? null : decisionRecord.property(SanxiangModel.PROP_MAIN_FACTS)))
                .legalBasis(string(decisionRecord == null ? null : decisionRecord.property(SanxiangModel.PROP_LEGAL_BASIS)))
                .decisionContent(string(decisionRecord == null ? null : decisionRecord.property(SanxiangModel.PROP_DECISION_CONTENT)))
                .organ(text(SanxiangModel.PROP_ENFORCEMENT_UNIT))
                // a basic-information update is dated by the change when no decision date is given
                .decided(decided() == null && basicInfoChange() ? basicInfoChangedOn() : decided())
                .build();
    }

    /** The individuals whose names and addresses the full text must hide (Wuhan 公示 第九条第二款). */
    CaseIndividuals individuals() {
        if (partyKind() != PartyKind.INDIVIDUAL) {
            return CaseIndividuals.NONE;
        }
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        if (text(SanxiangModel.PROP_PARTY_NAME) != null) {
            names.add(text(SanxiangModel.PROP_PARTY_NAME));
        }
        if (text(SanxiangModel.PROP_PARTY_ADDRESS) != null) {
            addresses.add(text(SanxiangModel.PROP_PARTY_ADDRESS));
        }
        return new CaseIndividuals(names, addresses);
    }

    /** The decision document's text, or null when the case holds none (then only the summary is published). */
    String fullText(CaseRepository cases) {
        if (decisionRecord == null) {
            return null;
        }
        try (InputStream in = cases.content(decisionRecord.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("decision document " + decisionRecord.id() + ": cannot read its content", e);
        }
    }

    private String text(QName property) {
        return string(folder.property(property));
    }

    private static String string(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            List<String> parts = values.stream().map(Objects::toString).toList();
            return parts.isEmpty() ? null : String.join("、", parts);
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }


}

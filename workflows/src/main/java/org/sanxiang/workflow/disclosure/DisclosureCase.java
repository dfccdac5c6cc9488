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

    /** The date the basic information changed, from the start form; null when not given. */
    LocalDate basicInfoChangedOn() {
        return step.day(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON, zone);
    }

    /** The decision (or inspection end) date: the start form's, else the case's sx:caseDecisionDate. */
    LocalDate decided() {
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
        ActionCategory action = action();
        partyKind();
        LocalDate decided = decided();
        ObjectNode node = FolderFacts.json(folder);
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
        return FolderFacts.read(node, folder);
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

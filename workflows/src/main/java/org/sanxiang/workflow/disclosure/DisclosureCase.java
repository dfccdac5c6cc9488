package org.sanxiang.workflow.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.VariableScope;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DecisionDocument;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Secrets;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * What the disclosure rules need about one case, read from the case folder ({@code sx:caseFolder}
 * properties, its latest {@code sx:decisionDocument}) and the start form. Missing or bad values
 * fail naming the property or variable.
 */
final class DisclosureCase {

    static final String DECISION_DOCUMENT_TYPE = SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString();

    final org.sanxiang.workflow.port.CaseFacts folder;
    final CaseRecord decisionRecord;
    private final VariableScope scope;
    private final ZoneId zone;

    private DisclosureCase(org.sanxiang.workflow.port.CaseFacts folder, CaseRecord decisionRecord, VariableScope scope,
            ZoneId zone) {
        this.folder = folder;
        this.decisionRecord = decisionRecord;
        this.scope = scope;
        this.zone = zone;
    }

    static DisclosureCase read(CaseRepository cases, String caseId, VariableScope scope, ZoneId zone) {
        CaseRecord decision = null;
        for (CaseRecord record : cases.records(caseId)) {
            if (DECISION_DOCUMENT_TYPE.equals(record.type())) {
                decision = record; // the latest decision document
            }
        }
        return new DisclosureCase(cases.facts(caseId), decision, scope, zone);
    }

    String profileId() {
        return folder.profileId();
    }

    ActionCategory action() {
        String code = text(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString());
        if (code == null) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property "
                    + SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString() + " is required for disclosure");
        }
        return ActionCategory.fromCode(code);
    }

    PartyKind partyKind() {
        String code = text(SanxiangModel.PROP_PARTY_KIND.toPrefixString());
        if (code == null) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property "
                    + SanxiangModel.PROP_PARTY_KIND.toPrefixString() + " is required for disclosure");
        }
        return PartyKind.fromCode(code);
    }

    /** Major decision: the start form says so, or the case carries sx:majorDecision with sx:major. */
    boolean major() {
        return flag(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_FOR_MAJOR.toVariableName())) || flag(folder.properties().get(SanxiangModel.PROP_MAJOR.toPrefixString()));
    }

    /** The start form says the basic information changed (not a decision or an inspection end). */
    boolean basicInfoChange() {
        Object trigger = scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_TRIGGER.toVariableName());
        return trigger != null && DisclosureProcess.TRIGGER_BASIC_INFO_CHANGED.equals(trigger.toString().strip());
    }

    /** The date the basic information changed, from the start form; null when not given. */
    LocalDate basicInfoChangedOn() {
        return date(scope.getVariable(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON.toVariableName()), SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON.toVariableName());
    }

    /** The decision (or inspection end) date: the start form's, else the case's sx:caseDecisionDate. */
    LocalDate decided() {
        LocalDate date = date(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName()), SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName());
        if (date == null) {
            date = date(folder.properties().get(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString()), SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString());
        }
        return date;
    }

    /** The facts the decider reads, with the revocation and correction dates the process has received. */
    CaseFacts facts() {
        ActionCategory action = action();
        LocalDate decided = decided();
        boolean inspection = action == ActionCategory.INSPECTION;
        CaseDates dates = new CaseDates(null, null, decided, inspection ? decided : null,
                date(scope.getVariable(WorkflowVariables.DISCLOSURE_REVOKED_ON), WorkflowVariables.DISCLOSURE_REVOKED_ON),
                date(scope.getVariable(WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON), WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON),
                date(scope.getVariable(WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON), WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON),
                null, null);
        return CaseFacts.builder(folder.caseId(), folder.profileId())
                .action(action)
                .party(new Party(partyKind(), flag(folder.properties().get(SanxiangModel.PROP_PARTY_MINOR.toPrefixString())), false))
                .criminalReferral(flag(folder.properties().get(SanxiangModel.PROP_CRIME_TRANSFER.toPrefixString())))
                .secrets(new Secrets(flag(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_STATE_SECRET.toVariableName())),
                        flag(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_COMMERCIAL_SECRET.toVariableName())),
                        flag(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_PRIVACY.toVariableName()))))
                .securityRisk(flag(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_SECURITY_RISK.toVariableName())))
                .affectsInvestigation(flag(scope.getVariable(SanxiangWorkflowModel.PROP_DISCLOSURE_AFFECTS_INVESTIGATION.toVariableName())))
                .dates(dates)
                .build();
    }

    /** The decision document's facts for the summary. */
    DecisionDocument document() {
        PartyKind kind = partyKind();
        Map<String, Object> decision = decisionRecord == null ? Map.of() : decisionRecord.properties();
        return DecisionDocument.builder(kind, action())
                .partyName(text(SanxiangModel.PROP_PARTY_NAME.toPrefixString()))
                .uscc(kind == PartyKind.ORGANISATION ? text(SanxiangModel.PROP_PARTY_ID_NUMBER.toPrefixString()) : null)
                .legalRepresentative(text(SanxiangModel.PROP_PARTY_LEGAL_REPRESENTATIVE.toPrefixString()))
                .decisionNumber(text(SanxiangModel.PROP_CASE_DECISION_NUMBER.toPrefixString()))
                .matterName(text(SanxiangModel.PROP_MATTER_NAME.toPrefixString()))
                .caseName(text(SanxiangModel.PROP_CASE_NAME.toPrefixString()))
                .decisionKind(firstNonNull(text(SanxiangModel.PROP_PENALTY_MEASURES.toPrefixString()), text(SanxiangModel.PROP_LICENCE_DECISION_KIND.toPrefixString())))
                .facts(string(decision.get(SanxiangModel.PROP_MAIN_FACTS.toPrefixString())))
                .legalBasis(string(decision.get(SanxiangModel.PROP_LEGAL_BASIS.toPrefixString())))
                .decisionContent(string(decision.get(SanxiangModel.PROP_DECISION_CONTENT.toPrefixString())))
                .organ(text(SanxiangModel.PROP_ENFORCEMENT_UNIT.toPrefixString()))
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
        if (text(SanxiangModel.PROP_PARTY_NAME.toPrefixString()) != null) {
            names.add(text(SanxiangModel.PROP_PARTY_NAME.toPrefixString()));
        }
        if (text(SanxiangModel.PROP_PARTY_ADDRESS.toPrefixString()) != null) {
            addresses.add(text(SanxiangModel.PROP_PARTY_ADDRESS.toPrefixString()));
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

    private String text(String property) {
        return string(folder.properties().get(property));
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

    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof String s && Boolean.parseBoolean(s.strip()));
    }

    private LocalDate date(Object value, String name) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": not a date (yyyy-MM-dd): " + value, e);
        }
    }
}

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
import org.sanxiang.rules.disclosure.DecisionDocument;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Secrets;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * What the disclosure rules need about one case, read from the case folder ({@code sx:caseFolder}
 * properties, its latest {@code sx:decisionDocument}) and the start form. Missing or bad values
 * fail naming the property or variable.
 */
final class DisclosureCase {

    static final String DECISION_DOCUMENT_TYPE = "sx:decisionDocument";

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
        String code = text("sx:actionCategory");
        if (code == null) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property sx:actionCategory is required for disclosure");
        }
        return ActionCategory.fromCode(code);
    }

    PartyKind partyKind() {
        String code = text("sx:partyKind");
        if (code == null) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property sx:partyKind is required for disclosure");
        }
        return PartyKind.fromCode(code);
    }

    /** Major decision: the start form says so, or the case carries sx:majorDecision with sx:major. */
    boolean major() {
        return flag(scope.getVariable(DisclosureVariables.FOR_MAJOR)) || flag(folder.properties().get("sx:major"));
    }

    /** The start form says the basic information changed (not a decision or an inspection end). */
    boolean basicInfoChange() {
        Object trigger = scope.getVariable(DisclosureVariables.TRIGGER);
        return trigger != null && DisclosureVariables.TRIGGER_BASIC_INFO_CHANGED.equals(trigger.toString().strip());
    }

    /** The date the basic information changed, from the start form; null when not given. */
    LocalDate basicInfoChangedOn() {
        return date(scope.getVariable(DisclosureVariables.BASIC_INFO_CHANGED_ON), DisclosureVariables.BASIC_INFO_CHANGED_ON);
    }

    /** The decision (or inspection end) date: the start form's, else the case's sx:caseDecisionDate. */
    LocalDate decided() {
        LocalDate date = date(scope.getVariable(DisclosureVariables.DECISION_DATE), DisclosureVariables.DECISION_DATE);
        if (date == null) {
            date = date(folder.properties().get("sx:caseDecisionDate"), "sx:caseDecisionDate");
        }
        return date;
    }

    /** The facts the decider reads, with the revocation and correction dates the process has received. */
    CaseFacts facts() {
        ActionCategory action = action();
        LocalDate decided = decided();
        boolean inspection = action == ActionCategory.INSPECTION;
        CaseDates dates = new CaseDates(null, null, decided, inspection ? decided : null,
                date(scope.getVariable(DisclosureVariables.REVOKED_ON), DisclosureVariables.REVOKED_ON),
                date(scope.getVariable(DisclosureVariables.ERROR_FOUND_ON), DisclosureVariables.ERROR_FOUND_ON),
                date(scope.getVariable(DisclosureVariables.CORRECTION_REQUESTED_ON), DisclosureVariables.CORRECTION_REQUESTED_ON),
                null, null);
        return CaseFacts.builder(folder.caseId(), folder.profileId())
                .action(action)
                .party(new Party(partyKind(), flag(folder.properties().get("sx:partyMinor")), false))
                .criminalReferral(flag(folder.properties().get("sx:crimeTransfer")))
                .secrets(new Secrets(flag(scope.getVariable(DisclosureVariables.STATE_SECRET)),
                        flag(scope.getVariable(DisclosureVariables.COMMERCIAL_SECRET)),
                        flag(scope.getVariable(DisclosureVariables.PRIVACY))))
                .securityRisk(flag(scope.getVariable(DisclosureVariables.SECURITY_RISK)))
                .affectsInvestigation(flag(scope.getVariable(DisclosureVariables.AFFECTS_INVESTIGATION)))
                .dates(dates)
                .build();
    }

    /** The decision document's facts for the summary. */
    DecisionDocument document() {
        PartyKind kind = partyKind();
        Map<String, Object> decision = decisionRecord == null ? Map.of() : decisionRecord.properties();
        return DecisionDocument.builder(kind, action())
                .partyName(text("sx:partyName"))
                .uscc(kind == PartyKind.ORGANISATION ? text("sx:partyIdNumber") : null)
                .legalRepresentative(text("sx:partyLegalRepresentative"))
                .decisionNumber(text("sx:caseDecisionNumber"))
                .matterName(text("sx:matterName"))
                .caseName(text("sx:caseName"))
                .decisionKind(firstNonNull(text("sx:penaltyMeasures"), text("sx:licenceDecisionKind")))
                .facts(string(decision.get("sx:mainFacts")))
                .legalBasis(string(decision.get("sx:legalBasis")))
                .decisionContent(string(decision.get("sx:decisionContent")))
                .organ(text("sx:enforcementUnit"))
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
        if (text("sx:partyName") != null) {
            names.add(text("sx:partyName"));
        }
        if (text("sx:partyAddress") != null) {
            addresses.add(text("sx:partyAddress"));
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

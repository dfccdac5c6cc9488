package org.sanxiang.rules.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.facts.Secrets;

/**
 * Reads one case of the {@code evaluate} input (a JSON object) into {@link CaseFacts}. Every field
 * but {@code id} and {@code profile} is optional; an unknown field, a wrong type or a bad value
 * is an {@link InvalidInputException} naming the field.
 */
public final class CaseFactsJson {

    private static final Set<String> FIELDS = Set.of("id", "profile", "action", "procedure", "party",
            "fine", "fineMaximum", "fineMultiple", "workersAffected", "partiesAffected", "amountInvolved",
            "measures", "hearing", "legalRelations", "complex", "publicInterest", "majorRights",
            "circumstancesConflict", "collectiveDiscussion", "criminalReferral", "secrets", "securityRisk",
            "affectsInvestigation", "dates", "finePerWorker", "licenceType", "problemsFound", "matter", "disclosures");
    private static final Set<String> PARTY_FIELDS = Set.of("kind", "minor", "foreignInvested");
    private static final Set<String> SECRET_FIELDS = Set.of("state", "commercial", "privacy");
    private static final Set<String> DATE_FIELDS = Set.of("investigationEnded", "reviewReceived", "decided",
            "inspectionEnded", "revoked", "errorFound", "correctionRequested", "closed", "infoChanged",
            "statutoryLimit", "hearing", "lottery", "queried");

    private CaseFactsJson() {
    }

    /** The case's id, if the object has a readable one (for error lines). */
    public static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    public static CaseFacts read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("", "a case must be a JSON object");
        }
        checkFields(node, FIELDS, "");
        CaseFacts.Builder facts = CaseFacts.builder(requiredText(node, "id"), requiredText(node, "profile"));
        String action = optionalText(node, "action", "action");
        if (action != null) {
            facts.action(code(() -> ActionCategory.fromCode(action), "action"));
        }
        String procedure = optionalText(node, "procedure", "procedure");
        if (procedure != null) {
            facts.procedure(code(() -> Procedure.fromCode(procedure), "procedure"));
        }
        JsonNode party = node.get("party");
        if (party != null && !party.isNull()) {
            facts.party(readParty(party));
        }
        facts.fine(amount(node, "fine"))
                .fineMaximum(amount(node, "fineMaximum"))
                .fineMultiple(amount(node, "fineMultiple"))
                .workersAffected(count(node, "workersAffected"))
                .partiesAffected(count(node, "partiesAffected"))
                .amountInvolved(amount(node, "amountInvolved"))
                .hearing(flag(node, "hearing", ""))
                .legalRelations(legalRelations(node))
                .complex(flag(node, "complex", ""))
                .publicInterest(flag(node, "publicInterest", ""))
                .majorRights(flag(node, "majorRights", ""))
                .circumstancesConflict(flag(node, "circumstancesConflict", ""))
                .collectiveDiscussion(flag(node, "collectiveDiscussion", ""))
                .criminalReferral(flag(node, "criminalReferral", ""))
                .securityRisk(flag(node, "securityRisk", ""))
                .affectsInvestigation(flag(node, "affectsInvestigation", ""))
                .finePerWorker(flag(node, "finePerWorker", ""))
                .problemsFound(flag(node, "problemsFound", ""));
        String licenceType = optionalText(node, "licenceType", "licenceType");
        if (licenceType != null) {
            facts.licenceType(code(() -> LicenceType.fromCode(licenceType), "licenceType"));
        }
        String matter = optionalText(node, "matter", "matter");
        if (matter != null) {
            if (matter.isBlank()) {
                throw new InvalidInputException("matter", "must not be blank");
            }
            facts.matter(matter);
        }
        JsonNode disclosures = node.get("disclosures");
        if (disclosures != null && !disclosures.isNull()) {
            if (!disclosures.isArray()) {
                throw new InvalidInputException("disclosures", "expected a list, got " + describe(disclosures));
            }
            for (int i = 0; i < disclosures.size(); i++) {
                JsonNode kind = disclosures.get(i);
                if (!kind.isTextual() || kind.asText().isBlank()) {
                    throw new InvalidInputException("disclosures[" + i + "]", "expected a disclosure kind, got " + describe(kind));
                }
                facts.disclosure(kind.asText());
            }
        }
        JsonNode measures = node.get("measures");
        if (measures != null && !measures.isNull()) {
            if (!measures.isArray()) {
                throw new InvalidInputException("measures", "expected a list, got " + describe(measures));
            }
            for (int i = 0; i < measures.size(); i++) {
                JsonNode measure = measures.get(i);
                String field = "measures[" + i + "]";
                if (!measure.isTextual()) {
                    throw new InvalidInputException(field, "expected a string, got " + describe(measure));
                }
                facts.measure(code(() -> Measure.fromCode(measure.asText()), field));
            }
        }
        JsonNode secrets = node.get("secrets");
        if (secrets != null && !secrets.isNull()) {
            requireObject(secrets, "secrets");
            checkFields(secrets, SECRET_FIELDS, "secrets.");
            facts.secrets(new Secrets(flag(secrets, "state", "secrets."),
                    flag(secrets, "commercial", "secrets."), flag(secrets, "privacy", "secrets.")));
        }
        JsonNode dates = node.get("dates");
        if (dates != null && !dates.isNull()) {
            facts.dates(readDates(dates));
        }
        return facts.build();
    }

    private static Party readParty(JsonNode party) {
        requireObject(party, "party");
        checkFields(party, PARTY_FIELDS, "party.");
        String kind = optionalText(party, "kind", "party.kind");
        PartyKind partyKind = kind == null ? null : code(() -> PartyKind.fromCode(kind), "party.kind");
        return new Party(partyKind, flag(party, "minor", "party."), flag(party, "foreignInvested", "party."));
    }

    private static CaseDates readDates(JsonNode dates) {
        requireObject(dates, "dates");
        checkFields(dates, DATE_FIELDS, "dates.");
        return new CaseDates(date(dates, "investigationEnded"), date(dates, "reviewReceived"),
                date(dates, "decided"), date(dates, "inspectionEnded"), date(dates, "revoked"),
                date(dates, "errorFound"), date(dates, "correctionRequested"), date(dates, "closed"),
                date(dates, "infoChanged"), date(dates, "statutoryLimit"), date(dates, "hearing"),
                date(dates, "lottery"), date(dates, "queried"));
    }

    /** A count of legal relations; {@code true} and {@code false} keep their first meaning (2, and 1). */
    private static Integer legalRelations(JsonNode node) {
        JsonNode value = node.get("legalRelations");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? 2 : 1;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new InvalidInputException("legalRelations",
                    "expected a whole number of legal relations (or true for two or more), got " + describe(value));
        }
        return value.asInt();
    }

    private static void checkFields(JsonNode node, Set<String> known, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidInputException(prefix + name, "unknown field");
            }
        }
    }

    private static void requireObject(JsonNode node, String field) {
        if (!node.isObject()) {
            throw new InvalidInputException(field, "expected an object, got " + describe(node));
        }
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field, field);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(field, "expected a string, got " + describe(value));
        }
        return value.asText();
    }

    private static boolean flag(JsonNode node, String name, String prefix) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidInputException(prefix + name, "expected true or false, got " + describe(value));
        }
        return value.asBoolean();
    }

    private static BigDecimal amount(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidInputException(name, "expected a number, got " + describe(value));
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            throw new InvalidInputException(name, "is not a finite number: " + value.asText());
        }
        BigDecimal amount = value.decimalValue();
        if (amount.signum() < 0) {
            throw new InvalidInputException(name, "must not be negative, got " + amount.toPlainString());
        }
        return amount;
    }

    private static Integer count(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new InvalidInputException(name, "expected a whole number of people, got " + describe(value));
        }
        return value.asInt();
    }

    private static LocalDate date(JsonNode dates, String name) {
        String field = "dates." + name;
        String text = optionalText(dates, name, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "expected an ISO date (yyyy-MM-dd), got \"" + text + "\"");
        }
    }

    private static <T> T code(java.util.function.Supplier<T> lookup, String field) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new InvalidInputException(field, colon >= 0 ? message.substring(colon + 2) : message);
        }
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return value.getNodeType().name().toLowerCase() + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}

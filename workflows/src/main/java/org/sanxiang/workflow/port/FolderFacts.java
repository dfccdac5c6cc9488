package org.sanxiang.workflow.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.rules.evaluate.InvalidInputException;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * How a case folder's properties become the rules' {@link CaseFacts}: the one mapping. The folder's
 * facts are written as the rules' JSON input ({@link CaseFactsJson}, the fields of the
 * {@code evaluate} command), so every value is checked the same way; a step adds what only its start
 * form knows (collective discussion, secrets, dates) before {@link #read(ObjectNode, CaseFolder)}.
 */
public final class FolderFacts {

    /** Case folder property → field of the rules' case facts. */
    static final Map<QName, String> FIELDS = Map.ofEntries(
            Map.entry(SanxiangModel.PROP_ACTION_CATEGORY, "action"),
            Map.entry(SanxiangModel.PROP_PROCEDURE, "procedure"),
            Map.entry(SanxiangModel.PROP_FINE_AMOUNT, "fine"),
            Map.entry(SanxiangModel.PROP_PARTY_COUNT, "partiesAffected"),
            Map.entry(SanxiangModel.PROP_PENALTY_MEASURES, "measures"),
            Map.entry(SanxiangModel.PROP_COMPLEX_CASE, "complex"),
            Map.entry(SanxiangModel.PROP_MAJOR_PUBLIC_INTEREST, "publicInterest"),
            Map.entry(SanxiangModel.PROP_CRIME_TRANSFER, "criminalReferral"),
            Map.entry(SanxiangModel.PROP_HEARING_HELD, "hearing"),
            Map.entry(SanxiangModel.PROP_CATALOGUE_MATTER, "matter"),
            Map.entry(SanxiangModel.PROP_LICENCE_TYPE, "licenceType"));

    /**
     * The model's penalty measures (sx:penaltyMeasureOptions) the rules distinguish, as the rules' codes;
     * a warning, a fine or a confiscation is none of them (chongqing-2024 法制审核 第六条（一）, ningxia-2019
     * 附件5 第二条（三）: 吊销、暂扣许可证, 责令停产停业).
     */
    static final Map<String, String> MEASURES = Map.of(
            "licenceRevocation", "revoke-licence",
            "licenceSuspension", "suspend-licence",
            "orderToSuspendBusiness", "stop-production");

    /**
     * The model's licence decisions (sx:licenceDecisionKinds) that are measures, as the rules' codes: 撤销 and
     * 撤回 classify the decision whatever its action category (chongqing-2024 法制审核 第七条（一）; wuhan-2020
     * 法制审核 第五条（二）; ningxia-2019 附件6); granting or refusing is none.
     */
    static final Map<String, String> LICENCE_DECISIONS = Map.of(
            "revoke", "annul-licence",
            "withdraw", "recall-licence");

    private FolderFacts() {
    }

    /** The rules' facts of the folder alone. */
    public static CaseFacts read(CaseFolder folder) {
        return read(json(folder), folder);
    }

    /**
     * The folder's facts as the rules' JSON input: id, profile, the {@link #FIELDS} and the party
     * ({@code sx:partyKind}, {@code sx:partyMinor}).
     */
    public static ObjectNode json(CaseFolder folder) {
        ObjectNode node = ProfileRegistry.mapper().createObjectNode();
        node.put("id", folder.caseId());
        node.put("profile", folder.profileId());
        FIELDS.forEach((property, field) -> {
            Object value = folder.property(property);
            if (value == null) {
                return;
            }
            if (property.equals(SanxiangModel.PROP_PENALTY_MEASURES)) {
                ArrayNode array = node.putArray(field);
                measures(value).forEach(array::add);
            } else if (value instanceof Collection<?> values) {
                ArrayNode array = node.putArray(field);
                values.forEach(v -> array.add(String.valueOf(v)));
            } else {
                node.set(field, ProfileRegistry.mapper().valueToTree(value));
            }
        });
        Object licenceDecision = folder.property(SanxiangModel.PROP_LICENCE_DECISION_KIND);
        String licenceMeasure = licenceDecision == null ? null : LICENCE_DECISIONS.get(licenceDecision.toString().strip());
        if (licenceMeasure != null) {
            (node.has("measures") ? (ArrayNode) node.get("measures") : node.putArray("measures")).add(licenceMeasure);
        }
        Object partyKind = folder.property(SanxiangModel.PROP_PARTY_KIND);
        Object minor = folder.property(SanxiangModel.PROP_PARTY_MINOR);
        Object foreignInvested = folder.property(SanxiangModel.PROP_PARTY_FOREIGN_INVESTED);
        if (partyKind != null || minor != null || foreignInvested != null) {
            ObjectNode party = node.putObject("party");
            if (partyKind != null) {
                party.put("kind", partyKind.toString());
            }
            if (minor != null) {
                party.put("minor", flag(minor));
            }
            if (foreignInvested != null) {
                // ningxia-2019 附件6: a foreign-invested party's licence of a listed type is major
                party.put("foreignInvested", flag(foreignInvested));
            }
        }
        return node;
    }

    /** Reads {@code node} (from {@link #json}, with what the step added); a bad value fails naming the case properties. */
    public static CaseFacts read(ObjectNode node, CaseFolder folder) {
        try {
            return CaseFactsJson.read(node);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property for '" + e.getMessage()
                    + "' (case properties " + FIELDS.keySet().stream().map(QName::toPrefixString).sorted().toList() + ", "
                    + SanxiangModel.PROP_PARTY_KIND.toPrefixString() + ", " + SanxiangModel.PROP_PARTY_MINOR.toPrefixString()
                    + ", " + SanxiangModel.PROP_PARTY_FOREIGN_INVESTED.toPrefixString() + ", "
                    + SanxiangModel.PROP_LICENCE_DECISION_KIND.toPrefixString() + ")", e);
        }
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || Boolean.parseBoolean(value.toString().strip());
    }

    private static List<String> measures(Object value) {
        Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
        return values.stream().map(String::valueOf).map(MEASURES::get).filter(Objects::nonNull).toList();
    }
}

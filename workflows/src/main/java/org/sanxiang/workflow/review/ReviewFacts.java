package org.sanxiang.workflow.review;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.rules.evaluate.InvalidInputException;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * The facts the classifier needs, read from the case folder's properties ({@code sx:caseFolder}) and
 * the start form. Values are the rules' codes; a bad value fails naming the case property.
 */
final class ReviewFacts {

    /** Case folder property → field of the rules' case facts (see {@link CaseFactsJson}). */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString(), "action"),
            Map.entry(SanxiangModel.PROP_PROCEDURE.toPrefixString(), "procedure"),
            Map.entry(SanxiangModel.PROP_FINE_AMOUNT.toPrefixString(), "fine"),
            Map.entry(SanxiangModel.PROP_PARTY_COUNT.toPrefixString(), "partiesAffected"),
            Map.entry(SanxiangModel.PROP_PENALTY_MEASURES.toPrefixString(), "measures"),
            Map.entry(SanxiangModel.PROP_COMPLEX_CASE.toPrefixString(), "complex"),
            Map.entry(SanxiangModel.PROP_MAJOR_PUBLIC_INTEREST.toPrefixString(), "publicInterest"),
            Map.entry(SanxiangModel.PROP_CRIME_TRANSFER.toPrefixString(), "criminalReferral"),
            Map.entry(SanxiangModel.PROP_HEARING_HELD.toPrefixString(), "hearing"));

    /**
     * The model's penalty measures (sx:penaltyMeasureOptions) the rules distinguish, as the rules' codes;
     * a warning, a fine or a confiscation is none of them (chongqing-2024 法制审核 第六条（一）, ningxia-2019
     * 附件5 第二条（三）: 吊销、暂扣许可证, 责令停产停业).
     */
    static final Map<String, String> MEASURES = Map.of(
            "licenceRevocation", "revoke-licence",
            "licenceSuspension", "suspend-licence",
            "orderToSuspendBusiness", "stop-production");

    private ReviewFacts() {
    }

    private static java.util.List<String> measures(Object value) {
        Collection<?> values = value instanceof Collection<?> c ? c : java.util.List.of(value);
        return values.stream().map(String::valueOf).map(MEASURES::get).filter(java.util.Objects::nonNull).toList();
    }

    static CaseFacts read(org.sanxiang.workflow.port.CaseFacts folder, boolean collectiveDiscussionRequired) {
        ObjectNode node = ProfileRegistry.mapper().createObjectNode();
        node.put("id", folder.caseId());
        node.put("profile", folder.profileId());
        FIELDS.forEach((property, field) -> {
            Object value = folder.properties().get(property);
            if (value == null) {
                return;
            }
            if (property.equals(SanxiangModel.PROP_PENALTY_MEASURES.toPrefixString())) {
                ArrayNode array = node.putArray(field);
                measures(value).forEach(array::add);
            } else if (value instanceof Collection<?> values) {
                ArrayNode array = node.putArray(field);
                values.forEach(v -> array.add(String.valueOf(v)));
            } else {
                node.set(field, ProfileRegistry.mapper().valueToTree(value));
            }
        });
        Object partyKind = folder.properties().get(SanxiangModel.PROP_PARTY_KIND.toPrefixString());
        if (partyKind != null) {
            node.putObject("party").put("kind", partyKind.toString());
        }
        node.put("collectiveDiscussion", collectiveDiscussionRequired);
        try {
            return CaseFactsJson.read(node);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property for '" + e.getMessage()
                    + "' (case properties " + FIELDS.keySet() + ", " + SanxiangModel.PROP_PARTY_KIND.toPrefixString() + ")", e);
        }
    }
}

package org.sanxiang.workflow.review;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
            Map.entry("sx:actionCategory", "action"),
            Map.entry("sx:procedure", "procedure"),
            Map.entry("sx:fineAmount", "fine"),
            Map.entry("sx:partyCount", "partiesAffected"),
            Map.entry("sx:penaltyMeasures", "measures"),
            Map.entry("sx:complexCase", "complex"),
            Map.entry("sx:majorPublicInterest", "publicInterest"),
            Map.entry("sx:crimeTransfer", "criminalReferral"),
            Map.entry("sx:hearingHeld", "hearing"));

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
            if (property.equals("sx:penaltyMeasures")) {
                ArrayNode array = node.putArray(field);
                measures(value).forEach(array::add);
            } else if (value instanceof Collection<?> values) {
                ArrayNode array = node.putArray(field);
                values.forEach(v -> array.add(String.valueOf(v)));
            } else {
                node.set(field, ProfileRegistry.mapper().valueToTree(value));
            }
        });
        Object partyKind = folder.properties().get("sx:partyKind");
        if (partyKind != null) {
            node.putObject("party").put("kind", partyKind.toString());
        }
        node.put("collectiveDiscussion", collectiveDiscussionRequired);
        try {
            return CaseFactsJson.read(node);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("case " + folder.caseId() + ": property for '" + e.getMessage()
                    + "' (case properties " + FIELDS.keySet() + ", sx:partyKind)", e);
        }
    }
}

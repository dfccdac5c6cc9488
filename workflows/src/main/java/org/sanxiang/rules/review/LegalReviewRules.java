package org.sanxiang.rules.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * The {@code legalReview} section of a jurisdiction profile: every number and list its document
 * sets for the legal review of major decisions, each with its citation. The shape is documented in
 * {@code profiles/README-legalReview.md}. Bound with
 * {@code profile.bind(JurisdictionProfile.LEGAL_REVIEW, LegalReviewRules.class)} and checked by
 * {@link #of(JurisdictionProfile)}; an empty section means the document does not cover legal review.
 *
 * @param majorCriteria     what makes a decision major, by a stable rule id (an object, so a
 *                          district profile can override one entry)
 * @param reviewRequired    decisions reviewed although not major (Tianjin 三（三）2（1）)
 * @param exclusions        decisions not subject to review although major
 * @param materialsReturned what the review clock does when materials are sent back
 * @param transferListFields fields of the case-file transfer list (Chongqing 附件2)
 * @param opinionFormFields fields of the review opinion form (Chongqing 附件1)
 * @param retainedRecords   what the legal office keeps
 * @param blocking          what prevents the decision from being made
 * @param statutoryLimitCap the review never runs past the statutory handling limit of the action under
 *                          review (chongqing-2024 法制审核 第十一条, wuhan-2020 法制审核 第十二条第二款)
 */
public record LegalReviewRules(
        Map<String, Criterion> majorCriteria,
        Map<String, Criterion> reviewRequired,
        Map<String, Criterion> exclusions,
        Provision thresholdAdjustment,
        TimeLimits timeLimits,
        ReReviewRule reReview,
        ClockPolicy materialsReturned,
        List<Item> materials,
        List<Item> transferListFields,
        List<Item> opinionFormFields,
        List<Item> checklist,
        List<OpinionType> opinionTypes,
        List<Item> retainedRecords,
        Provision decidedBy,
        CollectiveDiscussion collectiveDiscussion,
        List<Item> blocking,
        Provision statutoryLimitCap) {

    public LegalReviewRules {
        majorCriteria = majorCriteria == null ? Map.of() : unmodifiable(majorCriteria);
        reviewRequired = reviewRequired == null ? Map.of() : unmodifiable(reviewRequired);
        exclusions = exclusions == null ? Map.of() : unmodifiable(exclusions);
        timeLimits = timeLimits == null ? TimeLimits.NONE : timeLimits;
        materialsReturned = materialsReturned == null ? ClockPolicy.DEFAULT : materialsReturned;
        materials = list("materials", materials);
        transferListFields = list("transferListFields", transferListFields);
        opinionFormFields = list("opinionFormFields", opinionFormFields);
        checklist = list("checklist", checklist);
        opinionTypes = list("opinionTypes", opinionTypes);
        retainedRecords = list("retainedRecords", retainedRecords);
        blocking = list("blocking", blocking);
    }

    /** The rules of a profile whose document does not cover legal review (Fushun). */
    public static final LegalReviewRules NOT_COVERED = new LegalReviewRules(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    /**
     * The checked rules of a profile.
     *
     * @throws ProfileException naming the profile's file, the section and the field
     */
    public static LegalReviewRules of(JurisdictionProfile profile) {
        LegalReviewRules rules = profile.bind(JurisdictionProfile.LEGAL_REVIEW, LegalReviewRules.class);
        String problem = rules.problem();
        if (problem != null) {
            throw new ProfileException(profile.source() + ": section '" + JurisdictionProfile.LEGAL_REVIEW
                    + "' of profile '" + profile.id() + "': field '" + problem);
        }
        return rules;
    }

    /**
     * The profile whose document the citations of {@code profileId} belong to: the shipped profile
     * at the root of its {@code extends} chain, since a district profile changes amounts under its
     * parent's articles (a criterion citing the district's own rule names it in {@code profile}).
     */
    public static String citationProfile(ProfileRegistry registry, String profileId) {
        JurisdictionProfile profile = registry.get(profileId);
        while (profile.parentId().isPresent()) {
            profile = registry.get(profile.parentId().get());
        }
        return profile.id();
    }

    /** True when the document covers legal review (it names at least one ground). */
    public boolean covered() {
        return !majorCriteria.isEmpty() || !reviewRequired.isEmpty();
    }

    /** The grounds the document names that no case fact captures: an officer decides them. */
    public List<String> manualGrounds() {
        List<String> ids = new ArrayList<>();
        majorCriteria.forEach((id, c) -> {
            if (c.isManual()) {
                ids.add(id);
            }
        });
        return ids;
    }

    public Optional<OpinionType> opinionType(String id) {
        return opinionTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The opinions the legal office chooses from: the profile's; where its document requires the review but
     * names no kinds of opinion (tianjin-2019 实施方案 三（三）), approve or disapprove, cited with the ground
     * the review rests on.
     */
    public List<OpinionType> decidableOpinionTypes() {
        if (!opinionTypes.isEmpty() || reviewRequired.isEmpty()) {
            return opinionTypes;
        }
        String ground = reviewRequired.values().iterator().next().citation();
        return List.of(new OpinionType("approve", OpinionType.Outcome.APPROVE, ground, new Label("同意", "Approve")),
                new OpinionType("disapprove", OpinionType.Outcome.REJECT, ground, new Label("不同意", "Disapprove")));
    }

    /** Null when valid, else "path': what is wrong" (the caller opens the quote). */
    String problem() {
        for (var group : List.of(Map.entry("majorCriteria", majorCriteria),
                Map.entry("reviewRequired", reviewRequired), Map.entry("exclusions", exclusions))) {
            for (var entry : group.getValue().entrySet()) {
                try {
                    new CriterionMatcher(entry.getKey(), entry.getValue(), "check");
                } catch (IllegalArgumentException e) {
                    return group.getKey() + "." + entry.getKey() + "." + quoteEnd(e.getMessage());
                }
            }
        }
        for (var limit : timeLimits.present().entrySet()) {
            String problem = limit.getValue().problem();
            if (problem != null) {
                return "timeLimits." + limit.getKey() + (problem.contains(": ") ? "." + quoteEnd(problem)
                        : "': " + problem);
            }
        }
        // the review clock stops and resumes in working days (DESIGN.md, Time)
        if (timeLimits.review() != null && timeLimits.review().days() != null) {
            return "timeLimits.review.days': the review clock counts 'workingDays'";
        }
        if (timeLimits.extension() != null && timeLimits.extension().days() != null) {
            return "timeLimits.extension.days': the review clock counts 'workingDays'";
        }
        String items = itemProblem("materials", materials);
        items = items != null ? items : itemProblem("transferListFields", transferListFields);
        items = items != null ? items : itemProblem("opinionFormFields", opinionFormFields);
        items = items != null ? items : itemProblem("checklist", checklist);
        items = items != null ? items : itemProblem("retainedRecords", retainedRecords);
        items = items != null ? items : itemProblem("blocking", blocking);
        if (items != null) {
            return items;
        }
        for (int i = 0; i < opinionTypes.size(); i++) {
            OpinionType type = opinionTypes.get(i);
            String where = "opinionTypes[" + i + "]";
            if (type.id() == null || type.id().isBlank()) {
                return where + ".id': is required";
            }
            if (type.outcome() == null) {
                return where + ".outcome': is required (approve|resubmit|reject|transfer|advise)";
            }
            if (type.citation() == null || type.citation().isBlank()) {
                return where + ".citation': is required";
            }
            if (type.label() == null || !type.label().isComplete()) {
                return where + ".label': needs zh_CN and en";
            }
        }
        if (statutoryLimitCap != null && (statutoryLimitCap.citation() == null || statutoryLimitCap.citation().isBlank())) {
            return "statutoryLimitCap.citation': is required";
        }
        String labels = labelProblem("thresholdAdjustment", thresholdAdjustment == null ? null : thresholdAdjustment.label());
        labels = labels != null ? labels : labelProblem("decidedBy", decidedBy == null ? null : decidedBy.label());
        labels = labels != null ? labels : labelProblem("reReview", reReview == null ? null : reReview.label());
        labels = labels != null ? labels
                : labelProblem("collectiveDiscussion", collectiveDiscussion == null ? null : collectiveDiscussion.label());
        if (labels != null) {
            return labels;
        }
        if (reReview != null && reReview.maxRounds() != null && reReview.maxRounds() < 0) {
            return "reReview.maxRounds': must not be negative";
        }
        if (covered() && (reReview == null || materialsReturned.clock() == null)) {
            return (reReview == null ? "reReview" : "materialsReturned.clock") + "': is required";
        }
        return null;
    }

    private static String labelProblem(String field, Label label) {
        return label != null && !label.isComplete() ? field + ".label': needs zh_CN and en" : null;
    }

    private static String itemProblem(String list, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String where = list + "[" + i + "]";
            if (item.id() == null || item.id().isBlank()) {
                return where + ".id': is required";
            }
            if (item.citation() == null || item.citation().isBlank()) {
                return where + ".citation': is required";
            }
            if (item.label() == null || !item.label().isComplete()) {
                return where + ".label': needs zh_CN and en";
            }
        }
        return null;
    }

    /** "field: why" becomes "field': why" so the field name is quoted in the message. */
    private static String quoteEnd(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? "': " + message : message.substring(0, colon) + "': " + message.substring(colon + 2);
    }

    /** A null entry removes an inherited criterion (a district profile sets {@code "id": null}). */
    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return Collections.unmodifiableMap(copy);
    }

    private static <T> List<T> list(String field, List<T> items) {
        if (items == null) {
            return List.of();
        }
        if (items.contains(null)) {
            throw new IllegalArgumentException("field '" + field + "': an entry is null");
        }
        return List.copyOf(items);
    }
}

package org.sanxiang.workflow.review;

import static org.sanxiang.workflow.review.LegalReviewVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * Bean {@code sxLegalReviewSubmitTransfer}, after the enforcement unit completes the transfer list:
 * the list must hold every material the profile requires (legalReview.materials; an item with a
 * {@code when} of {@code hearing} only after a hearing); an incomplete list is refused, naming what
 * is missing, and the task stays open. A complete list is written into the case and the legal
 * office's review clock starts today.
 */
public final class SubmitTransfer implements JavaDelegate {

    private final LegalReviewSupport support;

    public SubmitTransfer(LegalReviewSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFacts folder = support.caseOf(execution);
        String profile = folder.profileId();
        LegalReviewRules rules = support.rules(profile);
        List<String> listed = LegalReviewSupport.list(execution, TRANSFERRED_MATERIALS);
        List<String> known = rules.materials().stream().map(Item::id).toList();
        List<String> unknown = listed.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(TRANSFERRED_MATERIALS + ": " + unknown + " are not materials of " + profile
                    + " (one of " + known + ")");
        }
        boolean hearing = Boolean.TRUE.equals(folder.properties().get("sx:hearingHeld"));
        List<String> missing = new ArrayList<>();
        for (Item item : rules.materials()) {
            boolean required = item.when() == null || ("hearing".equals(item.when()) && hearing);
            if (required && !listed.contains(item.id())) {
                missing.add(item.id() + " (" + item.label().zhCN() + ", " + profile + " " + item.citation() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(TRANSFERRED_MATERIALS + ": the transfer list is incomplete and cannot be"
                    + " submitted; missing " + String.join("; ", missing));
        }
        StringBuilder text = new StringBuilder("案卷移交清单 / Case file transfer list\n");
        text.append("案卷 Case: ").append(Objects.toString(folder.caseNumber(), folder.caseId())).append('\n');
        text.append("拟作决定 Decision: ").append(Objects.toString(execution.getVariable(DECISION_NAME), "")).append('\n');
        for (Item item : rules.materials()) {
            text.append(listed.contains(item.id()) ? "[x] " : "[ ] ").append(item.label().zhCN()).append(" / ")
                    .append(item.label().en()).append(" (").append(profile).append(' ').append(item.citation()).append(")\n");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", "案卷移交清单");
        properties.put("sx:caseFileMaterials", listed);
        properties.put("sx:preReviewPlace", Objects.toString(execution.getVariable(TRANSFER_PLACE), ""));
        String id = support.documents.write(folder.caseId(),
                new DocumentDraft(TRANSFER_LIST_DOCUMENT_TYPE, "案卷移交清单.txt", properties, text.toString()));
        execution.setVariable(TRANSFER_LIST_DOCUMENT_ID, id);
        execution.setVariable(REVIEW_RECEIVED, support.today().toString());
        execution.setVariable(CLOCK_STOPS, "");
        support.scheduleReview(execution, profile);
    }
}

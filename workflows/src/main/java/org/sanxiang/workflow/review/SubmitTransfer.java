package org.sanxiang.workflow.review;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.WorkflowVariables;
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
        List<String> listed = LegalReviewSupport.list(execution, SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName());
        List<String> known = rules.materials().stream().map(Item::id).toList();
        List<String> unknown = listed.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName() + ": " + unknown + " are not materials of " + profile
                    + " (one of " + known + ")");
        }
        boolean hearing = Boolean.TRUE.equals(folder.properties().get(SanxiangModel.PROP_HEARING_HELD.toPrefixString()));
        List<String> missing = new ArrayList<>();
        for (Item item : rules.materials()) {
            boolean required = item.when() == null || ("hearing".equals(item.when()) && hearing);
            if (required && !listed.contains(item.id())) {
                missing.add(item.id() + " (" + item.label().zhCN() + ", " + profile + " " + item.citation() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName() + ": the transfer list is incomplete and cannot be"
                    + " submitted; missing " + String.join("; ", missing));
        }
        StringBuilder text = new StringBuilder("案卷移交清单 / Case file transfer list\n");
        text.append("案卷 Case: ").append(Objects.toString(folder.caseNumber(), folder.caseId())).append('\n');
        text.append("拟作决定 Decision: ").append(Objects.toString(execution.getVariable(SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName()), "")).append('\n');
        for (Item item : rules.materials()) {
            text.append(listed.contains(item.id()) ? "[x] " : "[ ] ").append(item.label().zhCN()).append(" / ")
                    .append(item.label().en()).append(" (").append(profile).append(' ').append(item.citation()).append(")\n");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", "案卷移交清单");
        properties.put(SanxiangModel.PROP_CASE_FILE_MATERIALS.toPrefixString(), listed);
        properties.put(SanxiangModel.PROP_PRE_REVIEW_PLACE.toPrefixString(), Objects.toString(execution.getVariable(SanxiangWorkflowModel.PROP_TRANSFER_PLACE.toVariableName()), ""));
        String id = support.documents.write(folder.caseId(),
                new DocumentDraft(SanxiangModel.TYPE_TRANSFER_LIST.toPrefixString(), "案卷移交清单.txt", properties, text.toString()));
        execution.setVariable(WorkflowVariables.TRANSFER_LIST_DOCUMENT_ID, id);
        execution.setVariable(WorkflowVariables.REVIEW_RECEIVED, support.today().toString());
        execution.setVariable(WorkflowVariables.CLOCK_STOPS, "");
        support.scheduleReview(execution, profile);
    }
}

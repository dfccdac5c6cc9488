package org.sanxiang.workflow.review;

import static org.sanxiang.model.SanxiangModel.PROP_CASE_FILE_MATERIALS;
import static org.sanxiang.model.SanxiangModel.PROP_HEARING_HELD;
import static org.sanxiang.model.SanxiangModel.PROP_PRE_REVIEW_PLACE;
import static org.sanxiang.model.SanxiangModel.TYPE_TRANSFER_LIST;
import static org.sanxiang.model.SanxiangWorkflowModel.PROP_DECISION_NAME;
import static org.sanxiang.model.SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS;
import static org.sanxiang.model.SanxiangWorkflowModel.PROP_TRANSFER_PLACE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.TransferListForm;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.port.ModelProperties;

/**
 * Bean {@code sxLegalReviewSubmitTransfer}, after the enforcement unit completes the transfer list:
 * the list must hold every material the profile requires (legalReview.materials; an item with a
 * {@code when} of {@code hearing} only after a hearing); an incomplete list is refused, naming what
 * is missing, and the task stays open. A complete list is written into the case and the legal
 * office's review clock starts today.
 */
public final class SubmitTransfer extends LegalReviewStep {

    public SubmitTransfer(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        String field = PROP_TRANSFERRED_MATERIALS.toVariableName();
        List<String> listed = step.list(PROP_TRANSFERRED_MATERIALS);
        List<String> known = rules.materials().stream().map(Item::id).toList();
        List<String> unknown = listed.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(field + ": " + unknown + " are not materials of " + profile
                    + " (one of " + known + ")");
        }
        boolean hearing = Boolean.TRUE.equals(folder.property(PROP_HEARING_HELD));
        List<String> missing = new ArrayList<>();
        for (Item item : rules.materials()) {
            boolean required = item.when() == null || ("hearing".equals(item.when()) && hearing);
            if (required && !listed.contains(item.id())) {
                missing.add(item.id() + " (" + item.label().zhCN() + ", " + profile + " " + item.citation() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(field + ": the transfer list is incomplete and cannot be"
                    + " submitted; missing " + String.join("; ", missing));
        }
        StringBuilder text = new StringBuilder("案卷移交清单 / Case file transfer list\n");
        text.append("案卷 Case: ").append(Objects.toString(folder.caseNumber(), folder.caseId())).append('\n');
        text.append("拟作决定 Decision: ").append(Objects.toString(step.value(PROP_DECISION_NAME), "")).append('\n');
        for (Item item : rules.materials()) {
            text.append(listed.contains(item.id()) ? "[x] " : "[ ] ").append(item.label().zhCN()).append(" / ")
                    .append(item.label().en()).append(" (").append(profile).append(' ').append(item.citation()).append(")\n");
        }
        Map<String, Object> properties = ModelProperties.create()
                .put(PROP_CASE_FILE_MATERIALS, listed)
                .put(PROP_PRE_REVIEW_PLACE, Objects.toString(step.value(PROP_TRANSFER_PLACE), ""))
                .toMap();
        properties.put("cm:title", "案卷移交清单");
        support.documents.write(folder.caseId(), new DocumentDraft(TYPE_TRANSFER_LIST.toPrefixString(),
                "案卷移交清单.txt", properties, text.toString(), form(step, folder, rules, listed)));
        // the review clock starts today; the stored review deadline starts on it, so the day is kept in a variable
        // only once that deadline is counted again (LegalReviewSupport.received), or where an earlier transfer kept one
        LocalDate received = support.today();
        if (step.scope().hasVariable(WorkflowVariables.REVIEW_RECEIVED)) {
            step.set(WorkflowVariables.REVIEW_RECEIVED, received.toString());
        }
        if (step.scope().hasVariable(WorkflowVariables.CLOCK_STOPS)) {
            step.set(WorkflowVariables.CLOCK_STOPS, ""); // a new transfer runs a new clock; none ran before the first
        }
        support.scheduleReview(step, profile, received);
    }

    /**
     * chongqing-2024 法制审核 第十条, 附件2: the hand-over before review as it happens now (who completed the
     * list, when, where); the receiver signs on paper, and the columns after review stay blank until the file
     * comes back.
     */
    private OfficialDocument form(StepContext step, CaseFolder folder, LegalReviewRules rules,
            List<String> listed) {
        List<String> materials = rules.materials().stream().filter(i -> listed.contains(i.id())).map(i -> i.label().zhCN())
                .toList();
        String name = Objects.toString(folder.caseNumber(), folder.caseId())
                + (folder.title() == null || folder.title().isBlank() ? "" : " " + folder.title());
        TransferListForm.Handover before = new TransferListForm.Handover(
                step.string(WorkflowVariables.completedBy(LegalReviewProcess.ASSEMBLE_TRANSFER)), null,
                support.now().atZone(support.zone()).toLocalDateTime(), Objects.toString(step.value(PROP_TRANSFER_PLACE), null));
        return TransferListForm.build(new TransferListForm.Input(null, name, before, TransferListForm.Handover.PENDING, materials));
    }
}

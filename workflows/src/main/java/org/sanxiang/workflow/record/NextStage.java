package org.sanxiang.workflow.record;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.record.RecordKind;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxRecordNextStage}: shows the current stage on the stage task (code, name, the
 * records it requires with the articles) and clears what the previous pass left. The rules set no
 * time limit for a stage, so the stage task has no due date.
 */
public final class NextStage extends SxDelegate {

    private final CaseRepository cases;
    private final CaseLocator locator;
    private final CaseRecordRules rules;

    public NextStage(CaseRepository cases, CaseLocator locator, CaseRecordRules rules) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    protected void execute(StepContext step) {
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) step.value(WorkflowVariables.STAGES);
        int index = ((Number) step.value(WorkflowVariables.STAGE_INDEX)).intValue();
        StagePlan plan = rules.plan(step, cases.facts(locator.caseId(step.scope())));
        Stage stage = CaseRecordRules.stage(plan, codes.get(index));
        step.set(SanxiangWorkflowModel.PROP_STAGE_CODE, stage.code());
        step.set(SanxiangWorkflowModel.PROP_STAGE_NAME, stage.label("zh_CN") + " / " + stage.label("en"));
        step.set(SanxiangWorkflowModel.PROP_STAGE_REQUIRED_RECORDS, requirements(stage));
        step.set(SanxiangWorkflowModel.PROP_STAGE_CITATION, citations(stage));
        step.set(SanxiangWorkflowModel.PROP_MISSING_AV_EXPLANATION, null);
        TaskDeadlines.set(step.scope(), TaskDeadlines.none(CaseRecordProcess.STAGE_TASK));
    }

    static String requirements(Stage stage) {
        StringBuilder s = new StringBuilder();
        if (!stage.requiredAll().isEmpty()) {
            s.append("all of: ").append(labels(stage.requiredAll()));
        }
        if (!stage.requiredAnyOf().isEmpty()) {
            s.append(s.length() == 0 ? "" : "; ").append("one of: ").append(labels(stage.requiredAnyOf()));
        }
        if (stage.avMandatory()) {
            s.append(s.length() == 0 ? "" : "; ").append("AV mandatory (")
                    .append(stage.avMandatoryCitations().stream().map(Citation::toString).collect(Collectors.joining("; ")))
                    .append(")");
        }
        if ("special".equals(stage.type())) {
            s.append(s.length() == 0 ? "" : "; ").append("special stage: notApplicable when it did not occur");
        }
        return s.toString();
    }

    private static String labels(java.util.Collection<RecordKind> kinds) {
        return kinds.stream().sorted().map(k -> k.code() + " " + k.label("zh_CN")).collect(Collectors.joining(", "));
    }

    static String citations(Stage stage) {
        StringBuilder s = new StringBuilder(stage.citation().toString());
        stage.avMandatoryCitations().stream().filter(c -> !c.equals(stage.citation()))
                .forEach(c -> s.append("; ").append(c));
        return s.toString();
    }
}

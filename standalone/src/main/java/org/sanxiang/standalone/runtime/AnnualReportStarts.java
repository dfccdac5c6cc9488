package org.sanxiang.standalone.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.runtime.ProcessInstance;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.runtime.Views.ProcessView;
import org.sanxiang.workflow.report.AnnualReportProcess;

/**
 * Starts {@code sxAnnualReport} for a profile and year (chongqing-2024 公示 第十四条; tianjin-2019 实施方案
 * 三（一）3（3））: its business key is {@code annual-report:<profile>:<year>}, and a second start for a key that
 * has a process, running or finished, is a conflict naming it. The start holds the key as a step holds a
 * case, so two parallel starts cannot both pass the check.
 */
final class AnnualReportStarts {

    private final ProcessEngine engine;
    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final TaskViews taskViews;
    private final ErrorTranslation errors;
    private final CaseSteps steps;

    AnnualReportStarts(ProcessEngine engine, ProfileRegistry profiles, WorkingDayCalendar calendar, TaskViews taskViews,
            ErrorTranslation errors, CaseSteps steps) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.taskViews = Objects.requireNonNull(taskViews, "taskViews");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    ProcessView start(int year, String profile, String user) {
        if (year < 2000 || year > 2100) {
            throw ServiceException.badRequest("year", "a year from 2000 to 2100");
        }
        RequestChecks.requireText(profile, "profile");
        if (!profiles.contains(profile)) {
            throw ServiceException.badRequest("profile", "unknown profile " + profile);
        }
        RequestChecks.requireText(user, "user");
        DisclosureDecider decider = new DisclosureDecider(profiles.get(profile), calendar);
        if (decider.annualReport(year).isEmpty()) {
            throw ServiceException.badRequest("profile", "no annual report for " + profile + ": " + decider.noAnnualReport());
        }
        String key = AnnualReportProcess.businessKey(profile, year);
        Map<String, Object> variables = new HashMap<>();
        variables.put(SanxiangWorkflowModel.PROP_REPORT_YEAR.toVariableName(), year);
        variables.put(SanxiangWorkflowModel.PROP_REPORT_PROFILE.toVariableName(), profile);
        variables.put(ProcessWork.CASE_NUMBER, key); // what the deadlines board shows where a case number would be
        ProcessInstance instance = steps.engine(key, "start " + AnnualReportProcess.KEY + " " + key + " by " + user, () -> {
            refuseSecond(key);
            return errors.engineCall(user, "the annual report did not start",
                    () -> engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, key, variables));
        });
        return new ProcessView(instance.getId(), AnnualReportProcess.KEY, null, taskViews.ended(instance.getId()),
                taskViews.openTasks(instance.getId()));
    }

    /** One report per profile and year: its process, running or finished, refuses a second (409 naming it). */
    private void refuseSecond(String key) {
        for (HistoricProcessInstance h : engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AnnualReportProcess.KEY).processInstanceBusinessKey(key).list()) {
            throw ServiceException.conflict("year", "the annual report " + key + (h.getEndTime() == null ? " is under way" : " was made")
                    + " already: process " + h.getId() + ", started at " + h.getStartTime().toInstant()
                    + (h.getStartUserId() == null ? "" : " by " + h.getStartUserId())
                    + (h.getEndTime() == null ? "" : ", ended " + h.getEndTime().toInstant()));
        }
    }
}

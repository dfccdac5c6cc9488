package org.sanxiang.workflow.record;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.task.Task;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * A real engine with the in-memory ports, for the sxCaseRecord and sxRetention tests. The clock
 * starts on Monday 2026-03-02 10:00 Asia/Shanghai; the calendar is the weekdays-only test double.
 */
public final class RecordTesting implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant MONDAY_10 = at(2026, 3, 2, 10, 0, 0);

    public final InMemoryCases cases = new InMemoryCases();
    public final RecordingNotifications notifications = new RecordingNotifications();
    public final WeekdaysOnlyTestCalendar calendar = new WeekdaysOnlyTestCalendar();
    public final EngineHarness harness;
    private int records;

    public RecordTesting(TestDatabase database) {
        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                notifications, new InMemoryBorrowingRegister(), new InMemoryAccessGrants()), calendar, ZONE,
                new VariableCaseLocator(), AccessPolicy.DEFAULT);
        harness = new EngineHarness(database, beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
    }

    public static Instant at(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(ZONE).toInstant();
    }

    public ProcessEngine engine() {
        return harness.engine();
    }

    public void addCase(String caseId, String profile, String action) {
        Map<String, Object> properties = new HashMap<>(Map.of("sx:actionCategory", action));
        org.sanxiang.rules.profile.ProfileRegistry shipped = org.sanxiang.rules.profile.ProfileRegistry.shipped();
        if (shipped.contains(profile)) {
            // tianjin-2019 实施方案 附件: a case of a required catalogue names its matter (the first of its action)
            org.sanxiang.rules.catalogue.MatterCatalogue catalogue = org.sanxiang.rules.catalogue.MatterCatalogue.of(shipped.get(profile));
            if (catalogue.required()) {
                catalogue.matters(org.sanxiang.rules.facts.ActionCategory.fromCode(action)).stream().findFirst()
                        .ifPresent(m -> properties.put(org.sanxiang.model.SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString(), m.code()));
            }
        }
        cases.addCase(new CaseFolder(caseId, profile, caseId.toUpperCase() + "〔2026〕1号", "测试案件", Set.of("party-1"), false,
                properties));
    }

    /** A record of the stage with real content. */
    public String addRecord(String caseId, String type, String stage, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put("sx:stage", stage);
        properties.put("sx:recordedAt", Date.from(harness.clock()));
        CaseRecord record = cases.createRecord(caseId, type, stage + "-" + (++records) + (type.equals("sx:avRecord") ? ".mp4" : ".pdf"),
                properties);
        cases.putContent(record.id(), ("content of " + record.id() + " " + stage).getBytes(StandardCharsets.UTF_8));
        return record.id();
    }

    public String addText(String caseId, String stage) {
        return addRecord(caseId, "sx:textRecord", stage, Map.of());
    }

    public String addAv(String caseId, String stage) {
        return addRecord(caseId, "sx:avRecord", stage, Map.of("sx:avKind", "video", "sx:avStartedAt", Date.from(harness.clock())));
    }

    public String startCaseRecord(String caseId, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(more);
        vars.put("bpm_package", caseId);
        return engine().getRuntimeService().startProcessInstanceByKey("sxCaseRecord", vars).getId();
    }

    public Task task(String processInstanceId, String key) {
        List<Task> tasks = engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).list();
        return tasks.size() == 1 ? tasks.get(0) : null;
    }

    public List<Task> tasks(String processInstanceId, String key) {
        return engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).list();
    }

    /** Claims the task, sets its outcome on the task (as Alfresco does) and the form values, and completes it. */
    public void complete(Task task, String user, String outcome, Map<String, Object> form) {
        engine().getTaskService().claim(task.getId(), user);
        engine().getTaskService().setVariableLocal(task.getId(), "sxwf_" + task.getTaskDefinitionKey() + "Outcome", outcome);
        form.forEach((k, v) -> engine().getTaskService().setVariable(task.getId(), k, v));
        engine().getTaskService().complete(task.getId());
    }

    public Object var(String processInstanceId, String name) {
        return engine().getRuntimeService().getVariable(processInstanceId, name);
    }

    public Object taskVar(Task task, String name) {
        return engine().getTaskService().getVariable(task.getId(), name);
    }

    public boolean ended(String processInstanceId) {
        HistoricProcessInstance h = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        assertNotNull(h, processInstanceId);
        return h.getEndTime() != null;
    }

    public CaseRecord record(String caseId, String id) {
        return cases.records(caseId).stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public void close() {
        harness.close();
    }
}

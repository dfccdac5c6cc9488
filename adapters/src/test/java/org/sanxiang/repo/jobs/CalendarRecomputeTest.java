package org.sanxiang.repo.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.repo.calendar.LiveCalendar;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.workflow.engine.SxProcessEngines;
import org.sanxiang.workflow.task.RecomputeDeadlines;
import org.sanxiang.workflow.task.TaskDeadlines;

/** The calendar recompute job on a real Activiti engine (H2) with a real override file. */
class CalendarRecomputeTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private ProcessEngine engine;
    private CalendarRepository calendar;
    private TaskDeadlines deadlines;
    private CalendarRecompute job;

    @BeforeEach
    void start() {
        engine = SxProcessEngines.forDatabase("jdbc:h2:mem:recompute-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .name("recompute-" + System.nanoTime()).jobExecutor(false).build();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("org/sanxiang/repo/jobs/deadline-test.bpmn20.xml").deploy();
        calendar = LiveCalendar.repository(dir.toString());
        deadlines = new TaskDeadlines(new LiveCalendar(calendar), ZONE);
        job = new CalendarRecompute(calendar, engine, new RecomputeDeadlines(deadlines));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private String startProcess() {
        // 5 working days from Tuesday 2027-09-28: the shipped data has no 2027, so weekends only
        Deadline d = deadlines.calendar().deadline(LocalDateTime.of(2027, 9, 28, 10, 0),
                new TimeLimit(TimeLimit.Unit.WORKING_DAYS, 5));
        assertTrue(d.provisional(), "2027 is not in the shipped data");
        assertEquals(LocalDate.of(2027, 10, 5), d.dueDate());
        return engine.getRuntimeService().startProcessInstanceByKey("sxDeadlineTest",
                deadlines.variables("review", d, Instant.parse("2027-09-28T02:00:00Z"))).getId();
    }

    private void writeNotice2027() throws Exception {
        Files.writeString(dir.resolve(LiveCalendar.OVERRIDE_FILE), """
                {
                  "format": 1,
                  "years": [
                    {
                      "year": 2027,
                      "notices": [{"number": "国办发明电〔2026〕9号", "title": "国务院办公厅关于2027年部分节假日安排的通知"}],
                      "holidays": [{"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07"}],
                      "workingDays": [{"name": "国庆节", "date": "2027-10-09"}]
                    }
                  ]
                }
                """);
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDate();
    }

    @Test
    @DisplayName("when next year's holiday notice arrives, a provisional deadline, its task and its timer move (DESIGN.md Time)")
    void noticeArrives() throws Exception {
        String pi = startProcess();
        job.run(); // the first run after start-up recounts: nothing changes
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertEquals(LocalDate.of(2027, 10, 5), day(task.getDueDate()));

        writeNotice2027();
        String summary = job.run();
        assertTrue(summary.contains("calendar changed for [2027]"), summary);

        // National Day 10-01..07 off, Saturday 10-09 worked: 29, 30, 8, 9, 11
        task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertEquals(LocalDate.of(2027, 10, 11), day(task.getDueDate()));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi).timers().singleResult();
        assertEquals(LocalDate.of(2027, 10, 11), day(timer.getDuedate()));
        assertFalse(deadlines.calendar().deadline(LocalDateTime.of(2027, 9, 28, 10, 0),
                new TimeLimit(TimeLimit.Unit.WORKING_DAYS, 5)).provisional(), "2027 now has data");
    }

    @Test
    @DisplayName("an unchanged calendar recounts nothing after the first run; a bad override keeps the calendar in force")
    void unchangedAndBadOverride() throws Exception {
        startProcess();
        assertTrue(job.run().contains("1 running deadline(s) counted, 0 changed"));
        String second = job.run();
        assertEquals("calendar recompute: calendar unchanged", second);

        Files.writeString(dir.resolve(LiveCalendar.OVERRIDE_FILE), "{\"format\": 1, \"years\": [{\"year\": 2027}]}");
        String refused = job.run();
        assertTrue(refused.contains("override refused") && refused.contains(LiveCalendar.OVERRIDE_FILE), refused);
        assertTrue(deadlines.calendar().deadline(LocalDateTime.of(2027, 9, 28, 10, 0),
                new TimeLimit(TimeLimit.Unit.WORKING_DAYS, 5)).provisional());
    }

    @Test
    @DisplayName("another node's calendar picks up the new notice from the file; the job there still recounts once")
    void otherNodePicksUpTheFile() throws Exception {
        String pi = startProcess();
        job.run();
        LiveCalendar otherNode = new LiveCalendar(LiveCalendar.repository(dir.toString()), java.time.Duration.ZERO);
        assertFalse(otherNode.hasDataFor(2027));
        writeNotice2027();
        assertTrue(otherNode.hasDataFor(2027), "reloaded when the file changed");
        // this node's calendar noticed nothing yet (checks once a minute), but the job reloads and recounts
        String summary = job.run();
        assertTrue(summary.contains("calendar changed for [2027]") && summary.contains("1 changed"), summary);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertEquals(LocalDate.of(2027, 10, 11), day(task.getDueDate()));
    }
}

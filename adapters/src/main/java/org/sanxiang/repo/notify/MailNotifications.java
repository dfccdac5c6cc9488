package org.sanxiang.repo.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.port.TaskNotice;

/**
 * The workflows' notifications as mail, zh_CN first with the English line below it. A reminder goes to
 * the assignee, or to the candidate groups while nobody has claimed the task; an escalation goes to
 * the heads group of the unit ({@code <group>_HEADS} for each candidate group, or the configured
 * heads group). A recipient mail cannot reach (a person outside the system) is logged, not an error:
 * the register and the letter sent to them are the record of what they were told.
 */
public final class MailNotifications implements Notifications {

    private static final Logger LOG = Logger.getLogger(MailNotifications.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Mailer mailer;
    private final CaseRepository cases;
    private final ZoneId zone;
    private final String headsGroup;

    /**
     * @param headsGroup the group told when a task with no candidate group is overdue (e.g. GROUP_SX_HEADS)
     */
    public MailNotifications(Mailer mailer, CaseRepository cases, ZoneId zone, String headsGroup) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (headsGroup == null || headsGroup.isBlank()) {
            throw new IllegalArgumentException("headsGroup: required");
        }
        this.headsGroup = headsGroup;
    }

    @Override
    public void remind(TaskNotice notice) {
        List<String> to = notice.assignee() != null ? List.of(notice.assignee()) : new ArrayList<>(notice.candidateGroups());
        send(to, "任务即将到期 / Task due soon: " + notice.taskName(), "任务「" + notice.taskName() + "」将于 " + due(notice)
                + " 到期（" + caseLabel(notice.caseId()) + "）。\nThe task \"" + notice.taskName() + "\" is due " + due(notice) + " ("
                + caseLabel(notice.caseId()) + ").");
    }

    @Override
    public void escalate(TaskNotice notice) {
        List<String> to = new ArrayList<>();
        notice.candidateGroups().forEach(g -> to.add(g + "_HEADS"));
        to.removeIf(g -> !mailer.reachable(g));
        if (to.isEmpty()) {
            to.add(headsGroup);
        }
        String who = notice.assignee() == null ? "未领取 / unclaimed" : notice.assignee();
        send(to, "任务已超期 / Task overdue: " + notice.taskName(), "任务「" + notice.taskName() + "」已于 " + due(notice) + " 到期，承办人："
                + who + "（" + caseLabel(notice.caseId()) + "）。\nThe task \"" + notice.taskName() + "\" was due " + due(notice)
                + "; assignee: " + who + " (" + caseLabel(notice.caseId()) + ").");
    }

    @Override
    public void inform(String recipient, String caseId, String subject, String message) {
        send(List.of(recipient), subject, message + "\n\n" + caseLabel(caseId));
    }

    private void send(List<String> recipients, String subject, String body) {
        for (String recipient : recipients) {
            if (mailer.reachable(recipient)) {
                mailer.send(recipient, "[三项制度 Sanxiang] " + subject, body);
            } else {
                LOG.info(() -> "not mailed (no user or group " + recipient + "): " + subject);
            }
        }
    }

    private String due(TaskNotice notice) {
        return notice.dueAt() == null ? "-" : WHEN.format(notice.dueAt().atZone(zone));
    }

    private String caseLabel(String caseId) {
        if (caseId == null) {
            return "案件 / case -";
        }
        try {
            CaseFolder facts = cases.facts(caseId);
            return "案件 / case " + (facts.caseNumber() == null ? "" : facts.caseNumber() + " ") + facts.title();
        } catch (IllegalArgumentException e) {
            return "案件 / case " + caseId;
        }
    }
}

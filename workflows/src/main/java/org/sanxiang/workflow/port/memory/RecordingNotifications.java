package org.sanxiang.workflow.port.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.port.TaskNotice;

/** Keeps every notification in memory, in order. Thread-safe. */
public final class RecordingNotifications implements Notifications {

    public enum Kind { REMIND, ESCALATE, INFORM }

    /** One notification sent; {@code notice} is null for INFORM. */
    public record Sent(Kind kind, TaskNotice notice, String recipient, String caseId, String subject, String message) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void remind(TaskNotice notice) {
        sent.add(new Sent(Kind.REMIND, notice, notice.assignee(), notice.caseId(), "reminder", notice.taskName()));
    }

    @Override
    public void escalate(TaskNotice notice) {
        sent.add(new Sent(Kind.ESCALATE, notice, null, notice.caseId(), "escalation", notice.taskName()));
    }

    @Override
    public void inform(String recipient, String caseId, String subject, String message) {
        sent.add(new Sent(Kind.INFORM, null, recipient, caseId, subject, message));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sent(Kind kind) {
        return sent.stream().filter(s -> s.kind() == kind).toList();
    }
}

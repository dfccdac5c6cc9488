package org.sanxiang.standalone.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@link SanxiangService} answers. JSON field names are the component names; instants are ISO-8601 UTC. */
public final class Views {

    private Views() {
    }

    /**
     * A case folder.
     *
     * @param properties every sx property of the folder by {@code sx:name} (dates as ISO strings)
     * @param processes  the processes that ran or run on the case
     */
    public record CaseView(String id, String caseNumber, String title, String profile, String state,
            Map<String, Object> properties, Set<String> aspects, List<ProcessSummary> processes) {
    }

    public record ProcessSummary(String id, String processKey, Instant startedAt, Instant endedAt, String endActivity) {
    }

    /**
     * What intake learned about an uploaded file (null for documents the processes wrote).
     *
     * @param metadataStatus "metadata available" or "metadata unavailable: &lt;reason&gt;"
     */
    public record IntakeView(String sha256, long size, String mediaType, String metadataStatus) {
    }

    public record RecordView(String id, String caseId, String type, String name, Instant createdAt,
            Map<String, Object> properties, Set<String> aspects, IntakeView intake) {
    }

    /** A process just started, with the tasks it now waits on. */
    public record ProcessView(String id, String processKey, String caseId, boolean ended, List<TaskView> openTasks) {
    }

    /**
     * An open task.
     *
     * @param key         the task's id in the BPMN file (e.g. legalReview)
     * @param formKey     the sxwf task type of its form (e.g. sxwf:legalReviewTask)
     * @param description why it has no deadline, when it has none
     */
    public record TaskView(String id, String key, String name, String processKey, String processInstanceId,
            String caseId, String assignee, Set<String> candidateGroups, Instant createdAt, Instant dueAt,
            String description, String formKey) {
    }

    /**
     * One field of a task form: a property of the task type (or of its aspects).
     *
     * @param type          the model's data type (d:text, d:int, d:long, d:double, d:boolean, d:date, d:datetime)
     * @param allowedValues the LIST constraint's values, empty when free
     * @param labels        the field's label by locale ({@code en}, {@code zh_CN})
     * @param value         its current value on the task or process, or null
     */
    public record FormField(String name, String type, boolean mandatory, boolean multiple, List<String> allowedValues,
            Map<String, String> labels, Object value) {
    }

    /**
     * @param outcomeField the field that carries the outcome, {@code sxwf_<key>Outcome}
     * @param outcomes     the outcomes the task allows
     * @param form         the other fields a completion may set
     */
    public record TaskDetail(TaskView task, String outcomeField, List<String> outcomes, List<FormField> form) {
    }

    public record CompletedTask(String taskId, String processInstanceId, boolean processEnded, List<TaskView> nextTasks) {
    }

    /**
     * A deadline on the board.
     *
     * @param status      {@code due} or {@code overdue}
     * @param provisional the due date lies in a year without holiday data: counted on weekends alone
     */
    public record DeadlineView(String caseId, String caseNumber, String processKey, String processInstanceId,
            String taskId, String taskKey, String taskName, Instant dueAt, String status, boolean provisional,
            String assignee, Set<String> candidateGroups) {
    }

    /** One step of the case: a user task done or open, or a process start or end. */
    public record Stage(String processKey, String processInstanceId, String activity, String name, Instant startedAt,
            Instant endedAt, String outcome, String by) {
    }

    /** A decision a process took or recorded (classification, opinion, leader's decision, access, ...). */
    public record Decision(String processKey, String processInstanceId, String name, Object value) {
    }

    /**
     * The disclosure state of one sxDisclosure process.
     *
     * @param state PUBLISHED, WITHDRAWN, TAKEN_DOWN, PENDING (accepted, not yet delivered) or NONE (nothing published)
     */
    public record DisclosureView(String processInstanceId, String publicationId, String state, int pendingRequests) {
    }

    /**
     * The case's hash chain.
     *
     * @param sealed        whether the case has been sealed (archived)
     * @param intact        the verification's result, null while not sealed
     * @param brokenRecordId the record at the first break, or null
     * @param detail        what was found
     */
    public record ChainView(boolean sealed, Boolean intact, String brokenRecordId, String detail) {
    }

    public record Timeline(CaseView caseFolder, List<Stage> stages, List<RecordView> records,
            List<DeadlineView> deadlines, List<Decision> decisions, List<DisclosureView> disclosures, ChainView chain) {
    }

    /**
     * A record's content, to be read once and closed by the caller.
     *
     * @param length the size in bytes, or -1 when the repository does not say
     */
    public record RecordContent(String name, String mediaType, long length, java.io.InputStream stream) {
    }

    /**
     * A disclosure record as the public tree shows it (redacted by the channel before it was written).
     *
     * @param publicationId the publication's id (the record's name)
     * @param state         published, corrected, withdrawn or expired
     * @param text          the published (redacted) text; null once the record has left the public tree
     * @param public_       whether it is on the public tree now
     * @param history       its versions: the publication and each correction; for a record no longer public,
     *                      only the version that took it down
     */
    public record PublicRecordView(String id, String publicationId, String title, String summary, String category,
            String state, Instant publishedAt, Instant displayUntil, boolean redacted, String text, boolean public_,
            List<PublicVersionView> history) {
    }

    /** One version of a disclosure record: when it took that state, and why (a correction's or withdrawal's reason). */
    public record PublicVersionView(String label, String state, Instant at, String reason) {
    }

    public record PendingPublicationView(long seq, String publicationId, String operation, String caseId, String title,
            Instant acceptedAt, int attempts, String lastError, Instant nextAttemptAt) {
    }

    /**
     * @param mode sandbox or connected
     */
    /**
     * @param steps        steps awaiting reconciliation (in flight, or left by a failure to settle), oldest first
     * @param publications publications waiting in the outbox, oldest first
     */
    public record Health(String status, String mode, String version, String restUrl, String cmisBrowserUrl,
            String cmisAtomPubUrl, String database, List<String> processes, int pendingPublications,
            List<InFlight> steps, List<InFlight> publications) {
    }

    /** Something not yet done: a step awaiting reconciliation or a pending publication, with its age. */
    public record InFlight(String id, String what, String caseId, Instant since, long ageSeconds, String state,
            String lastError) {
    }

    /**
     * One page of a list.
     *
     * @param totalNumItems how many items the whole list has, or -1 where counting them is not cheap
     * @param hasMoreItems  whether items follow this page
     */
    public record Listing<T>(List<T> items, long totalNumItems, boolean hasMoreItems) {
        public Listing {
            items = List.copyOf(items);
        }
    }

    /** A bureau's annual account: one row per figure, labelled in the report's language. */
    public record AnnualReportView(int year, String profile, String bureau, String language, List<FigureView> figures) {
    }

    /** One figure: its stable code, the label of its group and its own, and its value. */
    public record FigureView(String code, String group, String label, long value) {
    }

    /** The annual account as a file for upward reporting. */
    public record AnnualReportFile(String fileName, String mediaType, byte[] bytes) {
    }
}

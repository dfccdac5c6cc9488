package org.sanxiang.workflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.activiti.engine.delegate.VariableScope;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.ClockStop;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.LegalReviewTimeline;
import org.sanxiang.rules.review.LimitRule;
import org.sanxiang.rules.review.MajorDecisionClassifier;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * What every step of {@code sxLegalReview} shares: the case's profile rules (asked, never decided
 * here), the review clock, and the deadline pattern of {@link TaskDeadlines}.
 */
public final class LegalReviewSupport {

    final ProfileRegistry registry;
    final CaseRepository cases;
    final CaseDocuments documents;
    final Notifications notifications;
    final CaseLocator locator;
    final TaskDeadlines deadlines;
    private final Map<String, MajorDecisionClassifier> classifiers = new ConcurrentHashMap<>();

    public LegalReviewSupport(ProfileRegistry registry, CaseRepository cases, CaseDocuments documents,
            Notifications notifications, CaseLocator locator, TaskDeadlines deadlines) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    CaseFolder caseOf(StepContext step) {
        return cases.facts(locator.caseId(step.scope()));
    }

    MajorDecisionClassifier classifier(String profileId) {
        return classifiers.computeIfAbsent(profileId, id -> MajorDecisionClassifier.of(registry, id));
    }

    LegalReviewRules rules(String profileId) {
        return classifier(profileId).rules();
    }

    LegalReviewTimeline timeline(String profileId) {
        return new LegalReviewTimeline(rules(profileId), deadlines.calendar());
    }

    Instant now() {
        return EngineTime.now();
    }

    LocalDate today() {
        return now().atZone(zone()).toLocalDate();
    }

    ZoneId zone() {
        return deadlines.zone();
    }

    /**
     * Schedules task {@code taskKey}: the counted deadline when the rules give one, else no timer and
     * a description saying what the profile sets ({@code limit}: promptly, a note, or nothing).
     */
    void schedule(StepContext step, String taskKey, Optional<Deadline> deadline, String profileId, String limitName,
            LimitRule limit) {
        VariableScope scope = step.scope();
        if (deadline.isPresent()) {
            deadlines.schedule(scope, taskKey, deadline.get(), now(),
                    limit == null ? profileId : profileId + " " + limit.citation());
        } else {
            deadlines.noDeadline(scope, taskKey, noLimit(profileId, limitName, limit));
        }
    }

    /** Why a task has no timer, in the profile's words. */
    static String noLimit(String profileId, String limitName, LimitRule limit) {
        if (limit == null) {
            return profileId + ": the document sets no time limit for " + limitName + " (no reminder, no escalation)";
        }
        String citation = profileId + " " + limit.citation();
        if (limit.promptly()) {
            return citation + ": " + limitName + " promptly (及时); no count is set (no reminder, no escalation)";
        }
        return citation + ": no count for " + limitName + (limit.note() == null ? "" : " — " + limit.note())
                + " (no reminder, no escalation)";
    }




    /**
     * The file name of the {@code round}-th document of a kind in one process: {@code base.txt}, then
     * {@code base（2）.txt}, ... A case folder holds one name once, and a case can be reviewed again (materials
     * returned, re-review), so each round's document needs its own name. The round is counted in a process
     * variable, which the engine rolls back with a failed completion: the retry writes the same name.
     */
    static String roundName(String base, int round) {
        return round <= 1 ? base + ".txt" : base + "（" + round + "）.txt";
    }



    // ---- the review clock, kept as "stopped/resumed;..." in sxp_clockStops

    static List<ClockStop> stops(StepContext step) {
        String stored = step.string(WorkflowVariables.CLOCK_STOPS);
        List<ClockStop> stops = new ArrayList<>();
        if (stored != null) {
            for (String stop : stored.split(";")) {
                String[] parts = stop.split("/", -1);
                stops.add(new ClockStop(LocalDate.parse(parts[0]), parts[1].isEmpty() ? null : LocalDate.parse(parts[1])));
            }
        }
        return stops;
    }

    static void storeStops(StepContext step, List<ClockStop> stops) {
        StringBuilder s = new StringBuilder();
        for (ClockStop stop : stops) {
            s.append(s.length() == 0 ? "" : ";").append(stop.stopped()).append('/')
                    .append(stop.resumed() == null ? "" : stop.resumed());
        }
        step.set(WorkflowVariables.CLOCK_STOPS, s.toString());
    }

    /** Schedules the review task on the rules' review deadline, with the clock's stops and approved extension. */
    void scheduleReview(StepContext step, String profileId) {
        LocalDate received = step.day(WorkflowVariables.REVIEW_RECEIVED, zone());
        Optional<Deadline> due = timeline(profileId).reviewDue(received, stops(step));
        int extension = step.number(WorkflowVariables.EXTENSION_DAYS, 0);
        if (due.isPresent() && extension > 0) {
            due = Optional.of(deadlines.calendar().addWorkingDays(due.get().dueDate(), extension));
        }
        schedule(step, LegalReviewProcess.LEGAL_REVIEW, due, profileId, "the review",
                rules(profileId).timeLimits().review());
    }
}

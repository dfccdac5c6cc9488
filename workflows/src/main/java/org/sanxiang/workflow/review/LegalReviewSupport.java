package org.sanxiang.workflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.activiti.engine.delegate.VariableScope;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
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
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.ReviewOpinionForm;
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

    /** What a form prints for a field the process was not given (the seed's form has the field; it stays visibly empty). */
    static final String NOT_GIVEN = "（未填写）";

    /**
     * The opinion as the legal office signs it: chongqing-2024 法制审核 附件1 where the profile prints that form
     * (its {@code opinionFormFields}), else the same table with the items reviewed and the opinion type (wuhan-2020
     * 法制审核 第十三条). The leader's part stays blank, to be signed on paper: the decision step records it later.
     *
     * @param opinionType the opinion type's label and article
     * @param opinion     the office's text, may be blank
     * @param itemIds     the review items checked (ids of the profile's checklist)
     * @param properties  the opinion's properties (decision name, reviewers, case summary)
     * @param date        the day the office signs it
     */
    static OfficialDocument opinionForm(CaseFolder folder, String profileId, LegalReviewRules rules, String reviewer,
            String opinionType, String opinion, List<String> itemIds, Map<String, Object> properties, LocalDate date) {
        boolean seedForm = !rules.opinionFormFields().isEmpty();
        String text = opinion == null ? "" : opinion.strip();
        // 附件1 has no row for the opinion type: it opens the office's opinion there; the other form has its own row
        String printed = seedForm ? opinionType + (text.isEmpty() ? "" : "\n" + text) : text.isEmpty() ? opinionType : text;
        String decision = Objects.toString(properties.get(SanxiangModel.PROP_REVIEWED_DECISION_NAME.toPrefixString()), "");
        ReviewOpinionForm.Input in = new ReviewOpinionForm.Input(null, Objects.toString(folder.caseNumber(), folder.caseId()),
                decision.isBlank() ? NOT_GIVEN : decision,
                folder.property(SanxiangModel.PROP_LEGAL_OFFICE_HEAD) instanceof String head ? head : null,
                reviewer == null ? List.of() : List.of(reviewer),
                Objects.toString(properties.get(SanxiangModel.PROP_CASE_SUMMARY.toPrefixString()), ""), printed, date,
                null, null, null);
        if (seedForm) {
            return ReviewOpinionForm.chongqing(in);
        }
        List<String> items = new ArrayList<>();
        for (String id : itemIds) {
            items.add(rules.checklist().stream().filter(i -> i.id().equals(id)).findFirst()
                    .map(i -> i.label().zhCN()).orElse(id));
        }
        return ReviewOpinionForm.otherProfile(in, profileId + " 法制审核", items, opinionType);
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

    /**
     * The day the review clock started: {@code sxp_reviewReceived} where kept, else the start of the review deadline
     * the transfer stored (it counts from that day, with no stop before it) — then kept, since the deadline is about
     * to be counted again, from a resumption or with an extension. Null when the review has no counted deadline (a
     * profile's "promptly": nothing is counted from it).
     */
    LocalDate received(StepContext step) {
        LocalDate kept = step.day(WorkflowVariables.REVIEW_RECEIVED, zone());
        if (kept != null) {
            return kept;
        }
        String stored = step.string(WorkflowVariables.deadline(LegalReviewProcess.LEGAL_REVIEW));
        if (stored == null) {
            return null;
        }
        LocalDate received = LocalDateTime.parse(stored.split("\\|", 2)[0]).toLocalDate();
        step.set(WorkflowVariables.REVIEW_RECEIVED, received.toString());
        return received;
    }

    static void storeStops(StepContext step, List<ClockStop> stops) {
        StringBuilder s = new StringBuilder();
        for (ClockStop stop : stops) {
            s.append(s.length() == 0 ? "" : ";").append(stop.stopped()).append('/')
                    .append(stop.resumed() == null ? "" : stop.resumed());
        }
        step.set(WorkflowVariables.CLOCK_STOPS, s.toString());
    }

    /**
     * Schedules the review task on the rules' review deadline, with the clock's stops and approved
     * extension, never past the statutory time limit of the decision the start form gives
     * ({@code sxwf:statutoryDeadline}) where the profile caps it (chongqing-2024 法制审核 第十一条: 至法定办理期限
     * 届满前; wuhan-2020 法制审核 第十二条第二款); a capped deadline cites the capping article.
     */
    void scheduleReview(StepContext step, String profileId) {
        scheduleReview(step, profileId, received(step));
    }

    /**
     * {@link #scheduleReview(StepContext, String)} from {@code received}, the day the legal office received the case
     * file. The transfer gives it; it is not kept in a variable of its own until the review deadline is counted again
     * (materials returned and resubmitted, an extension), because until then the stored review deadline starts on it.
     */
    void scheduleReview(StepContext step, String profileId, LocalDate received) {
        if (received == null && rules(profileId).timeLimits().review().countedLimit().isPresent()) {
            // counted from a day nobody kept: refused, not scheduled without a deadline
            throw new IllegalStateException("the review of " + profileId + " is counted from the day the case file was received,"
                    + " but neither " + WorkflowVariables.REVIEW_RECEIVED + " nor the stored review deadline "
                    + WorkflowVariables.deadline(LegalReviewProcess.LEGAL_REVIEW) + " gives it");
        }
        LegalReviewTimeline timeline = timeline(profileId);
        Optional<Deadline> due = timeline.reviewDue(received, stops(step));
        int extension = step.number(WorkflowVariables.EXTENSION_DAYS, 0);
        if (due.isPresent() && extension > 0) {
            due = Optional.of(deadlines.calendar().addWorkingDays(due.get().dueDate(), extension));
        }
        LimitRule limit = rules(profileId).timeLimits().review();
        LocalDate statutory = step.day(SanxiangWorkflowModel.PROP_STATUTORY_DEADLINE, zone());
        if (due.isPresent() && statutory != null) {
            Deadline capped = timeline.capped(due.get(), statutory);
            if (!capped.equals(due.get())) {
                String cap = timeline.statutoryLimitCap(LegalReviewRules.citationProfile(registry, profileId))
                        .map(Object::toString).orElseThrow();
                deadlines.schedule(step.scope(), LegalReviewProcess.LEGAL_REVIEW, capped, now(),
                        cap + " (the statutory time limit " + statutory + "; "
                                + profileId + " " + limit.citation() + " would give " + due.get().dueDate() + ")");
                return;
            }
        }
        schedule(step, LegalReviewProcess.LEGAL_REVIEW, due, profileId, "the review", limit);
    }
}

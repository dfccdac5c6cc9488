package org.sanxiang.standalone.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.standalone.runtime.Views;

/**
 * How the demo fills in a task: the outcome a careful officer would choose for a demo case that is
 * in order, and the form values it would type. A task the demo does not expect (an extension, a
 * re-review, materials sent back) gets no answer: the demo stops there and names it.
 */
final class TaskAnswers {

    /** An outcome and the form values that go with it. */
    record Answer(String user, String outcome, Map<String, Object> values) {
    }

    static final String OFFICER = "officer1";
    static final String LAWYER = "lawyer1";
    static final String LEADER = "leader1";
    static final String DISCLOSURE_CLERK = "clerk1";
    static final String ARCHIVIST = "archivist1";

    /** The bureaus' zone, for the dates officers type. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ProfileRegistry profiles;

    TaskAnswers(ProfileRegistry profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /**
     * @param task      the open task with its form
     * @param demoCase  the case it belongs to
     * @param hasStageRecords whether the case holds records of the stage a stage task shows
     * @param now       the demo's clock
     * @throws IllegalStateException naming the task when the demo has no answer for it
     */
    Answer answer(Views.TaskDetail task, DemoCase demoCase, boolean hasStageRecords, Instant now) {
        String key = task.task().key();
        Map<String, Object> v = new LinkedHashMap<>();
        String unit = String.valueOf(demoCase.properties().getOrDefault(SanxiangModel.PROP_ENFORCEMENT_UNIT.toPrefixString(),
                "执法机构"));
        LocalDate decided = demoCase.dates().get("decided");
        switch (key) {
            // ---- sxLegalReview
            case "assembleTransfer" -> {
                LegalReviewRules rules = LegalReviewRules.of(profiles.get(demoCase.profile()));
                boolean hearing = demoCase.facts().path("hearing").asBoolean(false);
                List<String> materials = new ArrayList<>();
                for (Item item : rules.materials()) {
                    if (item.when() == null || ("hearing".equals(item.when()) && hearing)) {
                        materials.add(item.id());
                    }
                }
                put(v, SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS, materials);
                put(v, SanxiangWorkflowModel.PROP_TRANSFER_PLACE, unit + " → 法制机构");
                put(v, SanxiangWorkflowModel.PROP_MATERIALS_COMPLETE, true);
                return new Answer(OFFICER, "submit", v);
            }
            case "legalReview" -> {
                put(v, SanxiangWorkflowModel.PROP_OPINION_TEXT,
                        demoCase.legalReview() == null ? "同意。" : demoCase.legalReview().opinion());
                put(v, SanxiangWorkflowModel.PROP_REVIEW_ITEMS_CHECKED, List.of("subjectQualification", "factsAndEvidence", "procedure",
                        "lawAndDiscretion", "competence", "documents", "suspectedCrime"));
                put(v, SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM, false);
                return new Answer(LAWYER, "agree", v);
            }
            case "respondOpinion" -> {
                return new Answer(OFFICER, "accept", v);
            }
            case "collectiveDiscussion" -> {
                put(v, SanxiangWorkflowModel.PROP_DISCUSSION_DATE,
                        (decided == null ? now.atZone(ZONE).toLocalDate() : decided.minusDays(4)).toString());
                put(v, SanxiangWorkflowModel.PROP_PARTICIPANTS,
                        List.of("局长", "分管副局长", "法制机构负责人", "执法机构负责人"));
                put(v, SanxiangWorkflowModel.PROP_DISCUSSION_MINUTES, "经集体讨论，同意拟作出的处罚决定。");
                return new Answer(LEADER, "approve", v);
            }
            case "leaderDecision" -> {
                put(v, SanxiangWorkflowModel.PROP_LEADER_OPINION, "同意法制机构审核意见，按拟定意见作出决定。");
                return new Answer(LEADER, "approve", v);
            }
            case "fileDecision" -> {
                put(v, SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER, demoCase.decisionNumber());
                if (decided != null) {
                    put(v, SanxiangWorkflowModel.PROP_DECISION_DATE, decided.toString());
                }
                return new Answer(OFFICER, "filed", v);
            }
            // ---- sxDisclosure
            case "draftDisclosure" -> {
                return new Answer(DISCLOSURE_CLERK, "submit", v);
            }
            case "reviewDisclosure" -> {
                return new Answer(LAWYER, "approve", v);
            }
            case "approveDisclosure" -> {
                return new Answer(LEADER, "approve", v);
            }
            case "withdrawDisclosure" -> {
                put(v, SanxiangWorkflowModel.PROP_WITHDRAWAL_REASON, demoCase.disclosure().afterPublication().reason());
                return new Answer(DISCLOSURE_CLERK, "withdrawn", v);
            }
            case "correctDisclosure" -> {
                put(v, SanxiangWorkflowModel.PROP_CORRECTION_REASON, demoCase.disclosure().afterPublication().reason());
                return new Answer(DISCLOSURE_CLERK, "corrected", v);
            }
            // ---- sxCaseRecord
            case "stageRecord" -> {
                return new Answer(OFFICER, hasStageRecords ? "complete" : "notApplicable", v);
            }
            case "avStorage" -> {
                put(v, SanxiangWorkflowModel.PROP_STORAGE_LOCATION,
                        unit + " 执法音像记录存储服务器 /av/" + demoCase.caseNumber());
                put(v, SanxiangWorkflowModel.PROP_STORED_AT, now.toString());
                return new Answer(OFFICER, "stored", v);
            }
            case "emergencyCompletion" -> {
                put(v, SanxiangWorkflowModel.PROP_EMERGENCY_NOTE, "补办立案审批手续");
                return new Answer(OFFICER, "completed", v);
            }
            case "archive" -> {
                put(v, SanxiangWorkflowModel.PROP_ARCHIVE_REFERENCE, "WS·" + demoCase.caseNumber() + "·永久");
                put(v, SanxiangWorkflowModel.PROP_ARCHIVED_AT, now.atZone(ZONE).toLocalDate().toString());
                // the case file is kept 30 years (文书档案 行政处罚案卷); the records' own periods come from the profile
                put(v, SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL,
                        now.atZone(ZONE).toLocalDate().plusYears(30).toString());
                if (!demoCase.longTermReasons().isEmpty()) {
                    put(v, SanxiangWorkflowModel.PROP_LONG_TERM_REASONS, demoCase.longTermReasons());
                }
                return new Answer(ARCHIVIST, "archived", v);
            }
            // ---- sxAccess
            case "approveAccess" -> {
                put(v, SanxiangWorkflowModel.PROP_GRANT_UNTIL, now.plus(7, ChronoUnit.DAYS).toString());
                put(v, SanxiangWorkflowModel.PROP_COPIES_ALLOWED, false);
                return new Answer(LEADER, "approve", v);
            }
            case "returnAccess" -> {
                put(v, SanxiangWorkflowModel.PROP_RETURNED_AT, now.toString());
                put(v, SanxiangWorkflowModel.PROP_COPIES_MADE, 0);
                return new Answer(ARCHIVIST, "returned", v);
            }
            default -> throw new IllegalStateException("task " + key + " (" + task.task().name() + ") of "
                    + task.task().processKey() + ": the demo does not expect it for case " + demoCase.caseNumber());
        }
    }

    /** Sets a form field: the process variable of a task property. */
    private static void put(Map<String, Object> values, QName property, Object value) {
        values.put(property.toVariableName(), value);
    }
}

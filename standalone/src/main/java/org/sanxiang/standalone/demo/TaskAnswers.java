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
        String unit = String.valueOf(demoCase.properties().getOrDefault("sx:enforcementUnit", "执法机构"));
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
                v.put("sxwf_transferredMaterials", materials);
                v.put("sxwf_transferPlace", unit + " → 法制机构");
                v.put("sxwf_materialsComplete", true);
                return new Answer(OFFICER, "submit", v);
            }
            case "legalReview" -> {
                v.put("sxwf_opinionText", demoCase.legalReview() == null ? "同意。" : demoCase.legalReview().opinion());
                v.put("sxwf_reviewItemsChecked", List.of("subjectQualification", "factsAndEvidence", "procedure",
                        "lawAndDiscretion", "competence", "documents", "suspectedCrime"));
                v.put("sxwf_legalityProblem", false);
                return new Answer(LAWYER, "agree", v);
            }
            case "respondOpinion" -> {
                return new Answer(OFFICER, "accept", v);
            }
            case "collectiveDiscussion" -> {
                v.put("sxwf_discussionDate", (decided == null ? now.atZone(ZONE).toLocalDate() : decided.minusDays(4)).toString());
                v.put("sxwf_participants", List.of("局长", "分管副局长", "法制机构负责人", "执法机构负责人"));
                v.put("sxwf_discussionMinutes", "经集体讨论，同意拟作出的处罚决定。");
                return new Answer(LEADER, "approve", v);
            }
            case "leaderDecision" -> {
                v.put("sxwf_leaderOpinion", "同意法制机构审核意见，按拟定意见作出决定。");
                return new Answer(LEADER, "approve", v);
            }
            case "fileDecision" -> {
                v.put("sxwf_decisionDocumentNumber", demoCase.decisionNumber());
                if (decided != null) {
                    v.put("sxwf_decisionDate", decided.toString());
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
                v.put("sxwf_withdrawalReason", demoCase.disclosure().afterPublication().reason());
                return new Answer(DISCLOSURE_CLERK, "withdrawn", v);
            }
            case "correctDisclosure" -> {
                v.put("sxwf_correctionReason", demoCase.disclosure().afterPublication().reason());
                return new Answer(DISCLOSURE_CLERK, "corrected", v);
            }
            // ---- sxCaseRecord
            case "stageRecord" -> {
                return new Answer(OFFICER, hasStageRecords ? "complete" : "notApplicable", v);
            }
            case "avStorage" -> {
                v.put("sxwf_storageLocation", unit + " 执法音像记录存储服务器 /av/" + demoCase.caseNumber());
                v.put("sxwf_storedAt", now.toString());
                return new Answer(OFFICER, "stored", v);
            }
            case "emergencyCompletion" -> {
                v.put("sxwf_emergencyNote", "补办立案审批手续");
                return new Answer(OFFICER, "completed", v);
            }
            case "archive" -> {
                v.put("sxwf_archiveReference", "WS·" + demoCase.caseNumber() + "·永久");
                v.put("sxwf_archivedAt", now.atZone(ZONE).toLocalDate().toString());
                // the case file is kept 30 years (文书档案 行政处罚案卷); the records' own periods come from the profile
                v.put("sxwf_caseFileRetainUntil", now.atZone(ZONE).toLocalDate().plusYears(30).toString());
                if (!demoCase.longTermReasons().isEmpty()) {
                    v.put("sxwf_longTermReasons", demoCase.longTermReasons());
                }
                return new Answer(ARCHIVIST, "archived", v);
            }
            // ---- sxAccess
            case "approveAccess" -> {
                v.put("sxwf_grantUntil", now.plus(7, ChronoUnit.DAYS).toString());
                v.put("sxwf_copiesAllowed", false);
                return new Answer(LEADER, "approve", v);
            }
            case "returnAccess" -> {
                v.put("sxwf_returnedAt", now.toString());
                v.put("sxwf_copiesMade", 0);
                return new Answer(ARCHIVIST, "returned", v);
            }
            default -> throw new IllegalStateException("task " + key + " (" + task.task().name() + ") of "
                    + task.task().processKey() + ": the demo does not expect it for case " + demoCase.caseNumber());
        }
    }
}

package org.sanxiang.standalone.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * One journey a bureau runs, driven the way an integrator would: the case folder created over CMIS, a legal
 * review started on it and its tasks completed through the host's workflow API, the decision document filed
 * over CMIS, the disclosure drafted, reviewed, approved and published, and then {@link JourneyChecks}: the
 * review opinion, the publication and the seal. Against Alfresco (the {@code alfresco-it} recipe) the workflow
 * API is Alfresco's public workflow REST API; in the test suite it is the standalone runtime's REST API, and the
 * CMIS side is the same code.
 */
public final class LegalReviewJourney {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The profile the journey runs under (chongqing-2024: legal review, disclosure and record rules). */
    public static final String PROFILE = "chongqing-2024";

    private final Session cmis;
    private final Workflow workflow;
    private final String casesPath;
    public final String caseNumber = "渝人社罚〔2027〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    public final String partyName = "某建筑劳务有限公司";
    public String caseId;
    public final List<String> completed = new ArrayList<>();

    /**
     * @param casesPath the folder (created if missing) the case folder goes into, e.g. {@code /sanxiang/cases}
     */
    public LegalReviewJourney(Session cmis, Workflow workflow, String casesPath) {
        this.cmis = cmis;
        this.workflow = workflow;
        this.casesPath = casesPath;
    }

    /** Runs the journey and the checks; returns the case folder's id. */
    public String run() {
        createCase();
        String review = workflow.start("sxLegalReview", caseId, TaskPlan.OFFICER, Map.of(
                SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName(), "行政处罚决定",
                SanxiangWorkflowModel.PROP_PROPOSED_DECISION.toVariableName(), "拟对当事人罚款五万元",
                SanxiangWorkflowModel.PROP_INVESTIGATION_ENDED_AT.toVariableName(), LocalDate.now(ZONE)));
        drive(review);
        assertTrue(workflow.ended(review), "the legal review ended: " + completed);
        fileDecision();
        drive(workflow.start("sxDisclosure", caseId, TaskPlan.OFFICER, Map.of(
                SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName(), LocalDate.now(ZONE))));
        JourneyChecks.opinion(cmis, caseId);
        JourneyChecks.publication(cmis, caseId);
        return caseId;
    }

    void createCase() {
        Folder parent = folder(casesPath);
        Map<String, Object> p = new HashMap<>();
        p.put(PropertyIds.OBJECT_TYPE_ID, "F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString());
        p.put(PropertyIds.NAME, caseNumber);
        p.put(SanxiangModel.PROP_CASE_NUMBER.toPrefixString(), caseNumber);
        p.put(SanxiangModel.PROP_CASE_NAME.toPrefixString(), "拖欠劳动者工资案");
        p.put(SanxiangModel.PROP_JURISDICTION_PROFILE.toPrefixString(), PROFILE);
        p.put(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString(), "penalty");
        p.put(SanxiangModel.PROP_PROCEDURE.toPrefixString(), "general");
        p.put(SanxiangModel.PROP_PARTY_KIND.toPrefixString(), "organisation");
        p.put(SanxiangModel.PROP_PARTY_NAME.toPrefixString(), partyName);
        p.put(SanxiangModel.PROP_PARTY_ID_NUMBER.toPrefixString(), "91500000MA5U000000");
        p.put(SanxiangModel.PROP_MATTER_NAME.toPrefixString(), "拖欠劳动者工资");
        p.put(SanxiangModel.PROP_ENFORCEMENT_UNIT.toPrefixString(), "劳动保障监察支队");
        p.put(SanxiangModel.PROP_FINE_AMOUNT.toPrefixString(), new BigDecimal("50000"));
        p.put(SanxiangModel.PROP_MAJOR_PUBLIC_INTEREST.toPrefixString(), true);
        caseId = parent.createFolder(p).getId();
    }

    /** The decision: its number and date on the case folder, and the decision document (行政处罚决定书) in it. */
    void fileDecision() {
        CmisObject folder = cmis.getObject(caseId);
        folder.refresh(); // the processes changed it since it was read (a stale change token is refused)
        Map<String, Object> decided = new HashMap<>();
        decided.put(SanxiangModel.PROP_CASE_DECISION_NUMBER.toPrefixString(), TaskPlan.decisionNumber(caseNumber));
        decided.put(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString(), GregorianCalendar.from(LocalDate.now(ZONE).atStartOfDay(ZONE)));
        decided.put(SanxiangModel.PROP_PENALTY_MEASURES.toPrefixString(), List.of("fine"));
        folder.updateProperties(decided);
        String text = "行政处罚决定书\n" + partyName + "拖欠劳动者工资。依据《劳动保障监察条例》第二十六条，决定：罚款人民币五万元。";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ContentStream content = cmis.getObjectFactory().createContentStream("行政处罚决定书.txt", bytes.length,
                "text/plain; charset=UTF-8", new ByteArrayInputStream(bytes));
        Map<String, Object> p = new HashMap<>();
        p.put(PropertyIds.OBJECT_TYPE_ID, "D:" + SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString());
        p.put(PropertyIds.NAME, "行政处罚决定书.txt");
        p.put(SanxiangModel.PROP_STAGE.toPrefixString(), "decision");
        p.put(SanxiangModel.PROP_MAIN_FACTS.toPrefixString(), "拖欠劳动者工资");
        p.put(SanxiangModel.PROP_LEGAL_BASIS.toPrefixString(), "《劳动保障监察条例》第二十六条");
        p.put(SanxiangModel.PROP_DECISION_CONTENT.toPrefixString(), "罚款人民币五万元");
        ((Folder) folder).createDocument(p, content, VersioningState.MAJOR);
    }

    /** Completes the process's open tasks until it has none; fails when a task has no plan or it does not settle. */
    void drive(String processInstanceId) {
        for (int step = 0; step < 40; step++) {
            List<Workflow.OpenTask> open = workflow.openTasks(processInstanceId);
            if (open.isEmpty()) {
                return; // ended, or waiting on no one (a publication waits for its display period and its events)
            }
            Workflow.OpenTask task = open.get(0);
            TaskPlan.Answer answer = TaskPlan.answer(task.key(), caseNumber);
            Map<String, Object> variables = new LinkedHashMap<>(answer.values());
            variables.put(WorkflowVariables.outcome(task.key()), answer.outcome());
            String user = TaskPlan.candidate(task, answer.user());
            workflow.complete(task, user, variables);
            completed.add(task.key() + ":" + answer.outcome() + " by " + user);
        }
        throw new AssertionError("process " + processInstanceId + " did not settle in 40 tasks: " + completed);
    }

    private Folder folder(String path) {
        try {
            return (Folder) cmis.getObjectByPath(path);
        } catch (CmisObjectNotFoundException e) {
            int slash = path.lastIndexOf('/');
            Folder parent = slash <= 0 ? cmis.getRootFolder() : folder(path.substring(0, slash));
            return parent.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, path.substring(slash + 1)));
        }
    }

    /** What each task of sxLegalReview and sxDisclosure is answered with, and by whom (the sandbox's users). */
    static final class TaskPlan {

        static final String OFFICER = "officer1";
        static final String LAWYER = "lawyer1";
        static final String LEADER = "leader1";
        static final String CLERK = "clerk1";

        record Answer(String user, String outcome, Map<String, Object> values) {
        }

        private TaskPlan() {
        }

        static String decisionNumber(String caseNumber) {
            return caseNumber.replace("罚", "罚决");
        }

        static Answer answer(String key, String caseNumber) {
            Map<String, Object> v = new LinkedHashMap<>();
            switch (key) {
                case "assembleTransfer" -> {
                    List<String> materials = new ArrayList<>();
                    for (Item item : LegalReviewRules.of(ProfileRegistry.shipped().get(PROFILE)).materials()) {
                        if (item.when() == null) {
                            materials.add(item.id());
                        }
                    }
                    v.put(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName(), materials);
                    v.put(SanxiangWorkflowModel.PROP_TRANSFER_PLACE.toVariableName(), "劳动保障监察支队 → 法制机构");
                    v.put(SanxiangWorkflowModel.PROP_MATERIALS_COMPLETE.toVariableName(), true);
                    return new Answer(OFFICER, "submit", v);
                }
                case "legalReview" -> {
                    v.put(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "事实清楚，证据确凿，程序合法，适用依据正确。");
                    v.put(SanxiangWorkflowModel.PROP_REVIEW_ITEMS_CHECKED.toVariableName(), List.of("subjectQualification",
                            "factsAndEvidence", "procedure", "lawAndDiscretion", "competence", "documents", "suspectedCrime"));
                    v.put(SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM.toVariableName(), false);
                    return new Answer(LAWYER, "agree", v);
                }
                case "respondOpinion" -> {
                    return new Answer(OFFICER, "accept", v);
                }
                case "collectiveDiscussion" -> {
                    v.put(SanxiangWorkflowModel.PROP_DISCUSSION_DATE.toVariableName(), LocalDate.now(ZONE));
                    v.put(SanxiangWorkflowModel.PROP_PARTICIPANTS.toVariableName(), List.of("局长", "分管副局长", "法制机构负责人"));
                    v.put(SanxiangWorkflowModel.PROP_DISCUSSION_MINUTES.toVariableName(), "经集体讨论，同意拟作出的处罚决定。");
                    return new Answer(LEADER, "approve", v);
                }
                case "leaderDecision" -> {
                    v.put(SanxiangWorkflowModel.PROP_LEADER_OPINION.toVariableName(), "同意法制机构审核意见。");
                    return new Answer(LEADER, "approve", v);
                }
                case "fileDecision" -> {
                    v.put(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), decisionNumber(caseNumber));
                    return new Answer(OFFICER, "filed", v);
                }
                case "draftDisclosure" -> {
                    return new Answer(CLERK, "submit", v);
                }
                case "reviewDisclosure" -> {
                    return new Answer(LAWYER, "approve", v);
                }
                case "approveDisclosure" -> {
                    return new Answer(LEADER, "approve", v);
                }
                default -> throw new AssertionError("the journey has no answer for task " + key);
            }
        }

        /** The planned user when the task's candidate groups admit it, else the first sandbox user they admit. */
        static String candidate(Workflow.OpenTask task, String planned) {
            List<String> users = new ArrayList<>();
            task.candidateGroups().forEach(g -> users.addAll(DemoUsers.inGroup(g)));
            return users.isEmpty() || users.contains(planned) ? planned : users.get(0);
        }
    }
}

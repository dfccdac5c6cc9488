package org.sanxiang.workflow.task;

import java.util.Map;

import org.sanxiang.rules.duty.Duty;

/**
 * Which duty ({@link Duty}) a process start or a user task performs, for the separations of duty in
 * {@link org.sanxiang.rules.duty.SeparationOfDuties}. Who may act at all is not here: it is the BPMN's
 * candidate groups and starter groups ({@link TaskCandidates}). A task or start not listed performs
 * no separated duty.
 */
public final class TaskDuties {

    /** The pseudo task key of a process start. */
    public static final String START = "#start";

    private static final Map<String, Duty> DUTIES = Map.ofEntries(
            Map.entry("sxLegalReview/" + START, Duty.HANDLE_CASE),
            Map.entry("sxLegalReview/assembleTransfer", Duty.HANDLE_CASE),
            Map.entry("sxLegalReview/supplementMaterials", Duty.HANDLE_CASE),
            Map.entry("sxLegalReview/respondOpinion", Duty.HANDLE_CASE),
            Map.entry("sxLegalReview/rectify", Duty.HANDLE_CASE),
            Map.entry("sxLegalReview/fileDecision", Duty.HANDLE_CASE),
            Map.entry("sxLegalReview/legalReview", Duty.LEGAL_REVIEW),
            Map.entry("sxLegalReview/reReview", Duty.LEGAL_REVIEW),
            Map.entry("sxLegalReview/approveExtension", Duty.LEADER_DECISION),
            Map.entry("sxLegalReview/collectiveDiscussion", Duty.LEADER_DECISION),
            Map.entry("sxLegalReview/leaderDecision", Duty.LEADER_DECISION),
            Map.entry("sxCaseRecord/" + START, Duty.HANDLE_CASE),
            Map.entry("sxCaseRecord/stageRecord", Duty.HANDLE_CASE),
            Map.entry("sxCaseRecord/emergencyCompletion", Duty.HANDLE_CASE),
            Map.entry("sxDisclosure/draftDisclosure", Duty.DRAFT_DISCLOSURE),
            Map.entry("sxDisclosure/correctDisclosure", Duty.DRAFT_DISCLOSURE),
            Map.entry("sxDisclosure/reviewDisclosure", Duty.REVIEW_DISCLOSURE),
            Map.entry("sxDisclosure/approveDisclosure", Duty.APPROVE_DISCLOSURE),
            Map.entry("sxAccess/" + START, Duty.REQUEST_ACCESS),
            Map.entry("sxAccess/approveAccess", Duty.APPROVE_ACCESS),
            Map.entry("sxObjection/checkObjectionUnit", Duty.CHECK_OBJECTION),
            Map.entry("sxObjection/checkObjectionLegal", Duty.LEGAL_CHECK_OBJECTION),
            Map.entry("sxAnnualReport/" + START, Duty.COMPILE_ANNUAL_REPORT),
            Map.entry("sxAnnualReport/reviewAnnualReport", Duty.REVIEW_ANNUAL_REPORT),
            Map.entry("sxAnnualReport/approveAnnualReport", Duty.APPROVE_ANNUAL_REPORT));

    private TaskDuties() {
    }

    /** The duty of a user task, or null. */
    public static Duty of(String processKey, String taskKey) {
        return DUTIES.get(processKey + "/" + taskKey);
    }

    /** The duty of starting a process, or null. */
    public static Duty ofStart(String processKey) {
        return DUTIES.get(processKey + "/" + START);
    }
}

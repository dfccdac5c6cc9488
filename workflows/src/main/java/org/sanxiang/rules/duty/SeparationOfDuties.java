package org.sanxiang.rules.duty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.rules.Citation;

/**
 * The separations of duty the seeds make, and the check of an act against what its actor did before.
 *
 * <ul>
 * <li>The legal office reviews, not the unit that handled the case: the unit transfers the file to the
 * legal office, which reviews it (chongqing-2024 法制审核 第九条, 第十一–十三条; wuhan-2020 法制审核
 * 第二条, 第八–十条).</li>
 * <li>Leaders decide, on the opinions of both the unit and the legal office: neither the handler nor the
 * reviewer decides (wuhan-2020 法制审核 第四条, 第十一条第二款; chongqing-2024 法制审核 第十五条第二款).</li>
 * <li>A disclosure is reviewed before release, "未经审核不得发布", by the responsible head, and approved
 * (审定) by a leader: the drafter neither reviews nor approves it (chongqing-2024 公示 第六条; wuhan-2020
 * 公示 第三条; ningxia-2019 公示办法 第十二条 "先审查，后公开").</li>
 * <li>Access to records is approved and registered with requester, copier and approver as separate
 * persons (wuhan-2020 全过程记录 第二十七条第三款, 第二十九条第一款; fushun-2026 全过程记录细则 第二十六条).</li>
 * <li>An objection to published information is checked by the enforcement unit together with the legal
 * office (执法机构应当会同法制机构及时进行核查): two checks, so two persons, whichever comes first after a
 * send-back (chongqing-2024 公示 第十三条第二款).</li>
 * <li>The annual report's data are disclosed information: reviewed before release by someone other than
 * its compiler, approved by a third (chongqing-2024 公示 第六条, 第十四条; tianjin-2019 实施方案 三（一）3（3）:
 * 报送局法规处汇总，经局党组会审议).</li>
 * </ul>
 */
public final class SeparationOfDuties {

    public static final List<Separation> RULES = List.of(
            new Separation(Duty.HANDLE_CASE, Duty.LEGAL_REVIEW, Separation.Scope.CASE,
                    "the legal office reviews, not the person who handled the case (案件承办人不得审核本案)",
                    List.of(Citation.of("chongqing-2024", "法制审核 第九条, 第十一–十三条"),
                            Citation.of("wuhan-2020", "法制审核 第二条, 第八–十条"))),
            new Separation(Duty.HANDLE_CASE, Duty.LEADER_DECISION, Separation.Scope.CASE,
                    "the leaders decide on the unit's proposal; its handler does not decide it (承办人不得决定本案)",
                    List.of(Citation.of("wuhan-2020", "法制审核 第八条, 第十一条第二款"),
                            Citation.of("chongqing-2024", "法制审核 第十五条第二款"))),
            new Separation(Duty.LEGAL_REVIEW, Duty.LEADER_DECISION, Separation.Scope.CASE,
                    "the leaders decide on the legal office's opinion; its reviewer does not decide (审核人不得决定本案)",
                    List.of(Citation.of("wuhan-2020", "法制审核 第四条, 第十一条第二款"),
                            Citation.of("chongqing-2024", "法制审核 第十五条第二款"))),
            new Separation(Duty.DRAFT_DISCLOSURE, Duty.REVIEW_DISCLOSURE, Separation.Scope.PROCESS,
                    "disclosed information is reviewed before release by someone other than its drafter (未经审核不得发布)",
                    List.of(Citation.of("chongqing-2024", "公示 第六条"), Citation.of("ningxia-2019", "公示办法 第十二条"))),
            new Separation(Duty.DRAFT_DISCLOSURE, Duty.APPROVE_DISCLOSURE, Separation.Scope.PROCESS,
                    "a disclosure is approved (审定) by a leader, not by its drafter",
                    List.of(Citation.of("wuhan-2020", "公示 第三条"), Citation.of("chongqing-2024", "公示 第六条"))),
            new Separation(Duty.REQUEST_ACCESS, Duty.APPROVE_ACCESS, Separation.Scope.PROCESS,
                    "an access request is approved by someone other than its requester (调阅人、审批人分别登记)",
                    List.of(Citation.of("wuhan-2020", "全过程记录 第二十七条第三款, 第二十九条第一款"),
                            Citation.of("fushun-2026", "全过程记录细则 第二十六条"))),
            new Separation(Duty.CHECK_OBJECTION, Duty.LEGAL_CHECK_OBJECTION, Separation.Scope.PROCESS,
                    "the legal office checks an objection jointly with the unit: someone other than the unit's checker (会同法制机构核查)",
                    List.of(Citation.of("chongqing-2024", "公示 第十三条第二款"))),
            new Separation(Duty.LEGAL_CHECK_OBJECTION, Duty.CHECK_OBJECTION, Separation.Scope.PROCESS,
                    "a check the legal office sent back is checked again by the unit, not by the legal office's checker (会同法制机构核查)",
                    List.of(Citation.of("chongqing-2024", "公示 第十三条第二款"))),
            new Separation(Duty.COMPILE_ANNUAL_REPORT, Duty.REVIEW_ANNUAL_REPORT, Separation.Scope.PROCESS,
                    "the annual report is reviewed by someone other than its compiler (未经审核不得发布)",
                    List.of(Citation.of("chongqing-2024", "公示 第六条, 第十四条"), Citation.of("tianjin-2019", "实施方案 三（一）3（3）"))),
            new Separation(Duty.COMPILE_ANNUAL_REPORT, Duty.APPROVE_ANNUAL_REPORT, Separation.Scope.PROCESS,
                    "the annual report is approved by someone other than its compiler",
                    List.of(Citation.of("chongqing-2024", "公示 第六条, 第十四条"), Citation.of("tianjin-2019", "实施方案 三（一）3（3）"))),
            new Separation(Duty.REVIEW_ANNUAL_REPORT, Duty.APPROVE_ANNUAL_REPORT, Separation.Scope.PROCESS,
                    "the annual report is approved by someone other than its reviewer (汇总审核后审议)",
                    List.of(Citation.of("tianjin-2019", "实施方案 三（一）3（3）"), Citation.of("chongqing-2024", "公示 第六条"))));

    /** Why an act is refused. */
    public record Conflict(Separation separation, String actor) {
        public String message() {
            return actor + " may not do " + separation.later() + " after " + separation.earlier() + ": " + separation.rule()
                    + " (" + separation.cited() + ")";
        }
    }

    private SeparationOfDuties() {
    }

    /**
     * Checks {@code actor} doing {@code duty}.
     *
     * @param inCase    who did which duty anywhere in the case
     * @param inProcess who did which duty in the process instance the act belongs to
     * @return the first separation the act breaks, or empty
     */
    public static Optional<Conflict> check(Duty duty, String actor, Map<Duty, Set<String>> inCase,
            Map<Duty, Set<String>> inProcess) {
        if (duty == null || actor == null) {
            return Optional.empty();
        }
        for (Separation s : RULES) {
            if (s.later() != duty) {
                continue;
            }
            Map<Duty, Set<String>> done = s.scope() == Separation.Scope.CASE ? inCase : inProcess;
            if (done.getOrDefault(s.earlier(), Set.of()).contains(actor)) {
                return Optional.of(new Conflict(s, actor));
            }
        }
        return Optional.empty();
    }
}

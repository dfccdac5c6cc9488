package org.sanxiang.rules.report;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;
/**
 * What the annual account counts. The list follows what the seeds ask to be made public and
 * reported each year (chongqing-2024 公示 第十四条 行政执法总体情况相关数据; tianjin-2019 实施方案
 * 三（一）3（3） 行政执法统计年报): the cases and their outcome, the legal reviews, the disclosures,
 * the records and their use.
 */
public enum FigureGroup implements Termed {
    CASES_FILED("cases.filed", "立案数", "Cases filed"),
    CASES_BY_ACTION("cases.byAction", "按执法行为分类", "Cases by action category"),
    CASES_BY_PROCEDURE("cases.byProcedure", "按程序分类", "Cases by procedure"),
    DECISIONS("decisions", "作出执法决定数", "Decisions made"),
    FINES_COUNT("fines.count", "罚款决定数", "Decisions with a fine"),
    FINES_YUAN("fines.yuan", "罚款金额（元）", "Fines (yuan)"),
    MAJOR_DECISIONS("major", "重大执法决定数", "Major decisions"),
    REVIEWS("reviews", "法制审核意见数", "Legal-review opinions"),
    REVIEWS_BY_OPINION("reviews.byOpinion", "按审核意见分类", "Opinions by type"),
    REVIEWS_ON_TIME("reviews.onTime", "按期审核", "Reviewed on time"),
    REVIEWS_LATE("reviews.late", "逾期审核", "Reviewed late"),
    DISCLOSURES_PUBLISHED("disclosures.published", "公示信息数", "Disclosures published"),
    DISCLOSURES_ON_TIME("disclosures.onTime", "按期公示", "Published on time"),
    DISCLOSURES_LATE("disclosures.late", "逾期公示", "Published late"),
    DISCLOSURES_CORRECTED("disclosures.corrected", "更正", "Corrected"),
    DISCLOSURES_WITHDRAWN("disclosures.withdrawn", "撤回", "Withdrawn"),
    DISCLOSURES_EXPIRED("disclosures.expired", "公示期满撤下", "Taken down at the end of display"),
    AV_MANDATORY_STAGES("records.avMandatory", "应当音像记录的环节数", "Stages where AV recording was mandatory"),
    AV_COVERED_STAGES("records.avCovered", "已音像记录的环节数", "Of those, stages with an AV record"),
    CASES_ARCHIVED("records.archived", "归档案卷数", "Case files archived"),
    ARCHIVED_ON_TIME("records.archivedOnTime", "按期归档", "Archived on time"),
    ARCHIVED_LATE("records.archivedLate", "逾期归档", "Archived late"),
    ACCESS_APPROVED("access.approved", "调阅批准", "Access requests approved"),
    ACCESS_REFUSED("access.refused", "调阅不予批准", "Access requests refused"),
    LEGAL_HOLDS("holds", "冻结（暂停销毁）", "Legal holds placed");

    private final Term term;

    FigureGroup(String code, String zhCN, String en) {
        this.term = new Term(code, zhCN, en);
    }

    @Override
    public Term term() {
        return term;
    }

    /** Whether this group is broken down by a code (action category, procedure, opinion type). */
    public boolean isBreakdown() {
        return this == CASES_BY_ACTION || this == CASES_BY_PROCEDURE || this == REVIEWS_BY_OPINION;
    }

    /** Whether the text is the code of a figure: a total's code, or a breakdown's code followed by an item. */
    public static boolean isFigureCode(String text) {
        for (FigureGroup g : values()) {
            if (g.isBreakdown() ? text.startsWith(g.code() + ".") && text.length() > g.code().length() + 1
                    && text.substring(g.code().length() + 1).matches("[A-Za-z][A-Za-z0-9]*") : text.equals(g.code())) {
                return true;
            }
        }
        return false;
    }

}

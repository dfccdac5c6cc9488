package org.sanxiang.rules.facts;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;
/**
 * The licences the seeds name by type: ningxia-2019 附件6 行政许可 (five approvals), 附件3 第十九条 (the
 * window licences), tianjin-2019 实施方案 附件 行政许可 (two licences).
 */
public enum LicenceType implements Termed {
    TECHNICAL_SCHOOL("technical-school", "设立技工学校审批", "Establishing a technical school"),
    VOCATIONAL_TRAINING("vocational-training", "职业技能培训机构及中外合作职业技能培训机构（培训项目）审批",
            "Vocational training institution (including Sino-foreign), or its training programme"),
    JOB_INTERMEDIARY("job-intermediary", "经营性人力资源服务机构从事职业中介活动许可",
            "Job intermediary activity of a commercial HR service agency"),
    LABOUR_DISPATCH("labour-dispatch", "劳务派遣经营许可", "Labour dispatch"),
    WORKING_HOURS("working-hours", "企业实行不定时工作制和综合计算工时工作制等其他工作和休息办法审批",
            "Flexible or aggregated working-hours schemes"),
    HR_SERVICE("hr-service", "人力资源服务许可", "Human-resources services");

    private final Term term;

    LicenceType(String code, String zhCN, String en) {
        this.term = new Term(code, zhCN, en);
    }

    @Override
    public Term term() {
        return term;
    }

    public static LicenceType fromCode(String code) {
        return Termed.fromCode(values(), code, "licenceType");
    }
}

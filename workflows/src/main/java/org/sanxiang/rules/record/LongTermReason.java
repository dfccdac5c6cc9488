package org.sanxiang.rules.record;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;

/** Why a record must be kept long-term (Fushun 细则 第二十三条). */
public enum LongTermReason implements Termed {
    /** （一）当事人对现场执法、办案有异议或者投诉、上访. */
    PARTY_OBJECTION("party-objection", "当事人对现场执法、办案有异议或者投诉、上访",
            "The party objects to the on-site enforcement or the case, or complains or petitions"),
    /** （二）逃避、拒绝、阻碍执行公务，或者谩骂、侮辱、殴打执法人员. */
    OBSTRUCTION("obstruction", "当事人逃避、拒绝、阻碍执行公务，或者谩骂、侮辱、殴打执法人员",
            "The party evades, refuses or obstructs official duties, or abuses, insults or assaults officers"),
    /** （三）参与处置群体性事件、突发事件. */
    MASS_INCIDENT("mass-incident", "执法人员参与处置群体性事件、突发事件",
            "Officers took part in handling a mass or emergency incident"),
    /** （四）其他需要长期保存的重要情况. */
    OTHER_IMPORTANT("other-important", "其他需要长期保存的重要情况",
            "Other important circumstances requiring long-term retention");

    private final Term term;

    LongTermReason(String code, String zhCN, String en) {
        this.term = new Term(code, zhCN, en);
    }

    @Override
    public Term term() {
        return term;
    }

    public static LongTermReason fromCode(String code) {
        return Termed.fromCode(values(), code, "longTermReason");
    }
}

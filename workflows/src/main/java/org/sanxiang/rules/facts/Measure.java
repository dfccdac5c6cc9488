package org.sanxiang.rules.facts;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;

/**
 * Measures a decision may impose, as the seeds name them. A measure is what the decision does, so
 * it classifies the decision whatever action category the case was filed under (chongqing-2024
 * 法制审核 第六条（一）、第七条（一）, wuhan-2020 法制审核 第五条（二）、第六条（一）).
 */
public enum Measure implements Termed {
    REVOKE_LICENCE("revoke-licence", "吊销许可证", "Revoke a licence (as a penalty)"),
    SUSPEND_LICENCE("suspend-licence", "暂扣许可证", "Suspend a licence"),
    /** The code integrators have sent since the first release: it means 撤销 or 撤回, undistinguished. */
    WITHDRAW_LICENCE("withdraw-licence", "撤销或撤回行政许可", "Annul or withdraw a licence (not distinguished)"),
    ANNUL_LICENCE("annul-licence", "撤销行政许可", "Annul a licence (撤销)"),
    RECALL_LICENCE("recall-licence", "撤回行政许可", "Withdraw a licence (撤回)"),
    TERMINATE_LICENCE("terminate-licence", "终止行政许可主体资格", "Terminate a licensee's standing (终止)"),
    STOP_PRODUCTION("stop-production", "责令停产停业", "Order to stop production or business"),
    SEAL("seal", "查封场所、设施或者财物", "Seal premises, facilities or property"),
    SEIZE("seize", "扣押财物", "Seize property"),
    SEAL_UP_RECORDS("seal-up-records", "封存相关资料", "Seal up records and materials"),
    CONFISCATE("confiscate", "没收（罚没财物）", "Confiscate property"),
    LATE_PAYMENT_SURCHARGE("late-payment-surcharge", "加收滞纳金", "Late-payment surcharge"),
    TRANSFER_FUNDS("transfer-funds", "划拨社会保险费", "Transfer of social-insurance contributions from an account");

    private final Term term;

    Measure(String code, String zhCN, String en) {
        this.term = new Term(code, zhCN, en);
    }

    @Override
    public Term term() {
        return term;
    }

    public static Measure fromCode(String code) {
        return Termed.fromCode(values(), code, "measures");
    }

    static String codes() {
        return Arrays.stream(values()).map(Measure::code).collect(Collectors.joining("|"));
    }
}

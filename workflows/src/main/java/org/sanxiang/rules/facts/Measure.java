package org.sanxiang.rules.facts;

/** Measures a decision may impose, as far as the rules distinguish them. */
public enum Measure {
    REVOKE_LICENCE("revoke-licence"),   // 吊销许可证
    SUSPEND_LICENCE("suspend-licence"), // 暂扣许可证
    WITHDRAW_LICENCE("withdraw-licence"), // 撤销许可
    STOP_PRODUCTION("stop-production"), // 责令停产停业
    SEAL("seal"),                       // 查封
    SEIZE("seize");                     // 扣押

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Measure fromCode(String code) {
        return Codes.fromCode(values(), code, Measure::code, "measures");
    }
}

package org.sanxiang.rules.disclosure;

import java.util.function.Predicate;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;
import org.sanxiang.rules.facts.CaseFacts;

/**
 * Why a decision's information is not disclosed (or disclosed only after treatment). The codes are
 * the {@code evaluate} command's; which of them a profile knows, and with which effect, is data.
 */
public enum ExclusionReason implements Termed {
    MINOR("minor", "行政相对人是未成年人", "The party is a minor",
            f -> f.party() != null && f.party().minor()),
    STATE_SECRET("state-secret", "涉及国家秘密", "Involves state secrets", f -> f.secrets().state()),
    COMMERCIAL_SECRET("commercial-secret", "涉及商业秘密", "Involves commercial secrets",
            f -> f.secrets().commercial()),
    PRIVACY("privacy", "涉及个人隐私", "Involves personal privacy", f -> f.secrets().privacy()),
    SECURITY("security", "公示后可能危及国家安全、公共安全、经济安全或者社会稳定",
            "Disclosure may endanger national, public or economic security or social stability",
            CaseFacts::securityRisk),
    INVESTIGATION("investigation", "公示后可能影响案件调查处理", "Disclosure may affect the investigation of a case",
            CaseFacts::affectsInvestigation),
    CRIMINAL_REFERRAL("criminal-referral", "涉嫌犯罪需移送公安机关或者公安机关正在调查处理",
            "Suspected crime transferred to, or under investigation by, the police", CaseFacts::criminalReferral);

    private final Term term;
    private final Predicate<CaseFacts> applies;

    ExclusionReason(String code, String zhCN, String en, Predicate<CaseFacts> applies) {
        this.term = new Term(code, zhCN, en);
        this.applies = applies;
    }

    @Override
    public Term term() {
        return term;
    }

    /** True when the case's facts show this reason. */
    public boolean appliesTo(CaseFacts facts) {
        return applies.test(facts);
    }

    public static ExclusionReason fromCode(String code) {
        return Termed.fromCode(values(), code, "reason");
    }
}

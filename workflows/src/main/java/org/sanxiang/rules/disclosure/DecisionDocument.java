package org.sanxiang.rules.disclosure;

import java.time.LocalDate;
import java.util.Objects;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.PartyKind;

/**
 * The facts of a decision document (执法决定书) a disclosure summary is built from. Absent values are
 * null; which ones are required depends on the profile and the action category.
 *
 * @param partyName           the party's name: an organisation's name or an individual's full name
 * @param uscc                an organisation's unified social credit code (统一社会信用代码)
 * @param legalRepresentative an organisation's legal representative (法定代表人) or owner (业主)
 * @param matterName          the enforcement matter (行政执法事项名称 / 项目名称)
 * @param caseName            the case's name (案件名称)
 * @param decisionKind        the kind of penalty or approval (处罚类别 / 审批类别), e.g. 罚款
 * @param facts               the main facts (主要事实 / 案情摘要 / 处罚事由)
 * @param legalBasis          the legal basis (执法依据)
 * @param decisionContent     what was decided: the penalty, the result, the licence content
 * @param organ               the enforcement organ (执法机关)
 * @param seizedItems         the list of what was sealed or seized (查封清单)
 * @param effectivePeriod     a licence's effective period (许可生效期)
 */
public record DecisionDocument(
        PartyKind partyKind,
        String partyName,
        String uscc,
        String legalRepresentative,
        ActionCategory action,
        String decisionNumber,
        String matterName,
        String caseName,
        String decisionKind,
        String facts,
        String legalBasis,
        String decisionContent,
        String organ,
        LocalDate decided,
        String seizedItems,
        String effectivePeriod) {

    public DecisionDocument {
        Objects.requireNonNull(partyKind, "partyKind");
        Objects.requireNonNull(action, "action");
    }

    public boolean isOrganisation() {
        return partyKind == PartyKind.ORGANISATION;
    }

    public static Builder builder(PartyKind partyKind, ActionCategory action) {
        return new Builder(partyKind, action);
    }

    /** Builds a document step by step. */
    public static final class Builder {
        private final PartyKind partyKind;
        private final ActionCategory action;
        private String partyName;
        private String uscc;
        private String legalRepresentative;
        private String decisionNumber;
        private String matterName;
        private String caseName;
        private String decisionKind;
        private String facts;
        private String legalBasis;
        private String decisionContent;
        private String organ;
        private LocalDate decided;
        private String seizedItems;
        private String effectivePeriod;

        private Builder(PartyKind partyKind, ActionCategory action) {
            this.partyKind = partyKind;
            this.action = action;
        }

        public Builder partyName(String value) { this.partyName = value; return this; }
        public Builder uscc(String value) { this.uscc = value; return this; }
        public Builder legalRepresentative(String value) { this.legalRepresentative = value; return this; }
        public Builder decisionNumber(String value) { this.decisionNumber = value; return this; }
        public Builder matterName(String value) { this.matterName = value; return this; }
        public Builder caseName(String value) { this.caseName = value; return this; }
        public Builder decisionKind(String value) { this.decisionKind = value; return this; }
        public Builder facts(String value) { this.facts = value; return this; }
        public Builder legalBasis(String value) { this.legalBasis = value; return this; }
        public Builder decisionContent(String value) { this.decisionContent = value; return this; }
        public Builder organ(String value) { this.organ = value; return this; }
        public Builder decided(LocalDate value) { this.decided = value; return this; }
        public Builder seizedItems(String value) { this.seizedItems = value; return this; }
        public Builder effectivePeriod(String value) { this.effectivePeriod = value; return this; }

        public DecisionDocument build() {
            return new DecisionDocument(partyKind, partyName, uscc, legalRepresentative, action, decisionNumber,
                    matterName, caseName, decisionKind, facts, legalBasis, decisionContent, organ, decided,
                    seizedItems, effectivePeriod);
        }
    }
}

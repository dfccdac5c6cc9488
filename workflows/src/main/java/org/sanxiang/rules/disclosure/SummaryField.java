package org.sanxiang.rules.disclosure;

import java.util.function.Function;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;

/** The fields a disclosure summary (摘要) may carry; which ones a profile requires is data. */
public enum SummaryField implements Termed {
    DECISION_NUMBER("decision-number", "decisionNumber", "决定书文号", "Decision number", DecisionDocument::decisionNumber),
    PARTY_NAME("party-name", "partyName", "行政相对人名称（姓名）", "Party", DecisionDocument::partyName),
    PARTY_CODE("party-code", "uscc", "行政相对人代码（统一社会信用代码）", "Unified social credit code", DecisionDocument::uscc),
    LEGAL_REPRESENTATIVE("legal-representative", "legalRepresentative", "法定代表人（业主）姓名", "Legal representative",
            DecisionDocument::legalRepresentative),
    MATTER_NAME("matter-name", "matterName", "行政执法事项名称", "Enforcement matter", DecisionDocument::matterName),
    CASE_NAME("case-name", "caseName", "案件名称", "Case", DecisionDocument::caseName),
    ACTION_CATEGORY("action-category", "action", "执法类别", "Category of action", d -> ActionLabels.zh(d.action())),
    DECISION_KIND("decision-kind", "decisionKind", "处罚（审批）类别", "Kind of penalty or approval", DecisionDocument::decisionKind),
    FACTS("facts", "facts", "主要事实（案情摘要）", "Main facts", DecisionDocument::facts),
    LEGAL_BASIS("legal-basis", "legalBasis", "执法依据", "Legal basis", DecisionDocument::legalBasis),
    DECISION_CONTENT("decision-content", "decisionContent", "执法决定（结果）", "Decision", DecisionDocument::decisionContent),
    ORGAN("organ", "organ", "行政执法机关", "Enforcement organ", DecisionDocument::organ),
    DATE("date", "decided", "决定日期", "Date of decision", d -> d.decided() == null ? null : d.decided().toString()),
    SEIZED_ITEMS("seized-items", "seizedItems", "查封清单", "Items sealed or seized", DecisionDocument::seizedItems),
    EFFECTIVE_PERIOD("effective-period", "effectivePeriod", "许可生效期", "Effective period", DecisionDocument::effectivePeriod);

    private final Term term;
    private final String property;
    private final Function<DecisionDocument, String> value;

    SummaryField(String code, String property, String zhCN, String en, Function<DecisionDocument, String> value) {
        this.term = new Term(code, zhCN, en);
        this.property = property;
        this.value = value;
    }

    @Override
    public Term term() {
        return term;
    }

    /** The {@link DecisionDocument} component the value comes from. */
    public String property() {
        return property;
    }

    /** The raw value from the document, blank treated as absent. */
    String valueOf(DecisionDocument document) {
        String raw = value.apply(document);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    public static SummaryField fromCode(String code) {
        return Termed.fromCode(values(), code, "summaryField");
    }
}

package org.sanxiang.workflow.document;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.rules.disclosure.DecisionSummary;

/**
 * 行政执法结果公示, the published summary of an enforcement decision.
 *
 * <p>chongqing-2024 公示 第十一条第二款: a summary publishes 决定书文号, 行政相对人名称, 行政执法事项名称,
 * 主要事实, 执法依据, 执法决定或检查结果, 行政执法机关名称和日期; wuhan-2020 公示 第九条第二款: 执法主体,
 * 执法类别, 执法对象 (an individual's real name hidden), 执法决定, 决定书文号, 决定日期, and a published
 * decision text hides the parties' identity and property information. Which fields a profile
 * requires is the rules' ({@code org.sanxiang.rules.disclosure.SummaryBuilder}); this form prints
 * the fields it is given, which must already be redacted: it publishes nothing it was not given.
 */
public final class DisclosureSummaryForm {

    public static final String TITLE = "行政执法结果公示";

    /** One published field, already redacted. */
    public record Field(String label, String value) {
    }

    private DisclosureSummaryForm() {
    }

    /** The summary as the rules built and the redactor cleaned it; {@code redactedFullText} may be null. */
    public static OfficialDocument of(DecisionSummary summary, String redactedFullText) {
        List<Field> fields = new ArrayList<>();
        summary.entries().forEach(e -> fields.add(new Field(e.label("zh_CN"), e.value())));
        return build(fields, redactedFullText, summary.citations().isEmpty() ? summary.profile()
                : summary.citations().get(0).toString());
    }

    public static OfficialDocument build(List<Field> fields, String redactedFullText, String basis) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a disclosure summary needs its fields");
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Field f : fields) {
            rows.add(List.of(Cell.label(f.label()), Cell.value(FormText.orBlank(f.value()))));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.FieldTable(List.of(3, 9), rows));
        if (redactedFullText != null && !redactedFullText.isBlank()) {
            blocks.add(new Block.Paragraph("决定书（已隐去个人信息）"));
            for (String paragraph : redactedFullText.strip().split("\\n\\s*")) {
                blocks.add(new Block.Paragraph(paragraph));
            }
        }
        return new OfficialDocument(TITLE, null, blocks, basis);
    }
}

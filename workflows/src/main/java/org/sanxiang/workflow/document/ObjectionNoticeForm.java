package org.sanxiang.workflow.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 异议处理结果告知书: the result of an objection to published enforcement information, told to the
 * objector.
 *
 * <p>chongqing-2024 公示 第十三条第二款: the result is told to the party or other citizen or organisation
 * who objected; wuhan-2020 公示 第十二条: fed back, a refused correction explained; ningxia-2019 附件1
 * 第十四条, 第十六条: the result is told, with the remedies. The seeds print no form; this one states
 * the objection, the outcome and its basis, then the organ and date.
 */
public final class ObjectionNoticeForm {

    public static final String TITLE = "异议处理结果告知书";

    /**
     * @param number     the notice's number, or null
     * @param objector   异议人
     * @param caseNumber the case whose published information was objected to
     * @param record     the published record (its name)
     * @param received   when the objection was received
     * @param grounds    异议理由
     * @param outcome    the outcome in words (维持 / 更正 / 撤下)
     * @param finding    the check's finding
     * @param basis      the basis of the outcome
     * @param organ      the organ that tells the result
     * @param date       the notice's date
     * @param citation   the article applied
     * @param remedies   the remedies told (ningxia-2019 附件1 第十六条), or null where the profile asks none
     */
    public record Input(String number, String objector, String caseNumber, String record, LocalDate received,
            String grounds, String outcome, String finding, String basis, String organ, LocalDate date, String citation,
            String remedies) {
    }

    private ObjectionNoticeForm() {
    }

    public static OfficialDocument build(Input in) {
        List<List<Cell>> rows = List.of(
                List.of(Cell.label("异议人"), Cell.value(FormText.required(in.objector(), "异议人")),
                        Cell.label("收到日期"), Cell.value(FormText.date(in.received()))),
                List.of(Cell.label("案号"), Cell.value(FormText.orBlank(in.caseNumber())),
                        Cell.label("公示信息"), Cell.value(FormText.orBlank(in.record()))),
                List.of(Cell.label("异议理由"), Cell.value(FormText.required(in.grounds(), "异议理由")).span(3).lines(3)),
                List.of(Cell.label("核查情况"), Cell.value(FormText.orBlank(in.finding())).span(3).lines(3)),
                List.of(Cell.label("处理结果"), Cell.value(FormText.required(in.outcome(), "处理结果")).span(3).lines(1)),
                List.of(Cell.label("处理依据"), Cell.value(FormText.orBlank(in.basis())).span(3).lines(3)
                        .signedBy(Signature.signed(in.organ(), in.date()))));
        List<Block> blocks = new java.util.ArrayList<>(List.of(new Block.FieldTable(List.of(2, 4, 2, 4), rows),
                new Block.Paragraph("依据：" + FormText.required(in.citation(), "依据"))));
        if (in.remedies() != null) {
            blocks.add(new Block.Paragraph(in.remedies()));
        }
        return new OfficialDocument(TITLE, in.number() == null ? null : "编号：" + in.number(), blocks, in.citation());
    }
}

package org.sanxiang.workflow.document;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 重大行政执法决定案卷移交清单, filled in when the enforcement unit hands the case file to the legal
 * office and again when the office returns it.
 *
 * <p>chongqing-2024 法制审核 第十条 (the list is filled in and signed by the one who hands over and the
 * one who receives) and 附件2, whose table this lays out row for row: 序号; 案卷名称; the columns
 * 审核前 | 审核后; 移交人, 接收人, 移交时间, 移交地点 in each; 案卷材料. The signatures go in the 移交人
 * and 接收人 cells, so the names printed there are signed over by hand.
 */
public final class TransferListForm {

    public static final String TITLE = "重大行政执法决定案卷移交清单";

    /** One hand-over: before review (unit to office) or after it (office back to unit). */
    public record Handover(String from, String to, LocalDateTime at, String place) {

        public static final Handover PENDING = new Handover(null, null, null, null);
    }

    /**
     * @param serial       序号, the legal office's registration number of the file
     * @param caseFileName 案卷名称
     * @param beforeReview the hand-over to the legal office
     * @param afterReview  the return after review, {@link Handover#PENDING} until it happens
     * @param materials    案卷材料, in the order listed
     */
    public record Input(String serial, String caseFileName, Handover beforeReview, Handover afterReview,
            List<String> materials) {

        public Input {
            materials = List.copyOf(materials);
            afterReview = afterReview == null ? Handover.PENDING : afterReview;
        }
    }

    private TransferListForm() {
    }

    public static OfficialDocument build(Input in) {
        Handover before = in.beforeReview();
        Handover after = in.afterReview();
        List<List<Cell>> rows = List.of(
                List.of(Cell.label("序号"), Cell.value(FormText.orBlank(in.serial())).span(2)),
                List.of(Cell.label("案卷名称"), Cell.value(FormText.required(in.caseFileName(), "案卷名称")).span(2)),
                List.of(Cell.label(""), Cell.label("审核前"), Cell.label("审核后")),
                List.of(Cell.label("移交人"), Cell.value(FormText.orBlank(before.from())).lines(2),
                        Cell.value(FormText.orBlank(after.from())).lines(2)),
                List.of(Cell.label("接收人"), Cell.value(FormText.orBlank(before.to())).lines(2),
                        Cell.value(FormText.orBlank(after.to())).lines(2)),
                List.of(Cell.label("移交时间"), Cell.value(FormText.dateTime(before.at())),
                        Cell.value(FormText.dateTime(after.at()))),
                List.of(Cell.label("移交地点"), Cell.value(FormText.orBlank(before.place())),
                        Cell.value(FormText.orBlank(after.place()))),
                List.of(Cell.label("案卷材料"), Cell.value(FormText.numbered(in.materials())).span(2).lines(8)));
        return new OfficialDocument(TITLE, null, List.of(new Block.FieldTable(List.of(2, 5, 5), rows)),
                "chongqing-2024 法制审核 第十条, 附件2");
    }
}

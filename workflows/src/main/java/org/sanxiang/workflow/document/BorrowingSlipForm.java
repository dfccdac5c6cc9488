package org.sanxiang.workflow.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 档案借阅单, which a unit of the bureau fills in to use enforcement records internally.
 *
 * <p>fushun-2026 全过程记录 第二十六条: 借阅部门, 借阅人, 借阅事由, 借阅期限 are required before records
 * are consulted, borrowed or copied, and the borrower returns them on time. The seed prints no
 * table; this one keeps the four fields first, then what is lent, the approval and the return.
 */
public final class BorrowingSlipForm {

    public static final String TITLE = "档案借阅单";

    /**
     * @param number      the slip's number (the borrowing register's entry), or null
     * @param caseNumber  the case whose records are lent
     * @param department  借阅部门
     * @param borrower    借阅人
     * @param reason      借阅事由
     * @param from        借阅期限, first day
     * @param until       借阅期限, last day (the return is due)
     * @param records     what is lent
     * @param withheld    what is withheld, with why, or empty
     * @param approver    审批人, or null before approval
     * @param approved    the approval date, or null
     * @param returned    the return date, or null while lent
     */
    public record Input(String number, String caseNumber, String department, String borrower, String reason,
            LocalDate from, LocalDate until, List<String> records, List<String> withheld, String approver,
            LocalDate approved, LocalDate returned) {

        public Input {
            records = List.copyOf(records);
            withheld = withheld == null ? List.of() : List.copyOf(withheld);
        }
    }

    private BorrowingSlipForm() {
    }

    public static OfficialDocument build(Input in) {
        String period = in.from() == null && in.until() == null ? ""
                : FormText.date(in.from()) + " 至 " + FormText.date(in.until());
        List<List<Cell>> rows = new java.util.ArrayList<>(List.of(
                List.of(Cell.label("借阅部门"), Cell.value(FormText.required(in.department(), "借阅部门")),
                        Cell.label("借阅人"), Cell.value(FormText.required(in.borrower(), "借阅人"))),
                List.of(Cell.label("案号"), Cell.value(FormText.orBlank(in.caseNumber())),
                        Cell.label("借阅期限"), Cell.value(period)),
                List.of(Cell.label("借阅事由"), Cell.value(FormText.required(in.reason(), "借阅事由")).span(3).lines(3)),
                List.of(Cell.label("借阅资料"), Cell.value(FormText.numbered(in.records())).span(3).lines(4))));
        if (!in.withheld().isEmpty()) {
            rows.add(List.of(Cell.label("不予提供"), Cell.value(FormText.numbered(in.withheld())).span(3).lines(2)));
        }
        rows.add(List.of(Cell.label("审批意见"), Cell.value(in.approver() == null ? "" : "同意借阅").span(3).lines(2)
                .signedBy(Signature.signed(in.approver(), in.approved()))));
        rows.add(List.of(Cell.label("归还情况"), Cell.value(in.returned() == null ? "" : "已于" + FormText.date(in.returned()) + "归还")
                .span(3).lines(2).signedBy(Signature.signed(null, in.returned()))));
        return new OfficialDocument(TITLE, in.number() == null ? null : "编号：" + in.number(),
                List.of(new Block.FieldTable(List.of(2, 4, 2, 4), rows),
                        new Block.Paragraph("借阅人应妥善保管借阅的资料，不得擅自复制、传播或损毁，按期归还。")),
                "fushun-2026 全过程记录 第二十六条");
    }
}

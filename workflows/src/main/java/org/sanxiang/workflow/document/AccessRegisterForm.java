package org.sanxiang.workflow.document;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 执法记录调阅复制登记, the register entry of one access to a case's records.
 *
 * <p>wuhan-2020 全过程记录 第二十七条第三款: access to and copying of on-site audio and video records
 * is handled by the unit that made them together with the archivist, and registers 调阅人, 复制人,
 * 审批人, 时间, 事由 in detail. Those five fields come first; the case, the records concerned and the
 * requester's organisation and basis follow.
 */
public final class AccessRegisterForm {

    public static final String TITLE = "执法记录调阅复制登记表";

    /**
     * @param entry        the register's entry number
     * @param caseNumber   the case
     * @param requester    调阅人
     * @param copier       复制人, or null when nothing is copied
     * @param approver     审批人
     * @param at           时间 (of the approval and access)
     * @param until        the end of the access period, or null
     * @param reason       事由
     * @param organisation the requester's organisation, or null
     * @param basis        the legal basis of the request (a letter, a court order), or null
     * @param records      the records accessed
     */
    public record Input(String entry, String caseNumber, String requester, String copier, String approver,
            LocalDateTime at, LocalDateTime until, String reason, String organisation, String basis,
            List<String> records) {

        public Input {
            records = List.copyOf(records);
        }
    }

    private AccessRegisterForm() {
    }

    public static OfficialDocument build(Input in) {
        String time = FormText.dateTime(in.at()) + (in.until() == null ? "" : " 至 " + FormText.dateTime(in.until()));
        List<List<Cell>> rows = List.of(
                List.of(Cell.label("调阅人"), Cell.value(FormText.required(in.requester(), "调阅人")),
                        Cell.label("复制人"), Cell.value(in.copier() == null ? "（未复制）" : in.copier())),
                List.of(Cell.label("审批人"), Cell.value(FormText.required(in.approver(), "审批人")),
                        Cell.label("案号"), Cell.value(FormText.orBlank(in.caseNumber()))),
                List.of(Cell.label("时间"), Cell.value(time).span(3)),
                List.of(Cell.label("事由"), Cell.value(FormText.required(in.reason(), "事由")).span(3).lines(2)),
                List.of(Cell.label("调阅单位"), Cell.value(FormText.orBlank(in.organisation())),
                        Cell.label("依据"), Cell.value(FormText.orBlank(in.basis()))),
                List.of(Cell.label("调阅资料"), Cell.value(FormText.numbered(in.records())).span(3).lines(3)));
        return new OfficialDocument(TITLE, in.entry() == null ? null : "登记号：" + in.entry(),
                List.of(new Block.FieldTable(List.of(2, 4, 2, 4), rows),
                        new Block.SignatureLine(List.of(new Signature("档案管理员签名", null, in.at() == null ? null
                                : in.at().toLocalDate())))),
                "wuhan-2020 全过程记录 第二十七条第三款");
    }
}

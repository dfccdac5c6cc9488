package org.sanxiang.workflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OfficialFormsTest {

    private static String flat(String s) {
        return s.replaceAll("\\s", "");
    }

    private static void printsAll(OfficialDocument doc, String... values) {
        String text = flat(doc.toPlainText());
        for (String v : values) {
            assertTrue(text.contains(flat(v)), doc.title() + " lacks '" + v + "' in:\n" + doc.toPlainText());
        }
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件1: the seed's rows, in its order, signed and dated")
    void reviewOpinion() {
        OfficialDocument doc = ReviewOpinionForm.chongqing(new ReviewOpinionForm.Input("渝人社法审〔2026〕3号", "渝人社罚〔2026〕12号",
                "对某公司拖欠工资行为罚款五万元", "李法制", List.of("王审核", "赵审核"), "某公司拖欠12名劳动者工资。", "同意。",
                LocalDate.of(2026, 3, 12), null, null, null));
        printsAll(doc, "重大行政执法决定名称", "对某公司拖欠工资行为罚款五万元", "法制机构负责人", "李法制", "重大执法决定审核人",
                "王审核、赵审核", "案件基本情况", "某公司拖欠12名劳动者工资。", "法制机构审核意见", "同意。", "（签章）", "2026年3月12日",
                "法制机构分管领导意见", "（签名）", "年　　月　　日");
        List<String> labels = ((Block.FieldTable) doc.blocks().get(0)).rows().stream().map(r -> flat(r.get(0).text())).toList();
        assertEquals(List.of("重大行政执法决定名称", "法制机构负责人", "案件基本情况", "法制机构审核意见", "法制机构分管领导意见"), labels);
        assertTrue(doc.basis().contains("附件1"));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件2: 审核前/审核后 × 移交人, 接收人, 移交时间, 移交地点, then 案卷材料")
    void transferList() {
        OfficialDocument doc = TransferListForm.build(new TransferListForm.Input("2026-007", "某公司拖欠工资案",
                new TransferListForm.Handover("陈执法", "李法制", LocalDateTime.of(2026, 3, 2, 9, 30), "法规处"),
                null, List.of("立案审批表", "调查询问笔录")));
        printsAll(doc, "序号", "2026-007", "案卷名称", "某公司拖欠工资案", "审核前", "审核后", "移交人", "陈执法", "接收人", "李法制",
                "移交时间", "2026年3月2日 09:30", "移交地点", "法规处", "案卷材料", "1. 立案审批表", "2. 调查询问笔录");
        List<String> labels = ((Block.FieldTable) doc.blocks().get(0)).rows().stream().map(r -> r.get(0).text()).toList();
        assertEquals(List.of("序号", "案卷名称", "", "移交人", "接收人", "移交时间", "移交地点", "案卷材料"), labels);
    }

    @Test
    @DisplayName("fushun-2026 第二十六条: 借阅部门, 借阅人, 借阅事由, 借阅期限 are required")
    void borrowingSlip() {
        OfficialDocument doc = BorrowingSlipForm.build(new BorrowingSlipForm.Input("JY-1", "抚人社罚〔2026〕5号", "劳动保障监察支队",
                "孙借阅", "复查案件", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8), List.of("询问笔录"), null,
                "周档案", LocalDate.of(2026, 4, 1), null));
        printsAll(doc, "借阅部门", "劳动保障监察支队", "借阅人", "孙借阅", "借阅事由", "复查案件", "借阅期限", "2026年4月1日至2026年4月8日");
        assertThrows(IllegalArgumentException.class, () -> BorrowingSlipForm.build(new BorrowingSlipForm.Input(null, null,
                "支队", "孙借阅", " ", null, null, List.of(), null, null, null, null)));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条: 调阅人, 复制人, 审批人, 时间, 事由")
    void accessRegister() {
        OfficialDocument doc = AccessRegisterForm.build(new AccessRegisterForm.Input("7", "武人社罚〔2026〕8号", "钱律师", null,
                "周档案", LocalDateTime.of(2026, 5, 6, 10, 0), null, "代理行政诉讼", "某律师事务所", "律师调查令（2026）鄂01调1号",
                List.of("现场执法视频")));
        printsAll(doc, "调阅人", "钱律师", "复制人", "（未复制）", "审批人", "周档案", "时间", "2026年5月6日 10:00", "事由", "代理行政诉讼");
    }

    @Test
    @DisplayName("the seal manifest lists every link's digests and the head")
    void sealManifest() {
        String d = "a".repeat(64);
        OfficialDocument doc = SealManifestForm.build(new SealManifestForm.Input("渝人社罚〔2026〕12号", "case-1", "周档案",
                LocalDateTime.of(2026, 6, 1, 8, 0), "SHA-256 (SXCHAIN1)",
                List.of(new SealManifestForm.Link(1, "询问笔录.pdf", "rec-1", "b".repeat(64), 1024, d))));
        printsAll(doc, "rec-1", "b".repeat(64), "1024 字节", d, "链头：第1号链接");
    }

    @Test
    @DisplayName("a table row must fill the grid")
    void gridChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Block.FieldTable(List.of(1, 1), List.of(List.of(Cell.label("x")))));
    }
}

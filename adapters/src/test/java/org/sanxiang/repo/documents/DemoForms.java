package org.sanxiang.repo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.repo.report.AnnualCharts;
import org.sanxiang.repo.report.AnnualReportDocument;
import org.sanxiang.repo.report.FigureLabels;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.CaseRow;
import org.sanxiang.rules.report.OpinionRow;
import org.sanxiang.workflow.document.AccessRegisterForm;
import org.sanxiang.workflow.document.BorrowingSlipForm;
import org.sanxiang.workflow.document.DisclosureSummaryForm;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.ReviewOpinionForm;
import org.sanxiang.workflow.document.SealManifestForm;
import org.sanxiang.workflow.document.TransferListForm;

/**
 * Each form with realistic demo values, and the values a reader must find in it: the tests render
 * these (the node repository's test too), the pictures in docs/documents/ show them.
 */
public final class DemoForms {

    /** A form, its file base name, and the texts (labels and values) it must print. */
    public record Demo(String name, OfficialDocument document, List<String> mustPrint) {
    }

    private DemoForms() {
    }

    public static Map<String, Demo> all() {
        Map<String, Demo> demos = new LinkedHashMap<>();
        String summary = "经查，重庆某建筑劳务有限公司于2025年10月至2026年1月拖欠在渝中区某项目施工的37名劳动者工资共计"
                + "486,200元，经责令限期支付后逾期仍未支付。上述事实有劳动保障监察询问笔录、工资支付台账、劳动者投诉登记表等证据证实。"
                + "当事人在告知期限内申请听证，听证会于2026年2月26日举行。";
        add(demos, new Demo("review-opinion", ReviewOpinionForm.chongqing(new ReviewOpinionForm.Input("渝人社法审〔2026〕3号",
                "渝人社监罚〔2026〕12号", "对重庆某建筑劳务有限公司拖欠劳动者工资行为处以罚款人民币五万元的决定", "李明华",
                List.of("王晓燕", "赵志强"), summary,
                "经审核，执法主体适格，事实清楚，证据确凿充分，程序合法，适用法律正确，裁量适当。同意执法机构拟作出的处罚决定。",
                LocalDate.of(2026, 3, 12), "同意法制机构审核意见。", "刘建国", LocalDate.of(2026, 3, 13))),
                List.of("重大行政执法决定审核意见书", "重大行政执法决定名称", "对重庆某建筑劳务有限公司拖欠劳动者工资行为处以罚款人民币五万元的决定",
                        "法制机构负责人", "李明华", "重大执法决定审核人", "王晓燕、赵志强", "案件基本情况", summary, "法制机构审核意见",
                        "同意执法机构拟作出的处罚决定。", "（签章）", "2026年3月12日", "法制机构分管领导意见", "同意法制机构审核意见。",
                        "（签名）刘建国", "2026年3月13日")));
        List<String> materials = List.of("立案审批表", "劳动保障监察询问笔录（3份）", "工资支付台账复印件", "劳动者投诉登记表",
                "责令改正决定书及送达回证", "行政处罚事先告知书及送达回证", "听证通知书、听证笔录及听证报告", "拟作出的行政处罚决定书");
        add(demos, new Demo("transfer-list", TransferListForm.build(new TransferListForm.Input("法审登〔2026〕第007号",
                "重庆某建筑劳务有限公司拖欠劳动者工资案",
                new TransferListForm.Handover("陈志远", "李明华", LocalDateTime.of(2026, 3, 2, 9, 30), "市人力社保局法规处（渝中区）"),
                new TransferListForm.Handover("李明华", "陈志远", LocalDateTime.of(2026, 3, 12, 16, 0), "市劳动保障监察总队"),
                materials)),
                List.of("重大行政执法决定案卷移交清单", "序号", "法审登〔2026〕第007号", "案卷名称", "重庆某建筑劳务有限公司拖欠劳动者工资案",
                        "审核前", "审核后", "移交人", "陈志远", "接收人", "李明华", "移交时间", "2026年3月2日 09:30", "2026年3月12日 16:00",
                        "移交地点", "市人力社保局法规处（渝中区）", "市劳动保障监察总队", "案卷材料", "1. 立案审批表",
                        "8. 拟作出的行政处罚决定书")));
        add(demos, new Demo("borrowing-slip", BorrowingSlipForm.build(new BorrowingSlipForm.Input("JY-2026-015",
                "抚人社监罚〔2026〕5号", "劳动保障监察支队", "孙丽娟", "办理行政复议答复，需查阅原案卷询问笔录及现场检查音像记录",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), List.of("询问笔录（2026年1月8日）", "现场检查笔录", "现场执法音像记录（光盘1张）"),
                List.of("举报人身份信息（依法不予提供）"), "周海涛", LocalDate.of(2026, 4, 1), null)),
                List.of("档案借阅单", "借阅部门", "劳动保障监察支队", "借阅人", "孙丽娟", "借阅事由", "办理行政复议答复", "借阅期限",
                        "2026年4月1日 至 2026年4月10日", "现场执法音像记录（光盘1张）", "（签名）周海涛")));
        add(demos, new Demo("access-register", AccessRegisterForm.build(new AccessRegisterForm.Input("DY-2026-0042",
                "武人社监罚〔2026〕8号", "钱文博", "吴小川", "周海涛", LocalDateTime.of(2026, 5, 6, 10, 0),
                LocalDateTime.of(2026, 5, 13, 17, 30), "代理当事人行政诉讼，依律师调查令调阅并复制现场执法视音频资料", "湖北某律师事务所",
                "律师调查令（2026）鄂0102调字第15号", List.of("现场检查视音频记录（2026年1月8日，执法记录仪 ZF-031）"))),
                List.of("执法记录调阅复制登记表", "调阅人", "钱文博", "复制人", "吴小川", "审批人", "周海涛", "时间",
                        "2026年5月6日 10:00 至 2026年5月13日 17:30", "事由", "依律师调查令调阅并复制现场执法视音频资料")));
        add(demos, new Demo("disclosure-summary", DisclosureSummaryForm.build(List.of(
                new DisclosureSummaryForm.Field("决定书文号", "渝人社监罚〔2026〕12号"),
                new DisclosureSummaryForm.Field("行政相对人名称", "重庆某建筑劳务有限公司"),
                new DisclosureSummaryForm.Field("行政执法事项名称", "对用人单位克扣或者无故拖欠劳动者工资的行政处罚"),
                new DisclosureSummaryForm.Field("主要事实", "该公司拖欠37名劳动者工资共计486,200元，经责令限期支付后逾期未支付。"),
                new DisclosureSummaryForm.Field("执法依据", "《保障农民工工资支付条例》第五十七条"),
                new DisclosureSummaryForm.Field("执法决定", "罚款人民币五万元"),
                new DisclosureSummaryForm.Field("行政执法机关", "重庆市人力资源和社会保障局"),
                new DisclosureSummaryForm.Field("决定日期", "2026年3月16日")), null, "chongqing-2024 公示 第十一条"),
                List.of("行政执法结果公示", "决定书文号", "渝人社监罚〔2026〕12号", "行政相对人名称", "重庆某建筑劳务有限公司", "行政执法事项名称",
                        "主要事实", "执法依据", "《保障农民工工资支付条例》第五十七条", "执法决定", "罚款人民币五万元", "行政执法机关",
                        "重庆市人力资源和社会保障局", "决定日期", "2026年3月16日")));
        List<SealManifestForm.Link> links = List.of(
                new SealManifestForm.Link(1, "立案审批表.pdf", "rec-3f1c", hex("1"), 48213, hex("a")),
                new SealManifestForm.Link(2, "询问笔录-张某.pdf", "rec-7b20", hex("2"), 120877, hex("b")),
                new SealManifestForm.Link(3, "现场检查视频.mp4", "rec-91d4", hex("3"), 73400320, hex("c")),
                new SealManifestForm.Link(4, "行政处罚决定书.pdf", "rec-c06e", hex("4"), 65502, hex("d")));
        add(demos, new Demo("seal-manifest", SealManifestForm.build(new SealManifestForm.Input("渝人社监罚〔2026〕12号",
                "workspace://SpacesStore/6c1d…", "周海涛", LocalDateTime.of(2026, 6, 1, 9, 0), "SHA-256（SXCHAIN1）", links)),
                List.of("案卷封存清单", "周海涛", "SHA-256（SXCHAIN1）", "询问笔录-张某.pdf", "rec-7b20", hex("2"), "120877 字节", hex("d"),
                        "链头：第4号链接")));
        add(demos, annualReport());
        return demos;
    }

    /** A year's account with two cases and an opinion, its charts drawn in the installed CJK font. */
    static Demo annualReport() {
        org.sanxiang.rules.report.AnnualAccount account = new AnnualAccount(Year.of(2026));
        account.add(new CaseRow("c1", "penalty", "general", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1), new BigDecimal("5000"), true, null, null));
        account.add(new CaseRow("c2", "licence", "summary", LocalDate.of(2026, 3, 2), null,
                null, null, null, null));
        account.add(new OpinionRow("c1", "agree", LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 25)));
        var labels = new FigureLabels("zh_CN");
        var figures = account.figures();
        var charts = new AnnualCharts(labels, TestFonts.installed().awtFont()).charts(figures, 960, 540);
        return new Demo("annual-report", AnnualReportDocument.of(Year.of(2026),
                "重庆市人力资源和社会保障局", figures, labels, charts),
                List.of("重庆市人力资源和社会保障局2026年度行政执法数据统计报告", "统计期间：2026年1月1日至12月31日", "按执法行为分类",
                        "行政处罚", "cases.byAction.penalty", "罚款金额（元）", "5000", "按期与逾期"));
    }

    private static void add(Map<String, Demo> demos, Demo demo) {
        demos.put(demo.name(), demo);
    }

    /** A realistic digest: SHA-256 of the seed, in hex. */
    static String hex(String seed) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.sanxiang.workflow.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 重大行政执法决定审核意见书, the legal office's written opinion on a major decision.
 *
 * <p>chongqing-2024 法制审核 第十四条 (the opinion is written on this form) and 附件1, whose table
 * this lays out row for row: 重大行政执法决定名称; 法制机构负责人 | 重大执法决定审核人; 案件基本情况;
 * 法制机构审核意见 closed by (签章) and the date; 法制机构分管领导意见 closed by (签名) and the date.
 * The other profiles prescribe an opinion without a form (wuhan-2020 法制审核 第十三条: 法制审核意见书,
 * 一式两份; ningxia-2019 and tianjin-2019 name the opinion types): {@link #otherProfile} writes theirs
 * in the same style with their own fields, the items reviewed and the opinion type with its article.
 */
public final class ReviewOpinionForm {

    public static final String TITLE = "重大行政执法决定审核意见书";
    public static final String OTHER_TITLE = "重大行政执法决定法制审核意见书";

    /**
     * What the opinion says.
     *
     * @param number          the opinion's document number, or null
     * @param caseNumber      the case's number
     * @param decisionName    重大行政执法决定名称
     * @param legalOfficeHead 法制机构负责人
     * @param reviewers       重大执法决定审核人
     * @param caseSummary     案件基本情况
     * @param opinion         法制机构审核意见 (the opinion's text)
     * @param opinionDate     the date the legal office signs it
     * @param leaderOpinion   分管领导意见, or null while the leader has not written it
     * @param leader          the leader, or null
     * @param leaderDate      the date the leader signs, or null
     */
    public record Input(String number, String caseNumber, String decisionName, String legalOfficeHead,
            List<String> reviewers, String caseSummary, String opinion, LocalDate opinionDate, String leaderOpinion,
            String leader, LocalDate leaderDate) {

        public Input {
            reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        }
    }

    private ReviewOpinionForm() {
    }

    /** chongqing-2024 法制审核 附件1, as the seed draws it. */
    public static OfficialDocument chongqing(Input in) {
        return new OfficialDocument(TITLE, numberLine(in), List.of(new Block.FieldTable(List.of(3, 4, 3, 4),
                rows(in, null, null))), "chongqing-2024 法制审核 第十四条, 附件1");
    }

    /**
     * Another profile's opinion, in 附件1's style with two more rows: the items the office reviewed
     * (审核内容) and the opinion type as the profile names it (审核意见类型, with its article).
     *
     * @param basis         the profile's article that prescribes the written opinion
     * @param itemsReviewed the review items checked, in the profile's words
     * @param opinionType   the opinion type's label and article, e.g. {@code 同意（wuhan-2020 法制审核 第十条）}
     */
    public static OfficialDocument otherProfile(Input in, String basis, List<String> itemsReviewed, String opinionType) {
        return new OfficialDocument(OTHER_TITLE, numberLine(in), List.of(new Block.FieldTable(List.of(3, 4, 3, 4),
                rows(in, itemsReviewed, opinionType))), basis);
    }

    private static List<List<Cell>> rows(Input in, List<String> itemsReviewed, String opinionType) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label("重大行政执法\n决定名称"),
                Cell.value(FormText.required(in.decisionName(), "决定名称")).span(3)));
        rows.add(List.of(Cell.label("法制机构\n负责人"), Cell.value(FormText.orBlank(in.legalOfficeHead())),
                Cell.label("重大执法决定\n审核人"), Cell.value(String.join("、", in.reviewers()))));
        rows.add(List.of(Cell.label("案件基本情况"),
                Cell.value(FormText.orBlank(in.caseSummary())).span(3).lines(5)));
        if (itemsReviewed != null) {
            rows.add(List.of(Cell.label("审核内容"), Cell.value(FormText.numbered(itemsReviewed)).span(3).lines(3)));
            rows.add(List.of(Cell.label("审核意见类型"), Cell.value(FormText.orBlank(opinionType)).span(3)));
        }
        rows.add(List.of(Cell.label("法制机构\n审核意见"), Cell.value(FormText.required(in.opinion(), "法制机构审核意见"))
                .span(3).lines(6).signedBy(Signature.seal(null, in.opinionDate()))));
        rows.add(List.of(Cell.label("法制机构\n分管领导意见"), Cell.value(FormText.orBlank(in.leaderOpinion()))
                .span(3).lines(4).signedBy(Signature.signed(in.leader(), in.leaderDate()))));
        return rows;
    }

    private static String numberLine(Input in) {
        List<String> parts = new ArrayList<>();
        if (in.number() != null && !in.number().isBlank()) {
            parts.add(in.number().strip());
        }
        if (in.caseNumber() != null && !in.caseNumber().isBlank()) {
            parts.add("案号：" + in.caseNumber().strip());
        }
        return String.join("　　", parts);
    }
}

package org.sanxiang.workflow.document;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 封存清单, the seal manifest of a case: every sealed record with its content digest and length and
 * the digest of its link in the case's hash chain, and the chain's head.
 *
 * <p>chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录
 * 第二十一条 (records must not be altered), as {@code org.sanxiang.workflow.record.CaseSeal} seals
 * them; printed, the manifest lets an archivist check a record against the paper copy.
 */
public final class SealManifestForm {

    public static final String TITLE = "案卷封存清单";

    /** One link of the chain. */
    public record Link(long sequence, String recordName, String recordId, String contentDigest, long contentLength,
            String digest) {
    }

    /**
     * @param caseNumber the case's number
     * @param caseId     the case folder's id
     * @param sealedBy   who sealed it
     * @param sealedAt   when
     * @param algorithm  the digest algorithm (SHA-256) and chain format (SXCHAIN1)
     * @param links      the links in chain order
     */
    public record Input(String caseNumber, String caseId, String sealedBy, LocalDateTime sealedAt, String algorithm,
            List<Link> links) {

        public Input {
            links = List.copyOf(links);
            if (links.isEmpty()) {
                throw new IllegalArgumentException("a seal manifest lists at least one record");
            }
        }
    }

    private SealManifestForm() {
    }

    public static OfficialDocument build(Input in) {
        List<List<Cell>> head = List.of(
                List.of(Cell.label("案号"), Cell.value(FormText.orBlank(in.caseNumber())),
                        Cell.label("案卷标识"), Cell.value(FormText.orBlank(in.caseId()))),
                List.of(Cell.label("封存人"), Cell.value(FormText.orBlank(in.sealedBy())),
                        Cell.label("封存时间"), Cell.value(FormText.dateTime(in.sealedAt()))),
                List.of(Cell.label("摘要算法"), Cell.value(FormText.orBlank(in.algorithm())),
                        Cell.label("记录数"), Cell.value(String.valueOf(in.links().size()))));
        List<List<String>> rows = new ArrayList<>();
        for (Link link : in.links()) {
            rows.add(List.of(String.valueOf(link.sequence()), link.recordName() + "\n" + link.recordId(),
                    link.contentDigest() + "\n" + link.contentLength() + " 字节", link.digest()));
        }
        Link last = in.links().get(in.links().size() - 1);
        return new OfficialDocument(TITLE, null, List.of(
                new Block.FieldTable(List.of(2, 4, 2, 4), head),
                new Block.ListTable(List.of("序号", "记录（名称、标识）", "内容摘要、长度", "链接摘要"), List.of(1, 4, 5, 5), rows),
                new Block.Paragraph("链头：第" + last.sequence() + "号链接，摘要 " + last.digest()),
                new Block.SignatureLine(List.of(Signature.signed(in.sealedBy(), in.sealedAt() == null ? null
                        : in.sealedAt().toLocalDate())))),
                "chongqing-2024 全过程记录 第十四条; wuhan-2020 全过程记录 第二十八条; fushun-2026 全过程记录 第二十一条");
    }
}

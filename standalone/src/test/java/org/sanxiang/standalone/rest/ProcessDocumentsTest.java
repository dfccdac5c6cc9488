package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * The forms the processes write, as the case folder keeps them: cases of chongqing-2024 and wuhan-2020 driven over
 * REST through legal review, disclosure, archiving and an access request ({@link CaseJourney}), and an objection;
 * each form then read back over CMIS as its PDF/A (the node, {@code application/pdf}: valid PDF/A-1b for PDFBox's
 * preflight, every value the process gave it in its text) and its OFD beside it ({@code application/ofd}: the same
 * values in ofdrw's text). With {@code -Dsanxiang.documents.pictures=DIR} the PDFs are also saved there, for the
 * pictures in docs/documents/.
 */
class ProcessDocumentsTest extends SandboxRestTest {

    Session cmis;
    CaseJourney chongqing;
    CaseJourney wuhan;
    String objectionCase;
    String objectionProcess;

    @BeforeAll
    void startProcesses() {
        cmis = CaseJourneyIT.session(BindingType.BROWSER, sandbox.runtime.cmisBrowserUrl());
        chongqing = new CaseJourney(http, "chongqing-2024").run();
        wuhan = new CaseJourney(http, "wuhan-2020").run();
        objection();
    }


    /** A published chongqing-2024 case, an objection to it checked by the unit and the legal office: the notice is written. */
    private void objection() {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        journey.legalReview();
        journey.decide();
        journey.uploadDecisionDocument();
        journey.disclose();
        String recordId = null;
        for (JsonNode r : http.get("/cases/" + Http.q(journey.caseId) + "/timeline").get("records")) {
            if (r.get("type").asText().equals("sx:disclosureRecord")) {
                recordId = r.get("id").asText();
            }
        }
        Answer started = http.post("/processes/sxObjection", Map.of("caseId", journey.caseId, "variables",
                Map.of("sxwf_objectedRecordId", recordId, "sxwf_objectorName", "赵六", "sxwf_objectorKind", "party",
                        "sxwf_objectorContact", "zhaoliu@example.org", "sxwf_objectionGrounds", "公示的罚款金额有误")));
        assertEquals(201, started.status(), started.toString());
        objectionCase = journey.caseId;
        objectionProcess = started.get("id").asText();
        Answer unit = http.post("/tasks/" + task(objectionCase, "checkObjectionUnit") + "/complete", Map.of("user", "officer1",
                "outcome", "correct", "values", Map.of("sxwf_objectionFinding", "公示金额录入错误",
                        "sxwf_objectionBasis", "行政处罚决定书载明罚款五万元")));
        assertEquals(200, unit.status(), unit.toString());
        Answer legal = http.as("lawyer1").post("/tasks/" + task(objectionCase, "checkObjectionLegal") + "/complete",
                Map.of("outcome", "agree", "values", Map.of("sxwf_legalOfficeFinding", "同意更正")));
        assertEquals(200, legal.status(), legal.toString());
    }

    private String task(String caseId, String key) {
        for (JsonNode t : http.get("/tasks?caseId=" + Http.q(caseId)).json()) {
            if (t.get("key").asText().equals(key)) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no open " + key + " on " + caseId);
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条, 附件1: the review opinion is the seed's 审核意见书, as PDF/A and OFD")
    void reviewOpinionChongqing() throws IOException {
        Document opinion = document(chongqing.caseId, "法制审核意见书.pdf");
        assertEquals("D:sx:reviewOpinion", opinion.getType().getId());
        assertEquals("行政处罚决定", opinion.getPropertyValue("sx:reviewedDecisionName"), "the properties stay on the node");
        checkForm(chongqing.caseId, "法制审核意见书", List.of("重大行政执法决定审核意见书", "重大行政执法决定名称", "行政处罚决定",
                "法制机构负责人", "重大执法决定审核人", "lawyer1", "案件基本情况", "拟对当事人罚款五万元", "法制机构审核意见",
                "事实清楚，证据确凿，程序合法，适用依据正确", "（签章）", "法制机构分管领导意见", "（签名）", chongqing.caseNumber));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十三条: the other profiles' opinion adds the items reviewed and the opinion type")
    void reviewOpinionWuhan() throws IOException {
        checkForm(wuhan.caseId, "法制审核意见书", List.of("重大行政执法决定法制审核意见书", "行政处罚决定", "lawyer1", "审核内容",
                "审核意见类型", "wuhan-2020", "事实清楚，证据确凿，程序合法，适用依据正确", wuhan.caseNumber));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十条, 附件2: the transfer list lists every material handed over, who and where")
    void transferList() throws IOException {
        Document list = document(chongqing.caseId, "案卷移交清单.pdf");
        assertEquals("D:sx:transferList", list.getType().getId());
        LegalReviewRules rules = LegalReviewRules.of(ProfileRegistry.shipped().get("chongqing-2024"));
        List<String> expected = new ArrayList<>(List.of("重大行政执法决定案卷移交清单", "案卷名称", chongqing.caseNumber, "拖欠工资案",
                "审核前", "审核后", "移交人", "officer1", "接收人", "移交时间", "移交地点", "案卷材料"));
        List<?> listed = list.getPropertyValue("sx:caseFileMaterials") instanceof List<?> l ? l : List.of();
        assertFalse(listed.isEmpty(), "the materials are a property of the node");
        for (Item item : rules.materials()) {
            if (listed.contains(item.id())) {
                expected.add(item.label().zhCN());
            }
        }
        checkForm(chongqing.caseId, "案卷移交清单", expected);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十一条第二款: the disclosure summary prints every published field as the record holds it")
    void disclosureSummaryChongqing() throws IOException {
        disclosureSummary(chongqing);
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条第二款: the disclosure summary prints the profile's fields, the decision text redacted")
    void disclosureSummaryWuhan() throws IOException {
        disclosureSummary(wuhan);
    }

    private void disclosureSummary(CaseJourney j) throws IOException {
        String base = "公示信息-" + j.caseNumber.replace("罚", "罚决");
        Document record = document(j.caseId, base + ".pdf");
        assertEquals("D:sx:disclosureRecord", record.getType().getId());
        List<String> expected = new ArrayList<>(List.of("行政执法结果公示", j.partyName));
        // every published field the record holds (its category is a code, not a printed field)
        record.getProperties().stream().filter(p -> p.getId().startsWith("sx:disclosed") && !p.getId().equals("sx:disclosedCategory")
                && p.getFirstValue() instanceof String)
                .forEach(p -> expected.add((String) p.getFirstValue()));
        assertTrue(expected.size() > 4, "the record's published fields: " + expected);
        String pdf = checkForm(j.caseId, base, expected);
        assertFalse(pdf.contains("李四"), "the legal representative, an individual, is not printed: " + pdf);
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十四条: the printed seal manifest lists every link of the chain with its digests, and the head")
    void sealManifest() throws IOException {
        Document manifest = document(chongqing.caseId, "封存清单-" + chongqing.caseId + ".txt");
        String text;
        try (InputStream in = manifest.getContentStream().getStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.startsWith("SXCHAIN1 seal manifest"), "the manifest the chain reads stays text: " + text);
        List<String> expected = new ArrayList<>(List.of("案卷封存清单", chongqing.caseNumber, chongqing.caseId, "链头"));
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 5 && f[0].matches("\\d+")) {
                expected.addAll(List.of(f[1], f[2], f[3] + "字节", f[4]));
            }
        }
        assertTrue(expected.size() > 12, "links in the manifest: " + text);
        checkForm(chongqing.caseId, "案卷封存清单-" + chongqing.caseId, expected);
    }

    @Test
    @DisplayName("fushun-2026 全过程记录 第二十六条: the access slip is a 借阅单 (借阅部门, 借阅人, 借阅事由, 借阅期限)")
    void borrowingSlip() throws IOException {
        String base = slip(chongqing.caseId);
        String pdf = checkForm(chongqing.caseId, base, List.of("档案借阅单", "借阅部门", chongqing.partyName, "借阅人", "王五",
                "借阅事由", "行政诉讼举证", "借阅期限", "审批意见", "同意借阅", chongqing.caseNumber, "法制审核意见书.pdf"));
        assertTrue(flat(pdf).matches("(?s).*同意借阅（签名）(leader|archivist|officer)\\d.*"), "signed by the approver: " + pdf);
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条第三款: the access slip is the register entry (调阅人, 复制人, 审批人, 时间, 事由)")
    void accessRegister() throws IOException {
        String base = slip(wuhan.caseId);
        checkForm(wuhan.caseId, base, List.of("执法记录调阅复制登记表", "调阅人", "王五", "复制人", "审批人", "leader1", "时间", "事由",
                "行政诉讼举证", wuhan.partyName, wuhan.caseNumber));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款: the objector is told the result in a 异议处理结果告知书")
    void objectionNotice() throws IOException {
        String base = "异议处理结果告知书-" + objectionProcess;
        assertEquals("D:sx:textRecord", document(objectionCase, base + ".pdf").getType().getId());
        checkForm(objectionCase, base, List.of("异议处理结果告知书", "异议人", "赵六", "异议理由", "公示的罚款金额有误", "核查情况",
                "公示金额录入错误", "同意更正", "处理结果", "处理依据", "行政处罚决定书载明罚款五万元"));
    }

    /** The base name of the case's access slip ({@code 调阅审批单-<entry>}). */
    private String slip(String caseId) {
        return children(caseId).stream().map(Document::getName).filter(n -> n.startsWith("调阅审批单-") && n.endsWith(".pdf"))
                .map(n -> n.substring(0, n.length() - 4)).findFirst()
                .orElseThrow(() -> new AssertionError("no access slip in " + names(caseId)));
    }

    /**
     * The form {@code base} in the case: {@code base.pdf} valid PDF/A-1b whose text has every expected value, and
     * {@code base.ofd} beside it whose text has them too; no {@code base.txt}. Returns the PDF's text.
     */
    private String checkForm(String caseId, String base, List<String> expected) throws IOException {
        assertTrue(children(caseId).stream().noneMatch(d -> d.getName().equals(base + ".txt")), "no text copy: " + names(caseId));
        Document pdf = document(caseId, base + ".pdf");
        assertEquals("application/pdf", pdf.getContentStreamMimeType());
        byte[] pdfBytes = content(pdf);
        Path file = dir.resolve(base + ".pdf");
        Files.write(file, pdfBytes);
        String pictures = System.getProperty("sanxiang.documents.pictures");
        if (pictures != null) {
            Files.createDirectories(Path.of(pictures));
            Files.write(Path.of(pictures, (caseId + "-" + base).replaceAll("[^\\p{L}\\p{N}-]", "_") + ".pdf"), pdfBytes);
        }
        ValidationResult result = PreflightParser.validate(file.toFile());
        assertTrue(result.isValid(), base + ".pdf is not valid PDF/A-1b: " + result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).toList());
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertEquals(List.of(), missing(pdfText, expected), base + ".pdf lacks these values:\n" + pdfText);

        Document ofd = document(caseId, base + ".ofd");
        assertEquals("application/ofd", ofd.getContentStreamMimeType());
        assertEquals("cmis:document", ofd.getType().getId(), "the OFD is a plain document beside the form's node");
        Path ofdFile = dir.resolve(base + ".ofd");
        Files.write(ofdFile, content(ofd));
        String ofdText;
        try (OFDReader reader = new OFDReader(ofdFile)) {
            ofdText = String.join("\n", new ContentExtractor(reader).extractAll());
        }
        assertEquals(List.of(), missing(ofdText, expected), base + ".ofd lacks these values:\n" + ofdText);
        return pdfText;
    }

    private static List<String> missing(String extracted, List<String> expected) {
        String text = flat(extracted);
        return expected.stream().filter(Objects::nonNull).filter(e -> !text.contains(flat(e))).toList();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s", "");
    }

    private Document document(String caseId, String name) {
        return children(caseId).stream().filter(d -> d.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the case: " + names(caseId)));
    }

    private List<Document> children(String caseId) {
        List<Document> docs = new ArrayList<>();
        for (CmisObject child : ((Folder) cmis.getObject(caseId)).getChildren()) {
            if (child instanceof Document d) {
                docs.add(d);
            }
        }
        return docs;
    }

    private List<String> names(String caseId) {
        return children(caseId).stream().map(Document::getName).toList();
    }

    private static byte[] content(Document d) throws IOException {
        try (InputStream in = d.getContentStream().getStream()) {
            return in.readAllBytes();
        }
    }
}

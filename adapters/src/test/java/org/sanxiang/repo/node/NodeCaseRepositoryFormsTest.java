package org.sanxiang.repo.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.documents.DemoForms;
import org.sanxiang.repo.documents.DocumentFontException;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.documents.OfficialDocuments;
import org.sanxiang.repo.guard.RecordGuard;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.repo.intake.InspectionProperties;
import org.sanxiang.repo.intake.UploadIntake;
import org.sanxiang.repo.seal.RecordSealer;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * The forms the processes write, as the node repository (Alfresco's NodeService and ContentService) keeps them:
 * the first format of {@value org.sanxiang.repo.documents.DocumentFormats#SETTING} is the content of the node with the
 * draft's type and properties, each other a {@code cm:content} node beside it, as over CMIS. Each written file is
 * opened as a reader would: the PDF valid PDF/A-1b for PDFBox's preflight with every value of the form in its text,
 * the OFD's text (ofdrw) with them too.
 */
class NodeCaseRepositoryFormsTest {

    static final String FONT = System.getProperty(DocumentFonts.SETTING, "");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    final FakeNodes nodes = new FakeNodes();
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());

    NodeCaseRepository repository(String formats, String font) {
        return new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE), new OfficialDocuments(formats, font, CLOCK));
    }

    static DocumentDraft opinionDraft() {
        DemoForms.Demo demo = DemoForms.all().get("review-opinion");
        return DocumentDraft.form("sx:reviewOpinion", "法制审核意见书.txt",
                Map.of("sx:reviewedDecisionName", "行政处罚决定", "sx:stage", "legalReview", "cm:title", "法制审核意见书"),
                demo.document());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件1 by default: the PDF/A is the sx:reviewOpinion node (properties kept), the OFD beside it, no .txt")
    void pdfFirstThenOfd() throws IOException {
        NodeCaseRepository cases = repository("pdf,ofd", FONT);
        DocumentDraft draft = opinionDraft();
        List<String> mustPrint = DemoForms.all().get("review-opinion").mustPrint();
        String id = cases.write(caseId, draft);

        assertEquals(List.of("法制审核意见书.pdf", "法制审核意见书.ofd"), cases.namesOf(draft));
        assertEquals("法制审核意见书.pdf", nodes.name(id));
        assertEquals("sx:reviewOpinion", nodes.type(id));
        assertEquals("行政处罚决定", nodes.properties(id).get("sx:reviewedDecisionName"), "the structured properties stay on the node");
        assertEquals("application/pdf", nodes.mimetype(id));
        assertNull(nodes.encoding(id), "binary content has no character encoding");
        String pdfText = pdfText(bytes(id), "法制审核意见书.pdf");
        assertEquals(List.of(), missing(pdfText, mustPrint), "the PDF lacks these values:\n" + pdfText);
        assertEquals(flat(pdfText), flat(cases.text(id)), "text() reads the words of the PDF, not its bytes");

        String ofd = named("法制审核意见书.ofd");
        assertEquals("cm:content", nodes.type(ofd), "the other format is a plain document beside the form's node");
        assertEquals("application/ofd", nodes.mimetype(ofd));
        assertEquals("法制审核意见书", nodes.properties(ofd).get("cm:title"));
        String ofdText = ofdText(bytes(ofd));
        assertEquals(List.of(), missing(ofdText, mustPrint), "the OFD lacks these values:\n" + ofdText);
        assertEquals(List.of("法制审核意见书.ofd", "法制审核意见书.pdf"), nodes.children(caseId).stream().map(nodes::name).toList(),
                "the companion first, so the node a retried step finds by its name is there only with it; no .txt");
    }

    @Test
    @DisplayName("sanxiang.documents.formats=ofd: the OFD alone is the form's node; a draft without a form stays text")
    void ofdOnlyAndText() throws IOException {
        NodeCaseRepository cases = repository("ofd", FONT);
        String id = cases.write(caseId, opinionDraft());
        assertEquals("法制审核意见书.ofd", nodes.name(id));
        assertEquals("sx:reviewOpinion", nodes.type(id));
        assertEquals("application/ofd", nodes.mimetype(id));
        assertTrue(flat(ofdText(bytes(id))).contains("重大行政执法决定审核意见书"));
        assertEquals(1, nodes.children(caseId).size());

        String manifest = cases.write(caseId, new DocumentDraft("sx:textRecord", "封存清单-x.txt", Map.of(), "SXCHAIN1 seal manifest"));
        assertEquals("text/plain", nodes.mimetype(manifest));
        assertEquals("SXCHAIN1 seal manifest", cases.text(manifest), "the manifest the chain reads stays text");
    }

    @Test
    @DisplayName("a missing font is an error naming sanxiang.documents.font, and nothing is written")
    void missingFont() {
        NodeCaseRepository cases = repository("pdf,ofd", dir.resolve("no-such-font.ttf").toString());
        DocumentFontException e = assertThrows(DocumentFontException.class, () -> cases.write(caseId, opinionDraft()));
        assertTrue(e.getMessage().contains(DocumentFonts.SETTING), e.getMessage());
        assertEquals(List.of(), nodes.children(caseId), "nothing written");
    }

    @Test
    @DisplayName("a PDF/A form is sealed on add over its bytes (chongqing-2024 全过程记录 第十四条), inspected by Tika, and archiving"
            + " verifies it; a changed byte breaks the chain")
    void sealAndIntake() throws IOException {
        nodes.guardedBy(new RecordGuard(nodes));
        NodeCaseRepository cases = repository("pdf,ofd", FONT);
        String id = cases.write(caseId, opinionDraft());
        RecordSealer sealer = new RecordSealer(nodes, cases, CLOCK, c -> { });
        assertEquals(RecordSealer.Outcome.SEALED, sealer.sealIfReady(id, "lawyer1"));
        assertEquals(RecordSealer.Outcome.NOT_A_RECORD, sealer.sealIfReady(named("法制审核意见书.ofd"), "lawyer1"),
                "the OFD beside it is a copy, not a record of its own");

        try (EvidenceIntake intake = new EvidenceIntake()) {
            Map<String, Object> inspected = new UploadIntake(intake, new InspectionProperties(NodeCaseRepositoryTest.ZONE), CLOCK)
                    .inspect(() -> nodes.content(id));
            assertEquals("application/pdf", inspected.get(SanxiangModel.PROP_DETECTED_MEDIA_TYPE.toPrefixString()), inspected.toString());
            assertFalse(inspected.containsKey(SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON.toPrefixString()), inspected.toString());
        }

        CaseSeal seal = new CaseSeal(cases, cases);
        String manifest = seal.seal(caseId, "archivist", Instant.parse("2026-06-01T02:00:00Z"));
        assertTrue(nodes.text(manifest).startsWith("SXCHAIN1 seal manifest"), nodes.text(manifest));
        assertTrue(nodes.children(caseId).stream().map(nodes::name).anyMatch(n -> n.startsWith("案卷封存清单-") && n.endsWith(".pdf")),
                "the printed manifest is a form too");
        assertTrue(seal.verify(caseId).intact());
        nodes.tamperContent(id, "edited");
        assertFalse(seal.verify(caseId).intact());
    }

    private String named(String name) {
        return nodes.children(caseId).stream().filter(c -> name.equals(nodes.name(c))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + nodes.children(caseId).stream().map(nodes::name).toList()));
    }

    private byte[] bytes(String id) throws IOException {
        try (InputStream in = nodes.content(id)) {
            return in.readAllBytes();
        }
    }

    private String pdfText(byte[] pdf, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, pdf);
        ValidationResult result = PreflightParser.validate(file.toFile());
        assertTrue(result.isValid(), name + " is not valid PDF/A-1b: " + result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).toList());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String ofdText(byte[] ofd) throws IOException {
        Path file = Files.createTempFile(dir, "form-", ".ofd");
        Files.write(file, ofd);
        try (OFDReader reader = new OFDReader(file)) {
            return String.join("\n", new ContentExtractor(reader).extractAll());
        }
    }

    private static List<String> missing(String extracted, List<String> expected) {
        String text = flat(extracted);
        return expected.stream().filter(e -> !text.contains(flat(e))).toList();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s", "");
    }
}

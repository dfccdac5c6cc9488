package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.repo.intake.IntakeResult;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.evaluate.EvaluateCommand;
import org.sanxiang.rules.evaluate.Evaluator;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordKind;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StageCatalogue;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.rules.redaction.Redactor;

/**
 * The demo dataset is valid for its profiles: every case is what the rules say it is (major or not,
 * with the articles that make it so; its disclosure, withdrawal and archiving deadlines), its records
 * cover every stage its profile's record list requires, its files are real files the evidence intake
 * reads, and the personal data in its decision documents is caught by the redaction.
 */
class DemoDatasetTest {

    static final List<String> PROFILES = List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019", "fushun-2026");
    static final ProfileRegistry REGISTRY = ProfileRegistry.load(null);
    static final ObjectMapper JSON = ProfileRegistry.mapper();

    static Stream<DemoCase> cases() {
        return DemoCases.shipped().stream();
    }

    @Test
    @DisplayName("At least one case per jurisdiction profile; each exercises articles of its own profile")
    void onePerProfile() {
        List<DemoCase> cases = DemoCases.shipped();
        assertEquals(new TreeSet<>(PROFILES), new TreeSet<>(cases.stream().map(DemoCase::profile).toList()));
        for (DemoCase c : cases) {
            assertFalse(c.exercises().isEmpty(), c.key());
            for (DemoCase.Exercise e : c.exercises()) {
                assertTrue(e.citation().startsWith(c.profile() + " "), c.key() + ": " + e.citation());
            }
            assertTrue(REGISTRY.contains(c.profile()), c.profile());
        }
    }

    /** The model's penalty measures the rules distinguish (as the legal review reads sx:penaltyMeasures). */
    static final Map<String, String> MEASURES = Map.of("licenceRevocation", "revoke-licence",
            "licenceSuspension", "suspend-licence", "orderToSuspendBusiness", "stop-production");

    /** The case's facts plus its history's dates and its measures, in the fields of {@code evaluate}. */
    static ObjectNode evaluateInput(DemoCase c) {
        ObjectNode input = c.facts().deepCopy();
        if (c.properties().get("sx:penaltyMeasures") instanceof List<?> measures) {
            var array = input.putArray("measures");
            measures.stream().map(m -> MEASURES.get(m.toString())).filter(java.util.Objects::nonNull).forEach(array::add);
        }
        ObjectNode dates = input.putObject("dates");
        for (String name : List.of("investigationEnded", "reviewReceived", "decided", "closed", "revoked")) {
            if (c.dates().containsKey(name)) {
                dates.put(name, c.date(name).toString());
            }
        }
        return input;
    }

    static JsonNode evaluate(DemoCase c) throws Exception {
        Evaluator evaluator = new Evaluator(REGISTRY, new CalendarRepository(null).current());
        StringWriter out = new StringWriter();
        int errors = new EvaluateCommand(evaluator).run(new BufferedReader(new StringReader(
                JSON.writeValueAsString(evaluateInput(c)) + "\n")), out);
        assertEquals(0, errors, out.toString());
        return JSON.readTree(out.toString());
    }

    /*
     * What the cases exercise, checked through the rules (`evaluate`):
     * chongqing-2024 法制审核 第六条（一）、（五）, 第九条; 公示 第十一条（一）, 第十三条（二）; 全过程记录 第十二条.
     * wuhan-2020 法制审核 第六条（三）（四）、第十四条; 公示 第九条第一款; 全过程记录 第二十六条第二款.
     * ningxia-2019 附件5 第二条（四）; 附件2 第18项 (7 working days, 3 years for a major penalty); 附件3 第二十二条.
     * tianjin-2019 三（三）2（1） (reviewed, not major); 实施方案 三（一）3（1）.
     * fushun-2026 细则 第一条: record-only, nothing major, no review.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("evaluate agrees with what each case is meant to exercise (major and its articles, review, deadlines)")
    void rulesAgree(DemoCase c) throws Exception {
        JsonNode result = evaluate(c);
        JsonNode expect = c.expect();
        assertEquals(expect.get("major").asBoolean(), result.at("/major/value").asBoolean(), c.key() + " major: " + result);
        Set<String> rules = new TreeSet<>();
        result.at("/major/reasons").forEach(r -> rules.add(r.get("rule").asText()));
        Set<String> expectedRules = new TreeSet<>();
        expect.get("majorRules").forEach(r -> expectedRules.add(r.asText()));
        assertEquals(expectedRules, rules, c.key() + " major reasons: " + result.at("/major"));
        result.at("/major/reasons").forEach(r -> assertTrue(r.get("citation").asText().startsWith(c.profile() + " "),
                c.key() + ": " + r));
        assertEquals(expect.get("reviewRequired").asBoolean(), result.at("/review/required").asBoolean(), c.key() + ": " + result);
        expectDate(c, result, "transferDue", "/review/transferDue");
        expectDate(c, result, "reviewDue", "/review/reviewDue");
        expectDate(c, result, "disclosureDue", "/disclosure/due");
        expectDate(c, result, "withdrawalDue", "/disclosure/withdrawalDue");
        expectDate(c, result, "archiveDue", "/record/archiveDue");
        if (expect.has("displayPeriod")) {
            assertEquals(expect.get("displayPeriod").asText(), result.at("/disclosure/displayPeriod").asText(), c.key());
        }
        assertFalse(result.get("provisional").asBoolean(), c.key() + ": 2026 has holiday data");
    }

    private static void expectDate(DemoCase c, JsonNode result, String field, String pointer) {
        if (c.expect().has(field)) {
            assertEquals(c.expect().get(field).asText(), result.at(pointer).asText(), c.key() + " " + field + ": " + result);
        }
    }

    @Test
    @DisplayName("fushun-2026 细则 第一条 is record-only: its case needs neither legal review nor disclosure")
    void fushunIsRecordOnly() {
        DemoCase fushun = DemoCases.shipped().stream().filter(c -> c.profile().equals("fushun-2026")).findFirst().orElseThrow();
        assertEquals(null, fushun.legalReview());
        assertEquals(null, fushun.disclosure());
        assertEquals(List.of("obstruction"), fushun.longTermReasons(), "细则 第二十三条（二）");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("The records cover every stage the profile's record list requires (text, AV where mandatory, photo)")
    void recordsCoverTheStagePlan(DemoCase c) {
        StagePlan plan = StageCatalogue.stagesFor(REGISTRY.get(c.profile()), ActionCategory.fromCode(c.facts().get("action").asText()),
                Procedure.GENERAL);
        assertTrue(plan.covered() && !plan.stages().isEmpty(), c.key() + ": every demo profile records its cases by stage");
        for (Stage stage : plan.stages()) {
            Set<RecordKind> present = EnumSet.noneOf(RecordKind.class);
            c.records().stream().filter(r -> stage.code().equals(r.stage())).forEach(r -> present.addAll(kinds(r)));
            if (stage.type().equals("special") && present.isEmpty()) {
                continue; // did not occur in this case: the demo completes it as notApplicable
            }
            Set<RecordKind> required = EnumSet.noneOf(RecordKind.class);
            required.addAll(stage.requiredAll());
            if (stage.avMandatory()) {
                required.add(RecordKind.AV);
            }
            assertTrue(present.containsAll(required), c.key() + " stage " + stage.code() + " (" + stage.citation()
                    + ") needs " + required + ", has " + present);
            assertTrue(stage.requiredAnyOf().isEmpty() || stage.requiredAnyOf().stream().anyMatch(present::contains),
                    c.key() + " stage " + stage.code() + " (" + stage.citation() + ") needs one of " + stage.requiredAnyOf());
        }
        for (DemoRecord r : c.records()) {
            assertTrue(r.stage() == null || plan.stage(r.stage()).isPresent(), c.key() + ": " + r.name() + " names stage "
                    + r.stage() + ", not in the " + c.profile() + " plan");
            assertEquals(r.stage(), r.properties().get("sx:stage"), c.key() + ": " + r.name());
        }
    }

    /** The kinds a record counts as, as the workflows count them (CaseRecordRules.kindsOf). */
    static Set<RecordKind> kinds(DemoRecord r) {
        if (r.type().equals("sx:avRecord")) {
            return "photo".equals(r.properties().get("sx:avKind")) ? EnumSet.of(RecordKind.PHOTO) : EnumSet.of(RecordKind.AV);
        }
        if (Set.of("sx:textRecord", "sx:decisionDocument").contains(r.type())) {
            return EnumSet.of(RecordKind.TEXT);
        }
        return EnumSet.noneOf(RecordKind.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("The generated files are real: the evidence intake reads their media type and the device's metadata")
    void filesAreReal(DemoCase c, @TempDir Path dir) throws Exception {
        try (EvidenceIntake intake = new EvidenceIntake()) {
            int i = 0;
            for (DemoRecord r : c.records()) {
                byte[] bytes = RecordFiles.content(r);
                assertTrue(bytes.length > 0, r.name());
                IntakeResult result = intake.intake(new ByteArrayInputStream(bytes), dir.resolve("f" + i++));
                assertTrue(result.mediaType().startsWith(RecordFiles.mediaType(r)), r.name() + ": " + result.mediaType());
                DemoRecord.FileSpec f = r.file();
                switch (f.kind()) {
                    case "text" -> assertEquals(f.text(), new String(bytes, StandardCharsets.UTF_8));
                    case "jpeg" -> {
                        assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), r.name());
                        assertTrue(result.metadataAvailable(), r.name() + ": " + result.unavailableReason());
                        assertEquals(f.make(), result.deviceMake(), r.name());
                        assertEquals(LocalDateTime.ofInstant(f.capturedAt(), ZoneId.of("Asia/Shanghai")), result.exifTime(), r.name());
                    }
                    case "mp4" -> {
                        assertTrue(result.metadataAvailable(), r.name() + ": " + result.unavailableReason());
                        assertEquals(f.capturedAt(), result.recordingStart(), r.name());
                        assertEquals(Duration.ofSeconds(f.durationSeconds()), result.duration(), r.name());
                        assertEquals(f.make(), result.deviceMake(), r.name());
                        assertEquals(f.model(), result.deviceModel(), r.name());
                    }
                    default -> throw new AssertionError(f.kind());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("The decision document carries the party's data and the redaction catches it (chongqing-2024 公示 第十二条（二）)")
    void redactionCatchesThePartysData(DemoCase c) {
        DemoRecord decision = c.records().stream().filter(r -> r.type().equals("sx:decisionDocument")).findFirst()
                .orElseThrow(() -> new AssertionError(c.key() + " has no decision document"));
        String text = new String(RecordFiles.content(decision), StandardCharsets.UTF_8);
        assertTrue(text.contains(c.decisionNumber()), c.key());
        boolean individual = PartyKind.INDIVIDUAL.code().equals(c.facts().at("/party/kind").asText());
        Map<String, Object> p = c.properties();
        CaseIndividuals individuals = individual
                ? new CaseIndividuals(List.of((String) p.get("sx:partyName")), List.of((String) p.get("sx:partyAddress")))
                : CaseIndividuals.NONE;
        String redacted = new Redactor(individuals).redact(text).redacted();
        List<String> leaked = new ArrayList<>();
        c.expect().get("redacted").forEach(s -> {
            assertTrue(text.contains(s.asText()), c.key() + ": the document should carry " + s.asText());
            if (redacted.contains(s.asText())) {
                leaked.add(s.asText());
            }
        });
        assertEquals(List.of(), leaked, c.key() + ": left in the redacted text:\n" + redacted);
    }

    @Test
    @DisplayName("A bad dataset is refused naming the field")
    void strict() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> DemoCases.read("x.json",
                new ByteArrayInputStream("{\"format\":1,\"about\":\"\",\"cases\":[{\"key\":\"a\",\"titel\":\"t\"}]}"
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(unknown.getMessage().startsWith("x.json: cases[0].titel: "), unknown.getMessage());
        DemoRecord bad = new DemoRecord("filing", "sx:textRecord", "a.gif", new DemoRecord.FileSpec("gif", null, null, null,
                null, null, null), Map.of(), "load");
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> RecordFiles.content(bad));
        assertEquals("record a.gif: file.kind: 'gif' is not text, jpeg or mp4", kind.getMessage());
    }
}

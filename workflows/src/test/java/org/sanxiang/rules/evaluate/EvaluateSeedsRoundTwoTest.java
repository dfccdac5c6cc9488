package org.sanxiang.rules.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;

/** The inputs and outputs of issue #18 through {@code evaluate}, each with the article it implements. */
class EvaluateSeedsRoundTwoTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EvaluateCommand command =
            new EvaluateCommand(new Evaluator(ProfileRegistry.shipped(), HolidayCalendar.shipped()));

    private JsonNode one(String line) throws Exception {
        StringWriter out = new StringWriter();
        command.run(new BufferedReader(new StringReader(line)), out);
        return JSON.readTree(out.toString().split("\n")[0]);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> rules(JsonNode major) {
        List<String> values = new ArrayList<>();
        major.path("reasons").forEach(r -> values.add(r.path("rule").asText()));
        return values;
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十四条, 第四条: no party kind, a fine between 5000 and 50000 is undetermined and names party.kind")
    void undeterminedNamesTheMissingFact() throws Exception {
        JsonNode r = one("""
                {"id":"w1","profile":"wuhan-2020","action":"penalty","fine":20000}""");
        assertTrue(r.path("major").path("value").isNull(), r.toString());
        assertEquals(List.of("party.kind"), texts(r.path("major").path("missing")));
        assertEquals(List.of("penalty-fine-individual"), rules(r.path("major")));
        assertTrue(r.path("review").path("required").isNull());
        assertEquals(List.of("party.kind"), texts(r.path("review").path("missing")));
        JsonNode high = one("""
                {"id":"w2","profile":"wuhan-2020","action":"penalty","fine":50000}""");
        assertTrue(high.path("major").path("value").asBoolean(), "major whichever the kind");
        assertTrue(high.path("review").path("required").asBoolean());
        assertEquals(0, high.path("major").path("missing").size());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第七条（一）, wuhan-2020 法制审核 第五条（二）: licence + revoke-licence is major; new codes 撤销/撤回")
    void licenceMeasuresAreMajorWhateverTheFiling() throws Exception {
        assertTrue(one("""
                {"id":"c","profile":"chongqing-2024","action":"licence","measures":["revoke-licence"]}""")
                .path("major").path("value").asBoolean());
        assertEquals(List.of("licence-withdrawn"), rules(one("""
                {"id":"w","profile":"wuhan-2020","action":"penalty","measures":["recall-licence"]}""").path("major")));
        assertEquals(List.of("licence-withdrawn"), rules(one("""
                {"id":"w","profile":"wuhan-2020","action":"licence","measures":["withdraw-licence"]}""").path("major")));
        JsonNode bad = one("""
                {"id":"x","profile":"wuhan-2020","measures":["abolish"]}""");
        assertTrue(bad.path("error").asText().startsWith("measures[0]: 'abolish' is not one of revoke-licence|"), bad.toString());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（五）、附件6: legalRelations is a count (true = 2), finePerWorker is stated, licenceType decides foreign-invested licences")
    void ningxiaInputs() throws Exception {
        assertTrue(one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","legalRelations":2}""").path("major").path("value").asBoolean());
        assertTrue(one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","legalRelations":true}""").path("major").path("value").asBoolean());
        assertFalse(one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","legalRelations":1}""").path("major").path("value").asBoolean());
        assertTrue(one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","legalRelations":-1}""").path("error").asText()
                .startsWith("legalRelations: "));
        assertFalse(one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","party":{"kind":"organisation"},"fine":40000,"workersAffected":60}""")
                .path("major").path("value").asBoolean(), "workersAffected alone is no per-worker fine");
        assertTrue(one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","party":{"kind":"organisation"},"fine":40000,"workersAffected":60,"finePerWorker":true}""")
                .path("major").path("value").asBoolean());
        JsonNode undetermined = one("""
                {"id":"n","profile":"ningxia-2019","action":"licence","party":{"kind":"organisation","foreignInvested":true}}""");
        assertEquals(List.of("licenceType"), texts(undetermined.path("major").path("missing")));
        assertTrue(one("""
                {"id":"n","profile":"ningxia-2019","action":"licence","licenceType":"labour-dispatch","party":{"kind":"organisation","foreignInvested":true}}""")
                .path("major").path("value").asBoolean());
        assertTrue(one("""
                {"id":"n","profile":"ningxia-2019","licenceType":"cinema"}""").path("error").asText().startsWith("licenceType: "));
        assertEquals(List.of("licence-terminated"), rules(one("""
                {"id":"n","profile":"ningxia-2019","action":"licence","measures":["terminate-licence"]}""").path("major")));
    }

    @Test
    @DisplayName("fushun-2026 细则 第一条: legal review and disclosure are not covered — null with the reason, never 'not major' or 'do not disclose'")
    void notCoveredIsNullWithAReason() throws Exception {
        JsonNode r = one("""
                {"id":"f","profile":"fushun-2026","action":"penalty","fine":900000,"dates":{"decided":"2026-03-02","closed":"2026-03-02"}}""");
        assertTrue(r.path("major").path("value").isNull());
        assertEquals("fushun-2026 细则 第一条", r.path("major").path("notCovered").path("citation").asText());
        assertTrue(r.path("review").path("required").isNull());
        assertTrue(r.path("disclosure").path("disclose").isNull());
        assertTrue(r.path("disclosure").path("notCovered").path("reason").asText().contains("does not regulate disclosure"));
        assertTrue(r.path("disclosure").path("due").isNull());
        assertTrue(r.path("record").path("stages").path("covered").asBoolean());
        JsonNode covered = one("""
                {"id":"c","profile":"chongqing-2024","action":"penalty"}""");
        assertTrue(covered.path("disclosure").path("notCovered").isNull());
        assertTrue(covered.path("disclosure").path("disclose").asBoolean());
        assertTrue(one("""
                {"id":"f","profile":"fushun-2026","disclosures":["exam-scores"]}""").path("error").asText()
                .startsWith("disclosures: fushun-2026 does not regulate disclosure"));
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 附件: a case names its catalogued matter; an unknown matter is an error naming the field")
    void tianjinMatter() throws Exception {
        JsonNode r = one("""
                {"id":"t","profile":"tianjin-2019","action":"penalty","matter":"penalty-26"}""");
        JsonNode catalogue = r.path("catalogue");
        assertEquals("penalty-26", catalogue.path("matter").asText());
        assertEquals("对用人单位未按时足额缴纳社会保险费的处罚", catalogue.path("zh_CN").asText());
        assertEquals("劳动监察处", catalogue.path("departments").get(0).path("zh_CN").asText());
        assertEquals("GROUP_SX_TJ_LABOUR_INSPECTION_CORPS", catalogue.path("departments").get(1).path("group").asText());
        assertEquals("tianjin-2019 实施方案 附件 行政执法决定事项目录 行政处罚 第26项", catalogue.path("citation").asText());
        assertTrue(one("""
                {"id":"t","profile":"tianjin-2019","action":"penalty","matter":"penalty-52"}""").path("error").asText()
                .startsWith("matter: 'penalty-52' is not in the catalogue"));
        assertTrue(one("""
                {"id":"t","profile":"tianjin-2019","action":"licence","matter":"penalty-26"}""").path("error").asText()
                .startsWith("matter: 'penalty-26' is a penalty matter"));
        JsonNode none = one("""
                {"id":"t","profile":"tianjin-2019","action":"penalty"}""");
        assertTrue(none.path("catalogue").path("required").asBoolean());
        assertTrue(none.path("catalogue").path("matter").isNull());
        assertTrue(one("""
                {"id":"c","profile":"chongqing-2024"}""").path("catalogue").isNull());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）: full-process record stages; wuhan-2020 全过程记录 第二十六条第四款: hand-over by the end of next March")
    void recordOutput() throws Exception {
        JsonNode tianjin = one("""
                {"id":"t","profile":"tianjin-2019","action":"coercive"}""").path("record").path("stages");
        assertTrue(tianjin.path("covered").asBoolean());
        assertEquals("reading", tianjin.path("basis").asText());
        assertEquals(List.of("start", "investigation", "review", "decision", "service", "execution", "archiving",
                "hearing", "service-by-leaving", "service-by-notice"), texts(tianjin.path("codes")));
        JsonNode ningxia = one("""
                {"id":"n","profile":"ningxia-2019","action":"levy"}""").path("record").path("stages");
        assertEquals("by-reference", ningxia.path("basis").asText());
        assertEquals(List.of("inspection", "penalty"), texts(ningxia.path("referTo")));
        assertEquals("ningxia-2019 附件3 第二十九条", ningxia.path("citation").asText());
        JsonNode wuhan = one("""
                {"id":"w","profile":"wuhan-2020","action":"penalty","dates":{"closed":"2026-02-10"}}""").path("record");
        assertEquals("2027-03-31", wuhan.path("handOverDue").asText());
        assertTrue(one("""
                {"id":"c","profile":"chongqing-2024","dates":{"closed":"2026-02-10"}}""").path("record").path("handOverDue").isNull());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条, wuhan-2020 法制审核 第十二条第二款: the review never runs past the statutory limit of the action")
    void reviewCappedByTheStatutoryLimit() throws Exception {
        JsonNode capped = one("""
                {"id":"c","profile":"chongqing-2024","action":"penalty","procedure":"general",\
                "dates":{"reviewReceived":"2026-03-02","statutoryLimit":"2026-03-04"}}""").path("review");
        assertEquals("2026-03-04", capped.path("reviewDue").asText());
        assertEquals("2026-03-04", capped.path("extendedReviewDue").asText());
        assertEquals("chongqing-2024 法制审核 第十一条", capped.path("cappedByStatutoryLimit").asText());
        JsonNode later = one("""
                {"id":"c","profile":"chongqing-2024","action":"penalty","procedure":"general",\
                "dates":{"reviewReceived":"2026-03-02","statutoryLimit":"2026-12-31"}}""").path("review");
        assertEquals("2026-03-09", later.path("reviewDue").asText(), "5 working days, before the limit");
        assertTrue(later.path("cappedByStatutoryLimit").isNull());
        JsonNode wuhan = one("""
                {"id":"w","profile":"wuhan-2020","action":"penalty","party":{"kind":"individual"},"fine":9000,\
                "dates":{"reviewReceived":"2026-03-02","statutoryLimit":"2026-03-05"}}""").path("review");
        assertEquals("2026-03-05", wuhan.path("reviewDue").asText());
        assertEquals("wuhan-2020 法制审核 第十二条第二款", wuhan.path("cappedByStatutoryLimit").asText());
        // ningxia-2019 附件5 sets no such cap
        JsonNode ningxia = one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","hearing":true,\
                "dates":{"reviewReceived":"2026-03-02","statutoryLimit":"2026-03-03"}}""").path("review");
        assertEquals("2026-03-11", ningxia.path("reviewDue").asText());
        assertTrue(ningxia.path("cappedByStatutoryLimit").isNull());
    }

    @Test
    @DisplayName("wuhan-2020 公示 第七条、第八条第三款; ningxia-2019 附件2 第17、19、24项: disclosure kinds with their timing and display period")
    void disclosureKinds() throws Exception {
        JsonNode exam = one("""
                {"id":"w","profile":"wuhan-2020","action":"licence","disclosures":["exam-scores"],"dates":{"decided":"2026-05-20"}}""")
                .path("disclosure").path("kinds").get(0);
        assertEquals("exam-scores", exam.path("kind").asText());
        assertEquals("in-action", exam.path("stage").asText());
        assertEquals("before", exam.path("timing").asText());
        assertEquals("decided", exam.path("before").asText());
        assertEquals("2026-05-20", exam.path("beforeDate").asText());
        assertTrue(exam.path("due").isNull(), "before an event is no date of its own");
        assertEquals("wuhan-2020 公示 第七条（一）", exam.path("citation").asText());

        JsonNode inspection = one("""
                {"id":"w","profile":"wuhan-2020","action":"inspection"}""").path("disclosure").path("kinds");
        assertEquals(1, inspection.size(), "第八条第三款 applies to every inspection");
        assertEquals("periodic", inspection.get(0).path("timing").asText());
        assertEquals(List.of("P1M", "P3M"), texts(inspection.get(0).path("cadence")));

        JsonNode progress = one("""
                {"id":"n","profile":"ningxia-2019","action":"licence","disclosures":["progress-answer"],"dates":{"queried":"2026-09-30"}}""")
                .path("disclosure").path("kinds").get(0);
        assertEquals("counted", progress.path("timing").asText());
        assertEquals("2026-10-08", progress.path("due").asText(), "one working day, National Day in between");
        assertEquals("即时", progress.path("displayWhile").asText());

        JsonNode serious = one("""
                {"id":"n","profile":"ningxia-2019","action":"penalty","disclosures":["serious-violation"]}""")
                .path("disclosure").path("kinds").get(0);
        assertEquals("set-elsewhere", serious.path("timing").asText());
        assertEquals("P3Y", serious.path("displayPeriod").asText());

        JsonNode exams = one("""
                {"id":"n","profile":"ningxia-2019","disclosures":["exam-recruitment-discipline"],"dates":{"decided":"2026-03-02"}}""")
                .path("disclosure").path("kinds").get(0);
        assertEquals("2026-03-11", exams.path("due").asText());
        assertEquals("permanent", exams.path("displayPeriod").asText());

        JsonNode problems = one("""
                {"id":"n","profile":"ningxia-2019","action":"inspection","problemsFound":true,"dates":{"inspectionEnded":"2026-03-02","decided":"2026-03-10"}}""")
                .path("disclosure");
        assertTrue(problems.path("due").isNull(), "附件1 第十一条（二）: promptly, never a day count");
        assertEquals("P1Y", problems.path("displayPeriod").asText());

        assertTrue(one("""
                {"id":"w","profile":"wuhan-2020","action":"penalty","disclosures":["exam-scores"]}""").path("error").asText()
                .startsWith("disclosures: 'exam-scores' belongs to licence|confirmation"));
        assertTrue(one("""
                {"id":"w","profile":"chongqing-2024","disclosures":["exam-scores"]}""").path("error").asText()
                .startsWith("disclosures: 'exam-scores' is not a disclosure kind of chongqing-2024"));
    }
}

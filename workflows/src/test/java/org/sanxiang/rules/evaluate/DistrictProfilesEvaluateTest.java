package org.sanxiang.rules.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.DistrictProfiles;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * A district profile that extends a shipped one and changes nothing evaluates exactly as its parent:
 * classification, review deadlines, disclosure (kinds included), record stages, catalogue — every rule
 * resolves through the parent (issue #18, "Done when"). Access is checked in AccessRuleTest.
 */
class DistrictProfilesEvaluateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Cases touching every system; each is evaluated under the parent and under its district. */
    private static final List<String> CASES = List.of(
            """
            {"id":"a","profile":"%s","action":"penalty","procedure":"general","party":{"kind":"individual"},"fine":8000,\
            "hearing":true,"legalRelations":2,"dates":{"investigationEnded":"2026-03-02","reviewReceived":"2026-03-03",\
            "decided":"2026-03-20","statutoryLimit":"2026-03-06","revoked":"2026-04-01","closed":"2026-04-10"}}""",
            """
            {"id":"b","profile":"%s","action":"penalty","fine":20000,"dates":{"decided":"2026-03-20"}}""",
            """
            {"id":"c","profile":"%s","action":"licence","measures":["annul-licence"],"party":{"kind":"organisation",\
            "foreignInvested":true},"dates":{"decided":"2026-05-06","closed":"2026-06-01"}}""",
            """
            {"id":"d","profile":"%s","action":"inspection","problemsFound":true,\
            "dates":{"inspectionEnded":"2026-03-02","decided":"2026-03-09"}}""",
            """
            {"id":"e","profile":"%s","action":"levy","dates":{"decided":"2026-03-02","closed":"2026-03-02"}}""",
            """
            {"id":"f","profile":"%s","action":"coercive","measures":["seal"],"amountInvolved":600000}""");

    static List<String> shipped() {
        return ProfileRegistry.SHIPPED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void aDistrictEvaluatesAsItsParent(String parent) throws Exception {
        String district = parent.replace("-20", "-district-20");
        ProfileRegistry registry = DistrictProfiles.with(district,
                "{\"id\": \"" + district + "\", \"extends\": \"" + parent + "\"}");
        EvaluateCommand command = new EvaluateCommand(new Evaluator(registry, HolidayCalendar.shipped()));
        for (String template : CASES) {
            JsonNode own = run(command, template.formatted(district));
            JsonNode inherited = run(command, template.formatted(parent));
            assertFalse(own.has("error"), own.toString());
            // disclosure and record citations name the profile applying them; legal review names the parent's document
            assertEquals(inherited.toString(), own.toString().replace(district, parent), parent + " " + template);
        }
    }

    private static JsonNode run(EvaluateCommand command, String line) throws Exception {
        StringWriter out = new StringWriter();
        command.run(new BufferedReader(new StringReader(line)), out);
        return JSON.readTree(out.toString().trim());
    }
}

package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;
import org.sanxiang.rules.profile.ProfileRegistry;

/** Loading and checking the legalReview section of every profile. */
class LegalReviewProfilesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("all five profiles load and bind their legalReview section; fushun-2026 does not cover legal review")
    void allFiveProfilesBind() {
        ProfileRegistry registry = ProfileRegistry.shipped();
        for (String id : ProfileRegistry.SHIPPED) {
            JurisdictionProfile profile = registry.get(id);
            LegalReviewRules rules = LegalReviewRules.of(profile);
            assertEquals(profile.covers(JurisdictionProfile.LEGAL_REVIEW), rules.covered(), id);
            assertEquals(!id.equals("fushun-2026"), rules.covered(), id);
            assertEquals(rules, profile.bind(JurisdictionProfile.LEGAL_REVIEW, LegalReviewRules.class), id);
        }
        LegalReviewRules fushun = LegalReviewRules.of(registry.get("fushun-2026"));
        assertEquals(LegalReviewRules.NOT_COVERED, fushun);
        CaseFacts anything = CaseFacts.builder("f", "fushun-2026").action(ActionCategory.PENALTY)
                .procedure(Procedure.GENERAL).party(Party.individual()).fine(1_000_000).hearing(true).complex(true).build();
        MajorDecisionClassifier classifier = MajorDecisionClassifier.of(registry, "fushun-2026");
        assertFalse(classifier.classify(anything).value());
        assertFalse(classifier.reviewRequirement(anything).required());
    }

    @Test
    @DisplayName("every entry of every covered profile carries a citation and labels in zh_CN and en")
    void everyEntryIsCitedAndLabelled() {
        for (String id : List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019")) {
            LegalReviewRules rules = LegalReviewRules.of(ProfileRegistry.shipped().get(id));
            List<Criterion> criteria = new ArrayList<>(rules.majorCriteria().values());
            criteria.addAll(rules.reviewRequired().values());
            criteria.addAll(rules.exclusions().values());
            for (Criterion c : criteria) {
                assertFalse(c.citation().isBlank(), id);
                assertTrue(c.label().isComplete(), id + " " + c.citation());
            }
            for (Item item : rules.checklist()) {
                assertTrue(item.label().isComplete() && !item.citation().isBlank(), id + " " + item.id());
            }
            for (OpinionType type : rules.opinionTypes()) {
                assertTrue(type.label().isComplete(), id + " " + type.id());
            }
            assertFalse(rules.checklist().isEmpty(), id);
            assertTrue(rules.decidedBy().label().isComplete(), id);
            rules.timeLimits().present().forEach((name, limit) ->
                    assertTrue(limit.limit().isPresent() || limit.note() != null, id + " " + name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"majorCriteria\": {\"x\": {\"measures\": [\"burn\"], \"citation\": \"c\", \"label\": {\"zh_CN\": \"z\", \"en\": \"e\"}}}}"
                + "|majorCriteria.x.measures[0]",
        "{\"majorCriteria\": {\"x\": {\"fine\": {\"atLeast\": 1, \"greaterThan\": 1}, \"citation\": \"c\", \"label\": {\"zh_CN\": \"z\", \"en\": \"e\"}}}}"
                + "|majorCriteria.x.fine",
        "{\"majorCriteria\": {\"x\": {\"facts\": [\"hearing\"], \"label\": {\"zh_CN\": \"z\", \"en\": \"e\"}}}}"
                + "|majorCriteria.x.citation",
        "{\"majorCriteria\": {\"x\": {\"facts\": [\"heard\"], \"citation\": \"c\", \"label\": {\"zh_CN\": \"z\", \"en\": \"e\"}}}}"
                + "|majorCriteria.x.facts[0]",
        "{\"majorCriteria\": {\"x\": {\"citation\": \"c\", \"label\": {\"zh_CN\": \"z\", \"en\": \"e\"}}}}"
                + "|majorCriteria.x.manual",
        "{\"majorCriteria\": {\"x\": {\"fine\": {\"atLeast\": 1}, \"citation\": \"c\", \"label\": {\"zh_CN\": \"z\"}}}}"
                + "|majorCriteria.x.label",
        "{\"timeLimits\": {\"review\": {\"citation\": \"c\"}}}|timeLimits.review.note",
        "{\"timeLimits\": {\"review\": {\"workingDays\": 5, \"promptly\": true, \"citation\": \"c\"}}}|timeLimits.review",
        "{\"timeLimits\": {\"review\": {\"workingDays\": 5, \"from\": \"yesterday\", \"citation\": \"c\"}}}|timeLimits.review.from",
        "{\"timeLimits\": {\"review\": {\"workingDays\": 5, \"citaton\": \"c\"}}}|citaton",
        "{\"opinionTypes\": [{\"id\": \"a\", \"outcome\": \"maybe\", \"citation\": \"c\"}]}|opinionTypes",
        "{\"checklist\": [{\"id\": \"a\", \"label\": {\"zh_CN\": \"z\", \"en\": \"e\"}}]}|checklist[0].citation",
        "{\"materialsReturned\": {\"clock\": \"freeze\"}}|materialsReturned",
        "{\"timeLimits\": {\"review\": {\"days\": 5, \"citation\": \"c\"}}}|timeLimits.review.days",
        "{\"reReview\": {\"maxRounds\": -1, \"citation\": \"c\"}}|reReview.maxRounds",
        "{\"checklist\": [null]}|checklist"
    })
    @DisplayName("a bad legalReview section is an error naming the file and the field")
    void badSectionsNameFileAndField(String section, String field) throws IOException {
        Files.writeString(dir.resolve("bad-2024.json"),
                "{\"id\": \"bad-2024\", \"extends\": \"fushun-2026\", \"legalReview\": " + section + "}",
                StandardCharsets.UTF_8);
        ProfileRegistry registry = ProfileRegistry.load(dir);
        ProfileException e = assertThrows(ProfileException.class,
                () -> LegalReviewRules.of(registry.get("bad-2024")));
        assertTrue(e.getMessage().contains("bad-2024.json"), e.getMessage());
        assertTrue(e.getMessage().contains(field), () -> "expected '" + field + "' in: " + e.getMessage());
    }
}

package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.standalone.rest.Http.Answer;

/** A runtime without a font for its forms: the step that writes one is refused, 503 naming the setting, nothing written. */
class FormFontMissingTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("sanxiang.documents.font pointing nowhere: submitting the transfer list is 503 naming the setting; the task stays open")
    void aStepWritingAFormWithoutAFontIsUnavailable() {
        String before = System.getProperty(DocumentFonts.SETTING);
        System.setProperty(DocumentFonts.SETTING, dir.resolve("no-such-font.ttf").toString());
        try (SandboxFixture sandbox = new SandboxFixture(dir, 64 * 1024)) {
            Http http = sandbox.http;
            CaseJourney journey = new CaseJourney(http, "chongqing-2024");
            journey.createCase();
            Answer started = http.post("/processes/sxLegalReview", Map.of("caseId", journey.caseId, "user", "officer1",
                    "variables", Map.of("sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟对当事人罚款五万元",
                            "sxwf_investigationEndedAt", LocalDate.now(CaseJourney.ZONE).toString())));
            assertEquals(201, started.status(), started.toString());
            String taskId = null;
            for (JsonNode t : http.get("/tasks?caseId=" + Http.q(journey.caseId)).json()) {
                if (t.get("key").asText().equals("assembleTransfer")) {
                    taskId = t.get("id").asText();
                }
            }
            List<String> materials = new ArrayList<>();
            for (JsonNode f : http.get("/tasks/" + taskId).get("form")) {
                if (f.get("name").asText().equals("sxwf_transferredMaterials")) {
                    f.get("allowedValues").forEach(v -> materials.add(v.asText()));
                }
            }
            Answer refused = http.post("/tasks/" + taskId + "/complete", Map.of("user", "officer1", "outcome", "submit",
                    "values", Map.of("sxwf_transferredMaterials", materials)));
            assertEquals(503, refused.status(), refused.toString());
            assertTrue(refused.get("error").asText().contains(DocumentFonts.SETTING), refused.toString());
            assertTrue(!refused.get("error").asText().contains(dir.toString()), "no server path in the answer: " + refused);
            String records = http.get("/cases/" + Http.q(journey.caseId) + "/records").text();
            assertTrue(!records.contains("案卷移交清单"), "nothing written: " + records);
            assertEquals(200, http.get("/tasks/" + taskId).status(), "the task is still open");
        } finally {
            if (before == null) {
                System.clearProperty(DocumentFonts.SETTING);
            } else {
                System.setProperty(DocumentFonts.SETTING, before);
            }
        }
    }
}

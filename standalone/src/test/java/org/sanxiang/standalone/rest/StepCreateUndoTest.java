package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.step.StepFaults;
import org.sanxiang.repo.step.Steps;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * Exactly once without listing the case folder before a create: the journal dates each create and records a name
 * the repository refuses as taken. A step killed between its create and the journal's record of the outcome is
 * undone by deleting the document of that name only when the step made it (created since the journal dated the
 * create), never a document of that name that was there before (docs/architecture.md, "Exactly once").
 */
class StepCreateUndoTest extends SandboxClassTest {

    private Steps steps;

    @BeforeAll
    void start() {
        steps = fixture.runtime.steps();
    }

    @Test
    void aKillAfterTheCreateBeforeItsResultIsRecordedDeletesWhatTheStepMade() {
        String caseId = newCase();
        Map<String, String> before = documents(caseId);
        Answer killed = killedAt("write", () -> upload(caseId, "新证据.txt", "新"));
        assertTrue(killed.status() >= 500, killed.toString());
        assertEquals(1, steps.recoverAll(), "the killed upload waits in the journal");
        assertEquals(before, documents(caseId), "the document the killed upload made is gone");
        Answer again = upload(caseId, "新证据.txt", "新");
        assertEquals(201, again.status(), "the retry takes effect: " + again);
        assertTrue(steps.pending().isEmpty());
    }

    @Test
    void aKillAfterTheRepositoryRefusedATakenNameLeavesTheDocumentThatWasThere() {
        String caseId = newCase();
        Answer first = upload(caseId, "证据.txt", "原件");
        assertEquals(201, first.status(), first.toString());
        Map<String, String> before = documents(caseId);
        Answer killed = killedAt("refused", () -> upload(caseId, "证据.txt", "另一份"));
        assertTrue(killed.status() >= 500, killed.toString());
        assertEquals(1, steps.recoverAll(), "the killed upload waits in the journal");
        assertEquals(before, documents(caseId), "the document that was there before the step is there, as it was");
        assertEquals("原件", content(caseId, first.get("id").asText()));
    }

    @Test
    void aRefusedNameIsRecordedAsThereBeforeAndTheStepIsUndoneWithoutDeletingIt() {
        String caseId = newCase();
        Answer first = upload(caseId, "证据.txt", "原件");
        Map<String, String> before = documents(caseId);
        Answer taken = upload(caseId, "证据.txt", "另一份");
        assertEquals(409, taken.status(), taken.toString());
        assertEquals("name", taken.get("field").asText());
        assertTrue(steps.pending().isEmpty(), "undone at once");
        assertEquals(before, documents(caseId));
        assertEquals(first.get("id").asText(), documents(caseId).get("证据.txt"));
    }

    private String content(String caseId, String recordId) {
        try (java.io.InputStream in = fixture.runtime.service().recordContent(caseId, recordId).stream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String newCase() {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        return journey.caseId;
    }

    private Answer upload(String caseId, String name, String text) {
        return http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=" + Http.q(name),
                text.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
    }

    /** The case's documents, name to id. */
    private Map<String, String> documents(String caseId) {
        Map<String, String> byName = new LinkedHashMap<>();
        fixture.runtime.service().records(caseId).forEach(r -> byName.put(r.name(), r.id()));
        return byName;
    }

    /** Runs an upload that is killed (a crash: the step abandoned as a killed process leaves it) at the first point of a kind. */
    private Answer killedAt(String kind, java.util.function.Supplier<Answer> request) {
        boolean[] fired = new boolean[1];
        steps.faults((origin, point, next) -> {
            if (origin.startsWith("upload ") && next.equals(kind) && !fired[0]) {
                fired[0] = true;
                throw new StepFaults.Crash("killed at point " + point + " (" + next + ") of " + origin);
            }
        });
        try {
            return request.get();
        } finally {
            steps.faults(StepFaults.NONE);
            assertTrue(fired[0], "killed at " + kind);
        }
    }
}

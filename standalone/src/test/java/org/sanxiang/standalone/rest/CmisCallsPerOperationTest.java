package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.cmis.CmisCallCounter;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.RuntimeConfig;

/**
 * Round trips to the repository per REST operation, counted at the embedded CMIS server: a regression
 * in the read paths (an object read twice in one step, a list that reads each row) fails here. The
 * targets are issue #17's; docs/benchmarks.md has the table this test prints. The same operations must not find a
 * case's processes by a variable's value (a scan of every process's variables), which H2's statistics show.
 */
class CmisCallsPerOperationTest extends SandboxClassTest {


    /** The most CMIS calls each operation may make (issue #17). */
    static final Map<String, Integer> TARGETS = new LinkedHashMap<>();
    static {
        TARGETS.put("POST /cases", 2);
        // the case (the access guard's seal check reads it: sx:caseSealedAt), the create, whose answer is the new record
        // (CreatedObjects): nothing read back, no listing (the step journal dates the create instead of looking for its name)
        TARGETS.put("POST /cases/{id}/records", 2);
        TARGETS.put("POST /processes/sxLegalReview", 5);
        // a step that writes a form writes it in each format of sanxiang.documents.formats (by default its PDF/A and the
        // OFD beside it, docs/documents.md): the case, two creates and an update, no listing
        TARGETS.put("POST /tasks/{id}/complete", 4);
        TARGETS.put("GET /cases/{id}/timeline", 3);
        TARGETS.put("GET /cases/{id}", 1);
        TARGETS.put("GET /cases (page)", 1);
        TARGETS.put("GET /tasks?caseId=", 0);
        TARGETS.put("GET /tasks?candidateGroup= (page)", 0);
        TARGETS.put("GET /deadlines (page)", 0);
    }

    /**
     * Over HTTP, as a connected runtime reaches its repository, where a call is a round trip (the sandbox's own
     * runtime calls its embedded server in-process, where a call costs no request).
     */
    @Override
    RuntimeConfig config(Path dataDir) {
        return super.config(dataDir).withCmisBinding("browser");
    }

    private CmisCallCounter calls;
    /** The most calls seen per operation, and what they were. */
    private final Map<String, Long> most = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> kinds = new LinkedHashMap<>();
    private boolean recording;

    @BeforeAll
    void start() {
        calls = fixture.runtime.cmisCalls();
    }

    @Test
    void eachOperationStaysWithinItsRoundTrips() {
        List<String> cases = new ArrayList<>();
        // a first case and the first pages warm the runtime: type definitions and the cases root's id
        // are read once per runtime, not per operation
        recording = false;
        cases.add(journey("粤人社罚〔2026〕99号"));
        pages();
        recording = true;
        fixture.recordEngineStatements();
        for (int i = 0; i < 2; i++) {
            cases.add(journey("粤人社罚〔2026〕" + (100 + i) + "号"));
        }
        List<String> over = new ArrayList<>();
        Map<String, Long> withThree = pages();
        for (int i = 0; i < 6; i++) {
            cases.add(journey("粤人社罚〔2026〕" + (200 + i) + "号"));
        }
        Map<String, Long> withNine = pages();
        if (!withThree.equals(withNine)) {
            over.add("a page costs more with more cases: " + withThree + " → " + withNine);
        }
        Answer page = http.get("/cases?maxItems=4&skipCount=4");
        assertEquals(4, page.json().size(), page.toString());
        assertEquals("9", page.headers().firstValue("X-Total-Count").orElse(null));
        // a client that pages without the total counts nothing: one row read past the page says whether more follow
        Http leader = http.as("leader1");
        String leaders = "/tasks?candidateGroup=GROUP_SX_LEADERS&maxItems=2";
        Answer counted = leader.get(leaders);
        long total = Long.parseLong(counted.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= 3, counted.toString());
        Answer first = leader.get(leaders + "&includeTotal=false");
        assertEquals(counted.json(), first.json());
        assertEquals(java.util.Optional.empty(), first.headers().firstValue("X-Total-Count"));
        assertEquals("true", first.headers().firstValue("X-Has-More-Items").orElse(null));
        Answer last = leader.get("/tasks?candidateGroup=GROUP_SX_LEADERS&maxItems=5&includeTotal=false&skipCount=" + (total - 1));
        assertEquals(1, last.json().size(), last.toString());
        assertEquals("false", last.headers().firstValue("X-Has-More-Items").orElse(null));
        Answer bad = http.get("/tasks?caseId=" + Http.q(cases.get(0)) + "&includeTotal=yes");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("includeTotal", bad.get("field").asText());

        StringBuilder table = new StringBuilder("| operation | target | CMIS calls (most seen) | kinds |\n|---|---:|---:|---|\n");
        TARGETS.forEach((op, target) -> {
            long seen = most.getOrDefault(op, -1L);
            table.append("| `").append(op).append("` | ").append(target).append(" | ").append(seen).append(" | ")
                    .append(kinds.get(op)).append(" |\n");
            if (seen > target) {
                over.add(op + ": " + seen + " > " + target + " " + kinds.get(op));
            }
        });
        System.out.println(table);
        assertEquals(List.of(), over, "CMIS calls per operation over their targets");
        assertEquals(List.of(), fixture.variableScans(), "engine statements that find processes by a variable's value alone");
    }

    /** The calls of one page of each list. */
    private Map<String, Long> pages() {
        Map<String, Long> cost = new LinkedHashMap<>();
        cost.put("GET /cases (page)", measure("GET /cases (page)", () -> http.get("/cases?maxItems=50")));
        cost.put("GET /tasks?candidateGroup= (page)", measure("GET /tasks?candidateGroup= (page)",
                () -> http.as("leader1").get("/tasks?candidateGroup=GROUP_SX_LEADERS&maxItems=50")));
        cost.put("GET /deadlines (page)", measure("GET /deadlines (page)", () -> http.get("/deadlines?maxItems=50")));
        return cost;
    }

    private String journey(String caseNumber) {
        return OperationJourney.run(http, caseNumber, this::measureAnswer);
    }

    private long measure(String op, Supplier<Answer> call) {
        long before = calls.total();
        Map<String, Long> kindsBefore = calls.byKind();
        Answer answer = call.get();
        assertEquals(200, answer.status(), op + ": " + answer);
        return record(op, before, kindsBefore);
    }

    private Answer measureAnswer(String op, Supplier<Answer> call) {
        long before = calls.total();
        Map<String, Long> kindsBefore = calls.byKind();
        Answer answer = call.get();
        record(op, before, kindsBefore);
        return answer;
    }

    private long record(String op, long before, Map<String, Long> kindsBefore) {
        long n = calls.total() - before;
        if (recording && n > most.getOrDefault(op, -1L)) {
            most.put(op, n);
            Map<String, Long> diff = new LinkedHashMap<>();
            calls.byKind().forEach((k, v) -> {
                long d = v - kindsBefore.getOrDefault(k, 0L);
                if (d > 0) {
                    diff.put(k, d);
                }
            });
            kinds.put(op, diff);
        }
        return n;
    }
}

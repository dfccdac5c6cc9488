package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activiti.engine.ProcessEngine;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Property;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.sanxiang.repo.step.StepFaults;
import org.sanxiang.repo.step.StepJournal;
import org.sanxiang.repo.step.StepNodes;
import org.sanxiang.repo.step.Steps;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * The in-process fault-injection harness: every POST or PATCH that runs a step (a completion, a start, a
 * disclosure event, an upload, a case change) is sent again and again, killing the step at point k =
 * 1, 2, ... (after its k-th repository write, then before its commit) — by an exception at odd points and
 * by a simulated crash at even ones (the step abandoned as a killed process leaves it, then
 * {@link Steps#recoverAll()} as at a restart; both at every point with {@code -Dsanxiang.faults.both=true})
 * — and finally at the point after its commit. By default a sample of the points ({@link #SAMPLE}: the first
 * write, the commit, after the commit); every point with {@code -Dsanxiang.faults=all}. After each kill the repository (every
 * case folder, document, property, aspect and protected value) and the engine (tasks, executions, jobs)
 * must be exactly as before; after the last the step has taken effect once, every document and property
 * it wrote is there with its values, and the journal is empty.
 */
final class FaultHarness implements Http.Writes {

    private static final Pattern COMPLETE = Pattern.compile("/tasks/([^/]+)/complete");
    private static final Pattern START = Pattern.compile("/processes/(sx[A-Za-z]+)");
    private static final Pattern EVENT = Pattern.compile("/processes/([^/]+)/disclosure-events");
    private static final Pattern UPLOAD = Pattern.compile("/cases/([^/]+)/records\\?.*name=([^&]+).*");
    private static final Pattern UPDATE = Pattern.compile("/cases/([^/?]+)");

    private enum Mode { EXCEPTION, CRASH }

    private final SanxiangRuntime runtime;
    private final Steps steps;
    private final Session cmis;
    private final List<Steps.Written> written = new CopyOnWriteArrayList<>();
    /** step label → points passed (writes + commit + after commit) */
    final Map<String, Integer> covered = new LinkedHashMap<>();
    int kills;

    FaultHarness(SanxiangRuntime runtime) {
        this.runtime = runtime;
        this.steps = runtime.steps();
        this.cmis = CaseJourneyIT.session(BindingType.BROWSER, runtime.cmisBrowserUrl());
        steps.observe(written::add);
    }

    /** Kills every {@code every}-th request that runs a step (1: each); the others run as they are. Jobs: always. */
    int every = 1;
    private int stepRequests;

    @Override
    public Answer send(String method, String path, Object body, Supplier<Answer> request) {
        String filter = filter(method, path, body);
        return filter == null || stepRequests++ % every != 0 ? request.get() : inject(filter, request);
    }

    /** The start of the label of the step a request runs (see LocalSanxiangService), or null when it runs none. */
    private static String filter(String method, String path, Object body) {
        String p = path.startsWith("/") ? path : "/" + path;
        Matcher m;
        if (method.equals("POST") && (m = COMPLETE.matcher(p)).matches()) {
            return "complete task " + m.group(1) + " (";
        }
        if (method.equals("POST") && (m = EVENT.matcher(p)).matches()) {
            Matcher event = Pattern.compile("\"event\"\\s*:\\s*\"(\\w+)\"").matcher(body.toString());
            assertTrue(event.find(), "an event: " + body);
            return event.group(1) + " of process " + m.group(1) + " by ";
        }
        if (method.equals("POST") && (m = START.matcher(p)).matches()) {
            return "start " + m.group(1) + " for case ";
        }
        if (method.equals("POST") && (m = UPLOAD.matcher(p)).matches()) {
            return "upload " + java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8) + " to case ";
        }
        if (method.equals("PATCH") && (m = UPDATE.matcher(p)).matches()) {
            return "update case " + java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) + " ";
        }
        return null;
    }

    /**
     * Every point of every step ({@code -Dsanxiang.faults=all}), or by default a sample that keeps CI short: the
     * step's first write, its commit and the point after it (the three ways a step can be cut: undone from the
     * journal, undone with the engine's rollback, finished from the marker).
     */
    static final boolean EVERY_POINT = "all".equalsIgnoreCase(System.getProperty("sanxiang.faults", "sample").strip());
    /** The sampled points: a number is the point itself, a word the first point of that kind. */
    static final List<String> SAMPLE = List.of("1", "commit", "settle");

    /** Runs a step with a kill at every point, then lets it through; returns the answer of the run that took effect. */
    Answer inject(String filter, Supplier<Answer> request) {
        for (int i = 1; i < 500; i++) {
            if (!EVERY_POINT && i > SAMPLE.size()) {
                throw new AssertionError(filter + ": not settled after the sampled points " + SAMPLE);
            }
            String k = EVERY_POINT ? Integer.toString(i) : SAMPLE.get(i - 1);
            // the two kills take turns from point to point (in CI time, every point once); -Dsanxiang.faults.both=true runs both at each
            List<Mode> modes = Boolean.getBoolean("sanxiang.faults.both") ? List.of(Mode.values())
                    : List.of(i % 2 == 1 ? Mode.EXCEPTION : Mode.CRASH);
            for (Mode mode : modes) {
                String before = snapshot();
                Fault fault = new Fault(filter, k, mode);
                steps.faults(fault);
                written.clear();
                Answer answer;
                try {
                    answer = request.get();
                } finally {
                    steps.faults(StepFaults.NONE);
                }
                if (fault.firedAt == null) {
                    // fewer than k points: a step that wrote nothing (nothing to kill)
                    assertTrue(answer.status() < 300, filter + ": " + answer);
                    covered.putIfAbsent(fault.origin == null ? filter : fault.origin, 0);
                    return answer;
                }
                kills++;
                if (fault.firedAt.equals("settle")) {
                    // killed after the commit: recovery finishes the step; the answer stands
                    assertEquals(1, steps.pending().size(), "the committed step awaits recovery");
                    steps.recoverAll();
                    assertTrue(steps.pending().isEmpty(), "settled: " + steps.pending());
                    assertTrue(answer.status() < 300, fault.origin + ": killed after the commit, the step took effect: " + answer);
                    verifyWrites(fault.origin);
                    covered.put(fault.origin, fault.point);
                    return answer;
                }
                assertTrue(answer.status() >= 400, fault.origin + " killed at " + fault.point + " answered " + answer);
                if (mode == Mode.CRASH) {
                    List<StepJournal.Pending> left = steps.pending();
                    assertEquals(1, left.size(), "a crash leaves the step in the journal: " + left);
                    assertEquals(1, steps.recoverAll());
                }
                assertTrue(steps.pending().isEmpty(), "settled: " + steps.pending());
                String after = snapshot();
                if (!before.equals(after)) {
                    fail(fault.origin + ": killed at point " + fault.point + " (" + fault.firedAt + ", " + mode + ") left a trace:\n"
                            + diff(before, after));
                }
            }
        }
        throw new AssertionError(filter + ": more than 500 points");
    }

    /** Every document the step created exists with its name; every property it set has the value it set. */
    private void verifyWrites(String origin) {
        StepNodes nodes = steps.nodes();
        Map<String, Map<String, Object>> last = new LinkedHashMap<>();
        for (Steps.Written w : written) {
            if (!w.origin().equals(origin)) {
                continue;
            }
            switch (w.kind()) {
                case CREATE -> {
                    StepNodes.NodeState state = nodes.state(w.nodeId());
                    assertTrue(state != null, origin + ": created " + w.name());
                    last.computeIfAbsent(w.nodeId(), k -> new LinkedHashMap<>()).putAll(w.values());
                }
                case UPDATE, ADD_ASPECT -> last.computeIfAbsent(w.nodeId(), k -> new LinkedHashMap<>()).putAll(w.values());
                case REMOVE_ASPECT -> assertFalse(nodes.state(w.nodeId()).aspects().contains(w.name()), origin + ": removed "
                        + w.name());
                case DELETE -> {
                    try {
                        nodes.state(w.nodeId());
                        fail(origin + ": " + w.nodeId() + " was to be destroyed");
                    } catch (IllegalArgumentException gone) {
                        last.remove(w.nodeId());
                    }
                }
            }
        }
        last.forEach((node, values) -> {
            Map<String, Object> now = nodes.state(node).properties();
            values.forEach((name, value) -> {
                if (!name.startsWith("cm:")) { // cm:title and cm:description: on the secondary type over CMIS
                    assertEquals(plain(value), plain(now.get(name)), origin + ": " + node + " " + name);
                }
            });
        });
    }

    private static Object plain(Object v) {
        if (v instanceof Date d) {
            return d.getTime();
        }
        if (v instanceof Instant i) {
            return i.toEpochMilli();
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay(CaseJourney.ZONE).toInstant().toEpochMilli();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(FaultHarness::plain).toList();
        }
        return v;
    }

    // ---- the state before and after

    /** Every case folder and document with its model properties, aspects and protected values; tasks, executions, jobs. */
    String snapshot() {
        TreeSet<String> lines = new TreeSet<>();
        OperationContext context = cmis.createOperationContext();
        context.setCacheEnabled(false);
        context.setFilterString("*");
        Folder cases = (Folder) cmis.getObjectByPath("/sanxiang/cases", context);
        for (CmisObject c : cases.getChildren(context)) {
            lines.add(line(c));
            if (c instanceof Folder f) {
                for (CmisObject d : f.getChildren(context)) {
                    lines.add(line(d));
                }
            }
        }
        runtime.database().query("SELECT node_id, name, val FROM sx_protected_property", rs -> lines.add("protected "
                + rs.getString(1) + " " + rs.getString(2) + "=" + rs.getString(3)));
        ProcessEngine engine = runtime.engine();
        engine.getTaskService().createTaskQuery().list().forEach(t -> lines.add("task " + t.getId() + " "
                + t.getTaskDefinitionKey() + " " + t.getAssignee() + " " + t.getProcessInstanceId()));
        engine.getRuntimeService().createExecutionQuery().list().forEach(e -> lines.add("execution " + e.getId() + " "
                + e.getActivityId() + " " + e.getProcessInstanceId()));
        // not its due date or retries: a failed job is retried later, which is the engine's answer to a failed step
        engine.getManagementService().createJobQuery().list().forEach(j -> lines.add("job " + j.getId() + " "
                + j.getExecutionId()));
        return String.join("\n", lines);
    }

    private static String line(CmisObject o) {
        Map<String, Object> props = new java.util.TreeMap<>();
        for (Property<?> p : o.getProperties()) {
            String id = p.getId();
            if (id.startsWith("cmis:") && !List.of("cmis:name", "cmis:objectTypeId", "cmis:secondaryObjectTypeIds",
                    "cmis:contentStreamLength").contains(id)) {
                continue; // modification dates and change tokens move when a value is restored
            }
            props.put(id, p.getValues().isEmpty() ? null : plainCmis(p.getValues()));
        }
        props.values().removeIf(java.util.Objects::isNull);
        return (o instanceof Document ? "document " : "folder ") + o.getId() + " " + props;
    }

    private static Object plainCmis(List<?> values) {
        List<Object> result = new ArrayList<>();
        for (Object v : values) {
            result.add(v instanceof java.util.Calendar c ? c.getTimeInMillis() : v instanceof Number n
                    ? new BigDecimal(n.toString()).stripTrailingZeros() : v);
        }
        if (result.size() == 1) {
            return result.get(0);
        }
        if (result.stream().allMatch(String.class::isInstance) && "cmis:secondaryObjectTypeIds".isEmpty()) {
            return result;
        }
        return result;
    }

    private static String diff(String before, String after) {
        TreeSet<String> b = new TreeSet<>(List.of(before.split("\n")));
        TreeSet<String> a = new TreeSet<>(List.of(after.split("\n")));
        StringBuilder out = new StringBuilder();
        b.stream().filter(l -> !a.contains(l)).forEach(l -> out.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !b.contains(l)).forEach(l -> out.append("+ ").append(l).append('\n'));
        return out.toString();
    }

    /** Kills the first step whose label contains the filter at point k (a number, or the first point of a kind). */
    private static final class Fault implements StepFaults {
        private final String filter;
        private final String k;
        private final Mode mode;
        volatile String firedAt;
        volatile int point;
        volatile String origin;
        private final Map<String, Boolean> seen = new HashMap<>();

        Fault(String filter, String k, Mode mode) {
            this.filter = filter;
            this.k = k;
            this.mode = mode;
        }

        @Override
        public synchronized void at(String stepOrigin, int point, String next) {
            // the step itself; a step that follows it in a transaction of its own ("after …") is another step
            if (!stepOrigin.startsWith(filter) || firedAt != null) {
                return;
            }
            seen.put(stepOrigin, true);
            origin = stepOrigin;
            if (!(k.chars().allMatch(Character::isDigit) ? point == Integer.parseInt(k) : next.equals(k))) {
                return;
            }
            firedAt = next;
            this.point = point;
            String message = "fault injected at point " + point + " (" + next + ") of " + stepOrigin;
            if (mode == Mode.CRASH || next.equals("settle")) {
                throw new StepFaults.Crash(message);
            }
            throw new Injected(message);
        }
    }

    /** An injected failure, handled in-process: an Error, so that no delegate's handler of failed writes takes it for one. */
    static final class Injected extends Error {
        private static final long serialVersionUID = 1L;

        Injected(String message) {
            super(message);
        }
    }
}

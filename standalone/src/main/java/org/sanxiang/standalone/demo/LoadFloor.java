package org.sanxiang.standalone.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.task.Task;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.workflow.engine.SxProcessEngines;

/**
 * The floor under the load test's journey, measured in the same run with the same clients: the repository
 * work and the engine work a case of the journey needs, each done bare. The CMIS side creates a folder, the
 * journey's documents per case (same count, 4 KB each) and lists the folder, the way the runtime's own account
 * reaches the repository (in a sandbox in-process, with {@code --cmis-binding browser} over loopback HTTP); the
 * engine side starts the journey's processes per case on an engine configured as
 * the runtime's (H2 in memory, full history, no job executor) and completes the same number of user tasks,
 * with no listener, delegate or variable. The floor is both done one after the other per case:
 * {@code 1 / (1/cmis + 1/engine)} cases per second. The journey can only be slower; the ratio says by how much.
 */
final class LoadFloor {

    /** A case of the journey: documents in the repository, processes started, user tasks completed. */
    record Shape(double documents, double processes, double tasks) {
    }

    /** Cases per second of each side and of both together. */
    record Result(Shape shape, int cases, double cmisCasesPerSecond, double engineCasesPerSecond) {
        double floorCasesPerSecond() {
            return 1.0 / (1.0 / cmisCasesPerSecond + 1.0 / engineCasesPerSecond);
        }
    }

    private static final byte[] CONTENT = "case record floor ".repeat(256).substring(0, 4096).getBytes(StandardCharsets.US_ASCII);

    private LoadFloor() {
    }

    /** The journey's shape: the documents under the runtime's root per case (the sandbox holds nothing else), the calls counted. */
    static Shape shape(Session session, String rootPath, int cases, LoadTest.Report report) {
        String root = session.getObjectByPath(rootPath).getId();
        ItemIterable<QueryResult> docs = session.query("SELECT cmis:objectId FROM cmis:document WHERE IN_TREE('" + root + "')",
                false);
        long documents = 0;
        for (QueryResult ignored : docs) {
            documents++;
        }
        Map<String, Integer> calls = new HashMap<>();
        report.endpoints().forEach(e -> calls.put(e.endpoint(), e.calls()));
        return new Shape((double) documents / cases, (double) calls.getOrDefault("POST /api/processes/{key}", 0) / cases,
                (double) calls.getOrDefault("POST /api/tasks/{id}/complete", 0) / cases);
    }

    static Result measure(CmisEndpoint repository, String rootPath, Shape shape, int cases, int concurrency)
            throws InterruptedException {
        Session session = repository.open();
        Folder root = (Folder) session.getObjectByPath(rootPath);
        Folder floor = root.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder",
                PropertyIds.NAME, "floor-" + System.currentTimeMillis()));
        int documents = (int) Math.round(shape.documents());
        double cmis = casesPerSecond(cases, concurrency, n -> {
            Folder folder = floor.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, "case-" + n));
            for (int d = 0; d < documents; d++) {
                ContentStream stream = session.getObjectFactory().createContentStream("d" + d + ".txt", CONTENT.length,
                        "text/plain", new ByteArrayInputStream(CONTENT));
                folder.createDocument(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:document", PropertyIds.NAME, "d" + d + ".txt"),
                        stream, VersioningState.NONE);
            }
            folder.getChildren().forEach(c -> c.getName());
        });
        int processes = Math.max(1, (int) Math.round(shape.processes()));
        int tasksEach = Math.max(1, (int) Math.round(shape.tasks() / processes));
        ProcessEngine engine = SxProcessEngines.forDatabase(
                RuntimeConfig.h2Settings("jdbc:h2:mem:sanxiang-floor-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"))
                .name("sanxiang-floor-" + System.nanoTime()).jobExecutor(false).build();
        try {
            engine.getRepositoryService().createDeployment().addString("floor.bpmn20.xml", bpmn(tasksEach)).deploy();
            double bare = casesPerSecond(cases, concurrency, n -> {
                for (int p = 0; p < processes; p++) {
                    String id = engine.getRuntimeService().startProcessInstanceByKey("floor", "floor-" + n + "-" + p).getId();
                    for (int t = 0; t < tasksEach; t++) {
                        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
                        engine.getTaskService().complete(task.getId());
                    }
                }
            });
            return new Result(shape, cases, cmis, bare);
        } finally {
            engine.close();
        }
    }

    /** {@code tasks} user tasks in a row. */
    static String bpmn(int tasks) {
        StringBuilder flow = new StringBuilder("<startEvent id='s'/>");
        String last = "s";
        for (int t = 1; t <= tasks; t++) {
            flow.append("<userTask id='t").append(t).append("'/>");
            flow.append("<sequenceFlow id='f").append(t).append("' sourceRef='").append(last).append("' targetRef='t")
                    .append(t).append("'/>");
            last = "t" + t;
        }
        flow.append("<endEvent id='e'/><sequenceFlow id='fe' sourceRef='").append(last).append("' targetRef='e'/>");
        return "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='sanxiang-floor'>"
                + "<process id='floor' isExecutable='true'>" + flow + "</process></definitions>";
    }

    @FunctionalInterface
    private interface CaseWork {
        void run(int n) throws Exception;
    }

    private static double casesPerSecond(int cases, int concurrency, CaseWork work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            futures.add(pool.submit(() -> {
                for (int n = next.incrementAndGet(); n <= cases; n = next.incrementAndGet()) {
                    work.run(n);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            try {
                f.get(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                pool.shutdownNow();
                throw new IllegalStateException("the floor's work failed: " + e, e);
            }
        }
        double seconds = Duration.ofNanos(System.nanoTime() - t0).toMillis() / 1000.0;
        return cases / Math.max(0.001, seconds);
    }

    static String markdown(Result r, double journeyCasesPerSecond) {
        return String.format("%nThe floor in the same run (%d cases, the journey's shape per case: %.1f documents, %.1f process "
                + "starts, %.1f task completions): bare CMIS %.2f cases/s, bare engine %.2f cases/s, both **%.2f cases/s**; "
                + "the journey runs at **%.2f×** its floor.%n", r.cases(), r.shape().documents(), r.shape().processes(),
                r.shape().tasks(), r.cmisCasesPerSecond(), r.engineCasesPerSecond(), r.floorCasesPerSecond(),
                journeyCasesPerSecond / r.floorCasesPerSecond());
    }
}

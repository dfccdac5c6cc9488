package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/** The load test's floor does the journey's work bare: the documents it writes, the tasks it completes. */
class LoadFloorTest {

    @TempDir
    Path dir;

    @Test
    void theFloorWritesTheShapesDocumentsAndCompletesItsTasks() throws Exception {
        try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir), List.of())) {
            String root = runtime.config().cmisRootPath();
            LoadFloor.Result r = LoadFloor.measure(runtime.cmisEndpoint(), root, new LoadFloor.Shape(2, 2, 6), 3, 2);
            Session session = runtime.cmisEndpoint().open();
            Folder floor = null;
            for (CmisObject o : ((Folder) session.getObjectByPath(root)).getChildren()) {
                if (o.getName().startsWith("floor-")) {
                    floor = (Folder) o;
                }
            }
            List<Integer> documents = new ArrayList<>();
            for (CmisObject c : floor.getChildren()) {
                int n = 0;
                for (CmisObject ignored : ((Folder) c).getChildren()) {
                    n++;
                }
                documents.add(n);
            }
            assertEquals(List.of(2, 2, 2), documents, "three cases of two documents each");
            assertTrue(r.cmisCasesPerSecond() > 0 && r.engineCasesPerSecond() > 0, r.toString());
            assertTrue(r.floorCasesPerSecond() < Math.min(r.cmisCasesPerSecond(), r.engineCasesPerSecond()), r.toString());
        }
    }

    @Test
    void theBareProcessHasTheTasksInARow() {
        String bpmn = LoadFloor.bpmn(3);
        assertEquals(3, bpmn.split("<userTask ").length - 1);
        assertTrue(bpmn.contains("sourceRef='t3' targetRef='e'"), bpmn);
    }
}

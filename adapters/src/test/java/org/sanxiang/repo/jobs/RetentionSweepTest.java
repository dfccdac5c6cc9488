package org.sanxiang.repo.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionSweepTest {

    /** A repository of our own making (Alfresco is what is faked here, through our port). */
    static final class Cases implements RetentionSweep.RetentionCases {
        final Set<String> retained = new TreeSet<>();
        final Set<String> running = new TreeSet<>();
        final List<String> startedKeys = new ArrayList<>();
        String failing;

        @Override
        public Set<String> casesWithRetainedRecords() {
            return retained;
        }

        @Override
        public boolean hasRunningProcess(String caseId, String processKey) {
            return processKey.equals("sxRetention") && running.contains(caseId);
        }

        @Override
        public String startProcess(String processKey, String caseId) {
            if (caseId.equals(failing)) {
                throw new IllegalStateException("case " + caseId + " is locked");
            }
            startedKeys.add(processKey);
            running.add(caseId);
            return "pi-" + caseId;
        }
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十三条 / fushun-2026 第二十二条: every case with retained records gets one sxRetention, once")
    void startsOncePerCase() {
        Cases cases = new Cases();
        cases.retained.addAll(List.of("c1", "c2", "c3"));
        cases.running.add("c2");
        RetentionSweep sweep = new RetentionSweep(cases);

        RetentionSweep.Result first = sweep.sweep();
        assertEquals(List.of("c1", "c3"), first.started());
        assertEquals(List.of("sxRetention", "sxRetention"), cases.startedKeys);
        assertTrue(sweep.sweep().started().isEmpty(), "a second run starts nothing");
    }

    @Test
    @DisplayName("a case whose start fails is reported and retried next run; the others start")
    void failureIsRetried() {
        Cases cases = new Cases();
        cases.retained.addAll(List.of("c1", "c2"));
        cases.failing = "c1";
        RetentionSweep sweep = new RetentionSweep(cases);
        String summary = sweep.run();
        assertTrue(summary.contains("[c2]") && summary.contains("c1: case c1 is locked"), summary);
        cases.failing = null;
        assertEquals(List.of("c1"), sweep.sweep().started());
    }
}

package org.sanxiang.repo.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Starts the retention process ({@code sxRetention}) for every case that holds records under
 * retention ({@code sx:retention}: chongqing-2024 全过程记录 第十三条, wuhan-2020 全过程记录 第二十七条,
 * fushun-2026 第二十二条) and has no retention process running yet. The process itself waits for each
 * record's {@code sx:retainUntil}, checks a long-term hold (fushun-2026 第二十三条) and asks the
 * archivists before anything is destroyed; the sweep only makes sure no case is forgotten.
 *
 * <p>A case whose start fails is reported and retried on the next run; the others still start.
 */
public final class RetentionSweep implements ScheduledWork {

    /** Process definition key of the retention process. */
    public static final String PROCESS = "sxRetention";

    /** Where the repository is asked (in Alfresco: a search and the workflow service). */
    public interface RetentionCases {

        /** Ids of the case folders that hold at least one record with {@code sx:retention}. */
        Set<String> casesWithRetainedRecords();

        /** Whether a process of the given key is running for the case. */
        boolean hasRunningProcess(String caseId, String processKey);

        /** Starts the process for the case; returns the process instance id. */
        String startProcess(String processKey, String caseId);
    }

    /** What one run did. */
    public record Result(List<String> started, List<String> failed) {
        public Result {
            started = List.copyOf(started);
            failed = List.copyOf(failed);
        }
    }

    private final RetentionCases cases;

    public RetentionSweep(RetentionCases cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    public String name() {
        return "sanxiangRetentionSweep";
    }

    public Result sweep() {
        List<String> started = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String caseId : new TreeSet<>(cases.casesWithRetainedRecords())) {
            try {
                if (cases.hasRunningProcess(caseId, PROCESS)) {
                    continue;
                }
                cases.startProcess(PROCESS, caseId);
                started.add(caseId);
            } catch (RuntimeException e) {
                failed.add(caseId + ": " + e.getMessage());
            }
        }
        return new Result(started, failed);
    }

    @Override
    public String run() {
        Result r = sweep();
        return "retention sweep: started " + PROCESS + " for " + r.started().size() + " case(s) " + r.started()
                + (r.failed().isEmpty() ? "" : "; failed (retried next run): " + r.failed());
    }
}

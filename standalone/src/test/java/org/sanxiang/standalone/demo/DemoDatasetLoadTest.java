package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import org.sanxiang.standalone.runtime.Views;

/** The sandbox finds the demo dataset through its start-up hook and starts with the cases loaded. */
class DemoDatasetLoadTest {

    @Test
    @DisplayName("A sandbox started with the ServiceLoader's datasets holds every demo case with its pre-decision records")
    void sandboxStartsWithTheCases(@TempDir Path dir) {
        try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir))) {
            Map<String, Views.CaseView> byNumber = runtime.service().cases().stream()
                    .collect(Collectors.toMap(Views.CaseView::caseNumber, Function.identity()));
            List<DemoCase> cases = DemoCases.shipped();
            assertEquals(cases.size(), byNumber.size(), byNumber.keySet().toString());
            for (DemoCase c : cases) {
                Views.CaseView view = byNumber.get(c.caseNumber());
                assertEquals(c.profile(), view.profile(), c.key());
                assertEquals(c.title(), view.title(), c.key());
                List<Views.RecordView> records = runtime.service().records(view.id());
                assertEquals(c.recordsAt("load").size(), records.size(), c.key());
                for (Views.RecordView r : records) {
                    DemoRecord spec = c.records().stream().filter(s -> s.name().equals(r.name())).findFirst().orElseThrow();
                    assertTrue(r.intake().mediaType().startsWith(RecordFiles.mediaType(spec)), r.name() + ": " + r.intake());
                }
            }
        }
    }
}

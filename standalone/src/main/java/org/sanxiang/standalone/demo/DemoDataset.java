package org.sanxiang.standalone.demo;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.StartupDataset;
import org.sanxiang.standalone.runtime.Views;

/**
 * The demo dataset as the sandbox's start-up dataset (registered in
 * {@code META-INF/services/org.sanxiang.standalone.runtime.StartupDataset}): one case folder per demo
 * case with its facts and properties, and the records the case file holds before the decision, their
 * files generated now. The rest (legal review, decision, disclosure, stages, archiving, access) is
 * what {@code demo} runs, or what a user does through the REST API.
 */
public final class DemoDataset implements StartupDataset {

    private final List<DemoCase> cases;

    /** The shipped cases (the constructor ServiceLoader uses). */
    public DemoDataset() {
        this(DemoCases.shipped());
    }

    public DemoDataset(List<DemoCase> cases) {
        this.cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
    }

    @Override
    public String name() {
        return "demo dataset (" + cases.size() + " cases: "
                + String.join(", ", cases.stream().map(DemoCase::profile).distinct().toList()) + ")";
    }

    @Override
    public void load(SanxiangService service) {
        for (DemoCase demoCase : cases) {
            Views.CaseView view = createCase(service, demoCase);
            addRecords(service, view.id(), demoCase.recordsAt("load"));
        }
    }

    public List<DemoCase> cases() {
        return cases;
    }

    /** Creates the case folder of a demo case. */
    public static Views.CaseView createCase(SanxiangService service, DemoCase demoCase) {
        Map<String, Object> properties = new LinkedHashMap<>(demoCase.properties());
        properties.putIfAbsent(SanxiangModel.PROP_FILED_AT.toPrefixString(),
                demoCase.dates().get("filed") == null ? null : demoCase.dates().get("filed").toString());
        properties.values().removeIf(Objects::isNull);
        return service.createCase(new Requests.NewCase(demoCase.title(), CaseFactsJson.read(demoCase.facts()), properties));
    }

    /** Adds records to a case, each file generated from its spec; returns what the runtime recorded. */
    public static List<Views.RecordView> addRecords(SanxiangService service, String caseId, List<DemoRecord> records) {
        return records.stream().map(r -> service.addRecord(caseId,
                new Requests.NewRecord(r.type(), r.name(), r.properties(), 0),
                new ByteArrayInputStream(RecordFiles.content(r)))).toList();
    }
}

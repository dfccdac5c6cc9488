package org.sanxiang.standalone.scale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

/**
 * Writes a bureau's year, as {@link AnnualYearDraw} draws it from the seed, straight into the embedded
 * CMIS repository (chongqing-2024 公示 第十四条), and sums each draw's own count of every figure, so
 * that what {@code CmisAnnualData} computes can be checked against it. The same seed gives the same
 * repository, whatever the number of writer threads.
 *
 * <p>It writes through {@link EmbeddedCmisServer#localService}, the server's own service in this JVM
 * (model enforcement and writer checks included, HTTP left out): a CMIS call over HTTP per object would
 * take hours for 100,000 cases on a shared 2-core machine.
 */
final class AnnualYearGenerator {

    static final String CASES = "cases";
    static final String OTHER_BUREAU = "other-bureau";
    static final String PUBLIC = "public";
    static final String INTERNAL = "internal";
    static final ZoneId ZONE = AnnualYearDraw.ZONE;

    private final EmbeddedCmisServer server;
    private final int year;
    private final AnnualYearDraw draw;
    private final Map<String, LongAdder> expected = new ConcurrentHashMap<>();
    private final LongAdder objects = new LongAdder();
    private final Map<String, String> folders = new ConcurrentHashMap<>();

    AnnualYearGenerator(EmbeddedCmisServer server, int year, long seed) {
        this.server = server;
        this.year = year;
        this.draw = new AnnualYearDraw(year, seed, LocalDate.now(ZONE));
    }

    /** Writes cases {@code from} to {@code from + count - 1} with {@code writers} threads. */
    void generate(int from, int count, int writers) throws Exception {
        if (folders.isEmpty()) {
            CmisService service = server.localService("admin");
            try {
                String root = service.getRepositoryInfo(EmbeddedCmisServer.REPOSITORY_ID, null).getRootFolderId();
                for (String tree : List.of(CASES, OTHER_BUREAU, PUBLIC, INTERNAL)) {
                    folders.put(tree, folder(service, root, tree));
                }
                for (int y = year - 1; y <= year; y++) {
                    String yearFolder = folder(service, folders.get(CASES), Integer.toString(y));
                    for (int m = 1; m <= 12; m++) {
                        folders.put(y + "-" + m, folder(service, yearFolder, String.format("%02d", m)));
                    }
                }
            } finally {
                service.close();
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> parts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            parts.add(pool.submit(() -> {
                CmisService service = server.localService("admin");
                try {
                    int n;
                    while ((n = next.getAndIncrement()) < from + count) {
                        writeCase(service, n);
                    }
                } finally {
                    service.close();
                }
                return null;
            }));
        }
        try {
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The figures the generated year must show, by code, zeros left out. */
    Map<String, Long> expected() {
        Map<String, Long> result = new TreeMap<>();
        expected.forEach((code, n) -> {
            if (n.sum() != 0) {
                result.put(code, n.sum());
            }
        });
        return result;
    }

    /** Objects written so far (folders and documents). */
    long objects() {
        return objects.sum();
    }

    private void count(Map<String, Long> counts) {
        counts.forEach((code, n) -> expected.computeIfAbsent(code, c -> new LongAdder()).add(n));
    }

    private void writeCase(CmisService service, int n) {
        AnnualYearDraw.Case drawn = draw.draw(n);
        String parent = drawn.ours() ? folders.get(drawn.monthFolder()) : folders.get(OTHER_BUREAU);
        String caseId = service.createFolder(EmbeddedCmisServer.REPOSITORY_ID, properties(drawn.folder()), parent, null,
                null, null, null);
        objects.increment();
        for (AnnualYearDraw.Item item : drawn.items()) {
            create(service, item.properties(), switch (item.place()) {
                case CASE -> caseId;
                case PUBLIC -> folders.get(PUBLIC);
                case INTERNAL -> folders.get(INTERNAL);
            });
        }
        count(drawn.counts());
    }

    private void create(CmisService service, Map<String, Object> props, String folderId) {
        service.createDocument(EmbeddedCmisServer.REPOSITORY_ID, properties(props), folderId, null, null, null, null, null,
                null);
        objects.increment();
    }

    private String folder(CmisService service, String parentId, String name) {
        objects.increment();
        return service.createFolder(EmbeddedCmisServer.REPOSITORY_ID, properties(Map.of(PropertyIds.OBJECT_TYPE_ID,
                "cmis:folder", PropertyIds.NAME, name)), parentId, null, null, null, null);
    }

    private static PropertiesImpl properties(Map<String, Object> values) {
        PropertiesImpl properties = new PropertiesImpl();
        values.forEach((id, value) -> {
            PropertyData<?> data = value == null ? null
                    : id.equals(PropertyIds.OBJECT_TYPE_ID) ? new PropertyIdImpl(id, (String) value)
                    : value instanceof List<?> l ? new PropertyIdImpl(id, l.stream().map(Object::toString).toList())
                    : value instanceof String s ? new PropertyStringImpl(id, s)
                    : value instanceof GregorianCalendar c ? new PropertyDateTimeImpl(id, c)
                    : value instanceof BigDecimal d ? new PropertyDecimalImpl(id, d)
                    : value instanceof Boolean b ? new PropertyBooleanImpl(id, b)
                    : unsupported(id, value);
            if (data != null) {
                properties.addProperty(data);
            }
        });
        return properties;
    }

    private static PropertyData<?> unsupported(String id, Object value) {
        throw new IllegalArgumentException(id + ": no CMIS property for " + value.getClass().getSimpleName());
    }
}

package org.sanxiang.standalone.scale;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.servlet.DispatcherType;

import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.commons.impl.server.AbstractServiceFactory;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.AbstractCmisHttpServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.sanxiang.standalone.cmis.CmisCallCounter;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

/**
 * A CMIS 1.1 repository over HTTP on 127.0.0.1 (browser binding) whose content is a year drawn by
 * {@link AnnualYearDraw} and never stored: it answers the CMIS-QL pages and the object reads the annual
 * account issues ({@code CmisAnnualData}) from an index built once (for each type and tree, the drawn
 * objects in it, as case number and place in the case), drawing the rows of the page asked for again from
 * the seed. A page therefore costs what it returns, whatever the year's size, as a repository that
 * answers {@code IN_TREE} and {@code IN_FOLDER} from an index does — unlike the OpenCMIS InMemory server,
 * which scans its whole store on every query. What it measures is the computation.
 *
 * <p>Types come from the embedded server's own type manager (the sx model as the standalone serves it),
 * so the client reads the same definitions. A query it does not understand is refused ({@code 405},
 * counted in {@link #refused()}): a change to the account's queries cannot silently measure nothing.
 * Aspect queries ({@code FROM sx:majorDecision WHERE cmis:objectId IN (…)}) are answered as Alfresco
 * answers them, or, with {@code aspectQueries} false, refused with {@code invalidArgument} as the InMemory
 * server refuses them (the account then reads each object).
 */
final class GeneratedCmisRepository implements AutoCloseable {

    static final String CASES_ID = "cases";
    static final String PUBLIC_ID = "public";
    static final String INTERNAL_ID = "internal";
    /** The index's place of a case's own folder among its objects. */
    static final int FOLDER = 0xFFFF;

    private final AnnualYearDraw draw;
    private final int cases;
    private final boolean aspectQueries;
    private final Instant writtenAt;
    private final EmbeddedCmisServer types;
    private final CmisService typeService;
    private final Map<String, TypeDefinition> typeById = new HashMap<>();
    private final Map<String, String> typeIdByQueryName = new HashMap<>();
    /** By tree id and type id: the objects in that tree of that type or a subtype, as {@code n << 16 | place}. */
    private final Map<String, long[]> index = new HashMap<>();
    private final Map<String, Long> expected = new TreeMap<>();
    private final CmisCallCounter calls = new CmisCallCounter();
    private final LongAdder refused = new LongAdder();
    private final Map<String, LongAdder> queriesByShape = new ConcurrentHashMap<>();
    private Server jetty;

    /** Cases {@code 0} to {@code cases - 1} of the year drawn from {@code seed}, written (for the access figures' "today") now. */
    GeneratedCmisRepository(int cases, int year, long seed, boolean aspectQueries) {
        this.writtenAt = Instant.now();
        this.draw = new AnnualYearDraw(year, seed, LocalDate.ofInstant(writtenAt, AnnualYearDraw.ZONE));
        this.cases = cases;
        this.aspectQueries = aspectQueries;
        this.types = new EmbeddedCmisServer(0, Map.of("admin", "admin-secret"));
        this.typeService = types.localService("admin");
        for (TypeDefinitionContainer base : typeService.getTypeDescendants(EmbeddedCmisServer.REPOSITORY_ID, null,
                java.math.BigInteger.valueOf(-1), true, null)) {
            collect(base);
        }
        buildIndex();
    }

    private void collect(TypeDefinitionContainer container) {
        TypeDefinition type = container.getTypeDefinition();
        typeById.put(type.getId(), type);
        typeIdByQueryName.put(type.getQueryName(), type.getId());
        container.getChildren().forEach(this::collect);
    }

    private void buildIndex() {
        Map<String, LongList> lists = new HashMap<>();
        for (int n = 0; n < cases; n++) {
            AnnualYearDraw.Case c = draw.draw(n);
            c.counts().forEach((code, k) -> expected.merge(code, k, Long::sum));
            if (c.ours()) {
                for (String t : ancestors(typeOf(c.folder()))) {
                    lists.computeIfAbsent(CASES_ID + "|" + t, k -> new LongList()).add((long) n << 16 | FOLDER);
                }
            }
            for (int i = 0; i < c.items().size(); i++) {
                AnnualYearDraw.Item item = c.items().get(i);
                String tree = switch (item.place()) {
                    case CASE -> c.ours() ? CASES_ID : null; // another bureau's case tree is not served
                    case PUBLIC -> PUBLIC_ID;
                    case INTERNAL -> INTERNAL_ID;
                };
                if (tree != null) {
                    for (String t : ancestors(item.typeId())) {
                        lists.computeIfAbsent(tree + "|" + t, k -> new LongList()).add((long) n << 16 | i);
                    }
                }
            }
        }
        lists.forEach((k, v) -> index.put(k, v.toArray()));
    }

    /** Starts serving on 127.0.0.1 (port 0: any free port). */
    GeneratedCmisRepository start(int port) {
        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, new AbstractServiceFactory() {
            @Override
            public CmisService getService(CallContext callContext) {
                return new GeneratedCmisService(GeneratedCmisRepository.this);
            }
        });
        context.addFilter(new FilterHolder(calls), "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder browser = new ServletHolder("cmisbrowser", new CmisBrowserBindingServlet());
        browser.setInitParameter(AbstractCmisHttpServlet.PARAM_CALL_CONTEXT_HANDLER, BasicAuthCallContextHandler.class.getName());
        context.addServlet(browser, "/browser/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("generated CMIS repository: cannot listen: " + e.getMessage(), e);
        }
        jetty = server;
        return this;
    }

    String browserUrl() {
        return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/browser";
    }

    /** The figures the drawn year must show, by code, zeros left out. */
    Map<String, Long> expected() {
        Map<String, Long> result = new TreeMap<>();
        expected.forEach((code, n) -> {
            if (n != 0) {
                result.put(code, n);
            }
        });
        return result;
    }

    CmisCallCounter calls() {
        return calls;
    }

    /** Queries and reads refused because they were not understood (aspect queries refused on purpose excluded). */
    long refused() {
        return refused.sum();
    }

    /** The queries answered, by shape (table and condition, ids left out). */
    Map<String, Long> queriesByShape() {
        Map<String, Long> result = new TreeMap<>();
        queriesByShape.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    /** Objects in the served trees (case folders and documents). */
    long objects() {
        return index.entrySet().stream().filter(e -> e.getKey().endsWith("|cmis:folder") || e.getKey().endsWith("|cmis:document"))
                .mapToLong(e -> e.getValue().length).sum();
    }

    @Override
    public void close() {
        try {
            if (jetty != null) {
                jetty.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            typeService.close();
            types.close();
        }
    }

    // ---- what the service reads

    CmisService typeService() {
        return typeService;
    }

    AnnualYearDraw draw() {
        return draw;
    }

    int cases() {
        return cases;
    }

    boolean aspectQueries() {
        return aspectQueries;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    TypeDefinition type(String id) {
        return typeById.get(id);
    }

    String typeIdOfQueryName(String queryName) {
        return typeIdByQueryName.get(queryName);
    }

    long[] indexed(String tree, String typeId) {
        return index.getOrDefault(tree + "|" + typeId, new long[0]);
    }

    void refuse() {
        refused.increment();
    }

    void answered(String shape) {
        queriesByShape.computeIfAbsent(shape, k -> new LongAdder()).increment();
    }

    /** The type and every type above it. */
    List<String> ancestors(String typeId) {
        List<String> result = new ArrayList<>();
        for (TypeDefinition t = typeById.get(typeId); t != null; t = t.getParentTypeId() == null ? null : typeById.get(t.getParentTypeId())) {
            result.add(t.getId());
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("generated CMIS repository: unknown type " + typeId);
        }
        return result;
    }

    boolean isA(String typeId, String ancestorId) {
        return ancestors(typeId).contains(ancestorId);
    }

    static String typeOf(Map<String, Object> properties) {
        return (String) properties.get(org.apache.chemistry.opencmis.commons.PropertyIds.OBJECT_TYPE_ID);
    }

    static Set<String> trees() {
        return Set.of(CASES_ID, PUBLIC_ID, INTERNAL_ID);
    }

    /** A growable list of longs: the index holds some 10^6 entries at 100,000 cases, boxed they would be 16 times larger. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}

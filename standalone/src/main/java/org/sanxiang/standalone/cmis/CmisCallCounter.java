package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;

/**
 * Counts the HTTP calls the embedded CMIS server receives, by kind ({@code GET object}, {@code POST
 * createDocument}, ...), the in-process ones by method ({@code local getObject}), and the time spent answering
 * them: what a REST operation costs in repository calls, for the call-count test and the benchmarks. Counting is a
 * few adds per call; it is always on.
 */
public final class CmisCallCounter implements Filter {

    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    /** The calls so far. */
    public long total() {
        return total.sum();
    }

    /** The time the server spent answering the calls so far, summed over calls (concurrent calls add up). */
    public Duration time() {
        return Duration.ofNanos(nanos.sum());
    }

    /** The calls so far by kind, sorted by kind. */
    public Map<String, Long> byKind() {
        Map<String, Long> result = new TreeMap<>();
        byKind.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    /**
     * {@code served}, each call of its services counted as {@code local <method>} (the in-process calls, which no
     * HTTP filter sees).
     */
    CmisServiceFactory counting(CmisServiceFactory served) {
        return new ForwardingServiceFactory(served) {
            @Override
            public CmisService getService(CallContext context) {
                CmisService service = served.getService(context);
                return (CmisService) Proxy.newProxyInstance(CmisCallCounter.class.getClassLoader(),
                        new Class<?>[] {CmisService.class}, (proxy, method, args) -> {
                            String name = method.getName();
                            boolean call = !name.equals("close") && !name.equals("getCallContext")
                                    && !name.equals("setCallContext");
                            if (call) {
                                total.increment();
                                byKind.computeIfAbsent("local " + name, k -> new LongAdder()).increment();
                            }
                            long start = System.nanoTime();
                            try {
                                return method.invoke(service, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            } finally {
                                if (call) {
                                    nanos.add(System.nanoTime() - start);
                                }
                            }
                        });
            }
        };
    }

    @Override
    public void init(FilterConfig filterConfig) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            total.increment();
            byKind.computeIfAbsent(kind(http), k -> new LongAdder()).increment();
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    /**
     * The browser binding names the operation in {@code cmisselector} (reads) or {@code cmisaction} (writes,
     * a multipart field the filter does not parse, so a POST counts as its path's kind); AtomPub by path.
     */
    private static String kind(HttpServletRequest http) {
        if ("POST".equals(http.getMethod())) {
            return "POST"; // its body is left unread for the binding
        }
        String selector = http.getParameter("cmisselector");
        String path = http.getPathInfo() == null ? "" : http.getPathInfo();
        return http.getMethod() + " " + (selector != null ? selector : path.startsWith("/atom11") ? path : "object");
    }

    @Override
    public void destroy() {
        // nothing held
    }
}

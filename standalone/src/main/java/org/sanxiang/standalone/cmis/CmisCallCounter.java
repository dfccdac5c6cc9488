package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

/**
 * Counts the HTTP calls the embedded CMIS server receives, by kind ({@code GET object}, {@code POST
 * createDocument}, ...), and the time spent answering them: what a REST operation costs in repository round
 * trips, for the call-count test and the benchmarks. Counting is a few adds per call; it is always on.
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

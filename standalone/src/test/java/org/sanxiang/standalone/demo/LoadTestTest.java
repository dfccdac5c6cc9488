package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The load test's own arithmetic and its loopback guard (the load itself runs only as `bench`). */
class LoadTestTest {

    @Test
    @DisplayName("Percentiles are nearest-rank over the sorted latencies")
    void percentiles() {
        List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertEquals(5, LoadTest.percentile(sorted, 0.50));
        assertEquals(10, LoadTest.percentile(sorted, 0.99));
        assertEquals(1, LoadTest.percentile(List.of(1L), 0.99));
        LoadTest.EndpointStats stats = LoadTest.stats("GET /x", new java.util.ArrayList<>(List.of(3000L, 1000L, 2000L)));
        assertEquals(3, stats.calls());
        assertEquals(2.0, stats.p50Millis());
        assertEquals(3.0, stats.p99Millis());
    }

    @Test
    @DisplayName("Only loopback: another host is refused naming the url")
    void loopbackOnly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LoadTest.Settings(URI.create("http://192.0.2.10:8088/"), 1, 1, Duration.ofSeconds(1), "x"));
        assertTrue(e.getMessage().startsWith("url: http://192.0.2.10:8088/ is not a loopback address"), e.getMessage());
        new LoadTest.Settings(URI.create("http://127.0.0.1:8088/"), 1, 1, Duration.ofSeconds(1), "x");
        new LoadTest.Settings(URI.create("http://localhost:8088/"), 1, 1, Duration.ofSeconds(1), "x");
    }
}

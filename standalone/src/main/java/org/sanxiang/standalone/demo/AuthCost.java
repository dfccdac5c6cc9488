package org.sanxiang.standalone.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.sanxiang.standalone.auth.Authenticator;
import org.sanxiang.standalone.auth.BasicAuthentication;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.auth.Principal;
import org.sanxiang.standalone.auth.UserDirectory;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * {@code bench --auth}: what authentication costs a request. Two REST APIs over the same sandbox and
 * guard, one checking Basic credentials as served (BCrypt, remembered for five minutes), one taking a
 * fixed principal without any check; the same cheap authenticated request on each, interleaved, p50 and
 * p99. Also the cost of a check the cache has not seen (one BCrypt verification, cost 10).
 */
final class AuthCost {

    private AuthCost() {
    }

    static void measure(SanxiangRuntime runtime, int requests, PrintStream out) throws IOException, InterruptedException {
        Principal officer = DemoUsers.principal("officer1");
        Authenticator none = (user, password) -> Optional.of(officer);
        RuntimeConfig config = runtime.config();
        try (RestApi with = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                config.defaultProfile());
                RestApi without = RestApi.start(runtime.guard(), none, "127.0.0.1", 0, config.maxUploadBytes(),
                        config.defaultProfile())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String header = BasicAuthentication.header("officer1", "officer1");
            String path = "/tasks?assignee=nobody";
            List<Long> withMicros = new ArrayList<>();
            List<Long> withoutMicros = new ArrayList<>();
            for (int i = 0; i < requests + 200; i++) {
                long a = time(http, URI.create(with.url() + path), header);
                long b = time(http, URI.create(without.url() + path), header);
                if (i >= 200) { // the first 200 warm the JIT and the connections
                    withMicros.add(a);
                    withoutMicros.add(b);
                }
            }
            List<Long> bcrypt = new ArrayList<>();
            UserDirectory one = UserDirectory.of(List.of(UserDirectory.hashed("u", "u", java.util.Set.of())));
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                one.authenticate("u", "u");
                bcrypt.add((System.nanoTime() - t0) / 1000);
            }
            out.printf("| request | p50 ms | p99 ms |%n|---|---|---|%n");
            out.printf("| GET /api/tasks?assignee=nobody, Basic checked (cached) | %.3f | %.3f |%n", p(withMicros, 0.5),
                    p(withMicros, 0.99));
            out.printf("| GET /api/tasks?assignee=nobody, no check (fixed principal) | %.3f | %.3f |%n", p(withoutMicros, 0.5),
                    p(withoutMicros, 0.99));
            out.printf("| one BCrypt check (cost 10), a user's first request per 5 minutes | %.3f | %.3f |%n", p(bcrypt, 0.5),
                    p(bcrypt, 0.99));
            out.printf("%nauthentication per request, p50: %.3f ms (%d requests each)%n", p(withMicros, 0.5) - p(withoutMicros, 0.5),
                    requests);
        }
    }

    private static long time(HttpClient http, URI uri, String header) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", header).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " → " + r.statusCode() + " " + r.body());
        }
        return (System.nanoTime() - t0) / 1000;
    }

    private static double p(List<Long> micros, double q) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
    }
}

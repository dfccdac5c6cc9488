package org.sanxiang.standalone.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aUsersFileHoldsBcryptHashesAndGroups() throws Exception {
        String line = "lawyer9:" + UserDirectory.hash("s3cret") + ":GROUP_SX_LEGAL_OFFICE, GROUP_SX_LEADERS";
        assertTrue(line.contains(":{bcrypt}$2a$10$"), line);
        Path file = Files.writeString(dir.resolve("users"), "# the bureau's users\n\n" + line + "\n");
        UserDirectory users = UserDirectory.read(file);
        Principal p = users.authenticate("lawyer9", "s3cret").orElseThrow();
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE", "GROUP_SX_LEADERS"), p.groups());
        assertTrue(users.authenticate("lawyer9", "wrong").isEmpty());
        assertTrue(users.authenticate("nobody", "s3cret").isEmpty());
        assertTrue(users.authenticate("lawyer9", null).isEmpty());
    }

    @Test
    void aPasswordInClearIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("users"), "officer1:officer1:GROUP_SX_ENFORCEMENT\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(file));
        assertTrue(e.getMessage().contains(":1") && e.getMessage().contains("in clear"), e.getMessage());
    }

    @Test
    void aLineWithoutHashIsForTheRepositoryToCheck() throws Exception {
        UserDirectory users = UserDirectory.read(Files.writeString(dir.resolve("users"), "officer1:-:GROUP_SX_ENFORCEMENT\n"));
        assertTrue(users.authenticate("officer1", "-").isEmpty(), "no password is accepted from the file");
        assertEquals(Optional.of(Set.of("GROUP_SX_ENFORCEMENT")), users.groups("officer1"));
    }

    @Test
    void theDemoUsersPasswordIsTheirName() {
        for (String name : DemoUsers.USERS.keySet()) {
            assertEquals(name, DemoUsers.directory().authenticate(name, name).orElseThrow().name());
        }
        assertTrue(DemoUsers.principal("leader1").in(SxGroups.LEADERS));
        assertTrue(DemoUsers.principal("integrator1").groups().stream().noneMatch(SxGroups.STAFF::contains));
    }

    @Test
    void theCacheChecksOncePerPeriodAndNeverCachesAFailure() {
        AtomicInteger checks = new AtomicInteger();
        Authenticator counting = (u, pw) -> {
            checks.incrementAndGet();
            return pw.equals("ok") ? Optional.of(new Principal(u, Set.of())) : Optional.empty();
        };
        CachingAuthenticator cache = new CachingAuthenticator(counting, Duration.ofMinutes(5), Clock.systemUTC());
        cache.authenticate("a", "ok");
        cache.authenticate("a", "ok");
        assertEquals(1, checks.get());
        cache.authenticate("a", "bad");
        cache.authenticate("a", "bad");
        assertEquals(3, checks.get());
    }

    @Test
    void requestsArrivingWhileTheSameCredentialsAreCheckedWaitForThatCheck() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Authenticator slow = (u, pw) -> {
            checks.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new Principal(u, Set.of()));
        };
        CachingAuthenticator cache = new CachingAuthenticator(slow, Duration.ofMinutes(5), Clock.systemUTC());
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Optional<Principal>>> answers = new java.util.ArrayList<>();
            answers.add(clients.submit(() -> cache.authenticate("a", "ok")));
            while (checks.get() == 0) {
                Thread.sleep(5);
            }
            for (int i = 0; i < 3; i++) {
                answers.add(clients.submit(() -> cache.authenticate("a", "ok")));
            }
            Thread.sleep(200); // the three reach the check in progress (or, later, the cache): never a check of their own
            release.countDown();
            for (var answer : answers) {
                assertEquals("a", answer.get(10, java.util.concurrent.TimeUnit.SECONDS).orElseThrow().name());
            }
            assertEquals(1, checks.get());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void hashPasswordMakesALineOfTheUsersFile() {
        java.io.InputStream in = System.in;
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try {
            System.setIn(new java.io.ByteArrayInputStream("pa:ss wörd\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(0, new picocli.CommandLine(new HashPasswordCli()).execute("lawyer7", "GROUP_SX_LEGAL_OFFICE,GROUP_SX_LEADERS"));
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        String line = printed.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(!line.contains("pa:ss"), "never in clear: " + line);
        UserDirectory users = UserDirectory.of(java.util.List.of(UserDirectory.parse(line, "printed")));
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE", "GROUP_SX_LEADERS"), users.authenticate("lawyer7", "pa:ss wörd").orElseThrow().groups());
    }

    @Test
    void alfrescoGroupsUrlFromItsCmisUrl() {
        assertEquals("http://h:8080/alfresco/api/-default-/public/alfresco/versions/1/people/-me-/groups?maxItems=1000",
                RepositoryAuthenticator.alfrescoGroupsUri(
                        "http://h:8080/alfresco/api/-default-/public/cmis/versions/1.1/browser").toString());
        assertEquals(null, RepositoryAuthenticator.alfrescoGroupsUri("http://127.0.0.1:8089/browser"));
    }
}

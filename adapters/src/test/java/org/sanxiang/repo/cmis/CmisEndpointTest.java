package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.Publication;

class CmisEndpointTest {

    @Test
    @DisplayName("configuration errors name the field; browser is the default binding; the password is not printed")
    void configuration() {
        assertEquals("browser", new CmisEndpoint("http://h/browser", null, "u", "secret", null).binding());
        assertEquals("atompub", new CmisEndpoint("http://h/atom", "AtomPub", "u", "p", null).binding());
        var e = assertThrows(IllegalArgumentException.class, () -> new CmisEndpoint("http://h", "webservices", "u", "p", null));
        assertTrue(e.getMessage().startsWith("binding:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CmisEndpoint(" ", null, "u", "p", null))
                .getMessage().startsWith("url:"));
        assertFalse(new CmisEndpoint("http://h/browser", null, "u", "secret", null).toString().contains("secret"));
    }

    @Test
    @DisplayName("the internal tree must lie outside the public tree; backoff doubles up to its cap; ids are stable")
    void channelSettings() {
        CmisEndpoint endpoint = new CmisEndpoint("http://127.0.0.1:9/browser", null, "u", "p", "r");
        MemoryOutbox outbox = new MemoryOutbox();
        var e = assertThrows(IllegalArgumentException.class, () -> new CmisDisclosureChannel(endpoint, "/公示", "/公示/撤回",
                outbox, p -> { }, PublicTreeScreen.caseFree(), Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofMinutes(5)));
        assertTrue(e.getMessage().startsWith("internalRoot:"), e.getMessage());
        CmisDisclosureChannel channel = new CmisDisclosureChannel(endpoint, "/公示", "/内部/撤回", outbox, p -> { },
                PublicTreeScreen.caseFree(), Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(10), Duration.ofSeconds(10)),
                List.of(channel.backoff(0), channel.backoff(1), channel.backoff(2), channel.backoff(3), channel.backoff(4),
                        channel.backoff(40)));
        Publication p = new Publication("c", "penalty", "t", "s", null, null);
        assertEquals(CmisDisclosureChannel.publicationId(p), CmisDisclosureChannel.publicationId(
                new Publication("c", "penalty", "t", "another summary", "text", null)));
        assertFalse(CmisDisclosureChannel.publicationId(p).equals(CmisDisclosureChannel.publicationId(
                new Publication("c", "licence", "t", "s", null, null))));
    }

    @Test
    @DisplayName("an unreachable repository: the publish is accepted, kept with its error, and nothing is lost")
    void unreachableIsKept() {
        CmisEndpoint endpoint = new CmisEndpoint("http://127.0.0.1:9/browser", null, "u", "p", "r");
        MemoryOutbox outbox = new MemoryOutbox();
        CmisDisclosureChannel channel = new CmisDisclosureChannel(endpoint, "/公示", "/内部", outbox, p -> { },
                PublicTreeScreen.caseFree(), Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(10));
        String id = channel.publish(new Publication("c", "penalty", "t", "s", null, null));
        List<PendingRequest> pending = channel.pending();
        assertEquals(1, pending.size());
        assertEquals(id, pending.get(0).publicationId());
        assertEquals(1, pending.get(0).attempts());
        assertTrue(pending.get(0).lastError().startsWith("unreachable:"), pending.get(0).lastError());
    }

    /** The outbox in memory, for these checks only (the JDBC one has its own test). */
    static final class MemoryOutbox implements PendingPublications {
        private final java.util.List<PendingRequest> requests = new java.util.ArrayList<>();
        private long seq;
        private final java.util.Set<String> delivered = new java.util.HashSet<>();

        @Override
        public synchronized java.util.Optional<PendingRequest> add(PendingRequest r) {
            boolean publish = r.operation() == PendingRequest.Operation.PUBLISH;
            if (publish && (delivered.contains(r.publicationId()) || requests.stream().anyMatch(q ->
                    q.operation() == PendingRequest.Operation.PUBLISH && q.publicationId().equals(r.publicationId())))) {
                return java.util.Optional.empty(); // accepted once per publication id, as the JDBC outbox
            }
            PendingRequest stored = new PendingRequest(++seq, r.publicationId(), r.operation(), r.publication(), r.reason(),
                    r.acceptedAt(), r.attempts(), r.lastError(), r.nextAttemptAt());
            requests.add(stored);
            return java.util.Optional.of(stored);
        }

        @Override
        public synchronized List<PendingRequest> all() {
            return List.copyOf(requests);
        }

        @Override
        public synchronized void done(long s) {
            requests.stream().filter(r -> r.seq() == s && r.operation() == PendingRequest.Operation.PUBLISH)
                    .forEach(r -> delivered.add(r.publicationId()));
            requests.removeIf(r -> r.seq() == s);
        }

        @Override
        public synchronized boolean delivered(String publicationId) {
            return delivered.contains(publicationId);
        }

        @Override
        public synchronized void failed(long s, String error, java.time.Instant next) {
            requests.replaceAll(r -> r.seq() != s ? r : new PendingRequest(r.seq(), r.publicationId(), r.operation(),
                    r.publication(), r.reason(), r.acceptedAt(), r.attempts() + 1, error, next));
        }
    }
}

package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.cmis.PendingRequest;
import org.sanxiang.repo.cmis.PersonalDataScreen;
import org.sanxiang.workflow.port.DisclosureChannel.State;
import org.sanxiang.workflow.port.Publication;

/** Faults: the CMIS server goes away while publishing; the publishing process dies mid-way. */
class CmisDisclosureFaultTest extends ChannelTest {


    /** Waits for a condition the background delivery brings about (a bound on waiting, not a timing assertion). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("server stopped while publishing and started again: every accepted publish lands exactly once")
    void serverStoppedWhilePublishing(BindingType binding) throws Exception {
        ChannelFixture f = fixture(binding);
        int count = 24;
        List<Publication> publications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            publications.add(f.publication("outage-" + i, "人社监罚〔2026〕" + (100 + i) + "号"));
        }
        List<String> accepted = new CopyOnWriteArrayList<>();
        try (CmisDisclosureChannel channel = f.channel()) {
            // the first six published, the rest once the server has stopped: a fast machine published all 24 between
            // two looks at the count, and nothing was left to wait in the outbox
            CountDownLatch stopping = new CountDownLatch(1);
            Thread publisher = new Thread(() -> {
                for (int i = 0; i < publications.size(); i++) {
                    if (i == 6) {
                        try {
                            stopping.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    accepted.add(channel.publish(publications.get(i)));
                }
            });
            publisher.start();
            await("some records published", () -> accepted.size() >= 6);
            server.stop();
            stopping.countDown();
            // a call in flight as the server stops may wait out the client's read timeout (60 s, CmisEndpoint)
            // before it counts as unreachable: the bound is above it
            publisher.join(TimeUnit.SECONDS.toMillis(150));
            assertEquals(count, accepted.size(), "every publish call is accepted while the server is down");

            List<PendingRequest> pending = channel.pending();
            assertFalse(pending.isEmpty(), "what could not be delivered waits in the outbox");
            assertTrue(pending.stream().allMatch(r -> r.attempts() >= 1 || r.lastError() == null));
            assertTrue(pending.stream().anyMatch(r -> r.lastError() != null && r.lastError().startsWith("unreachable")),
                    "the operator sees why: " + pending);
            for (PendingRequest r : pending) {
                assertEquals(State.PUBLISHED, channel.state(r.publicationId()).orElseThrow(), "accepted counts as published");
            }

            server.start();
            channel.start();
            await("the outbox drained", () -> channel.pending().isEmpty());
        }
        for (String id : accepted) {
            assertEquals(1, f.recordsNamed(id).size(), id + " must land exactly once");
        }
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("killed after creating a record but before the outbox knew: a restarted channel finds it and does not publish twice")
    void crashAfterCreate(BindingType binding) {
        ChannelFixture f = fixture(binding);
        Publication p = f.publication("crash", "人社监罚〔2026〕200号");
        CmisDisclosureChannel dying = f.channel(new CrashingOutbox(f.outbox()), new PersonalDataScreen());
        assertThrows(CrashingOutbox.SimulatedCrash.class, () -> dying.publish(p));
        String id = CmisDisclosureChannel.publicationId(p);
        assertEquals(1, f.recordsNamed(id).size(), "the record reached the repository");

        try (CmisDisclosureChannel restarted = f.channel()) { // same outbox database, new instance
            assertEquals(1, restarted.pending().size(), "the request survived the crash");
            assertEquals(1, restarted.deliverPending());
            assertTrue(restarted.pending().isEmpty());
        }
        assertEquals(1, f.recordsNamed(id).size(), "and it is there once");

        // The same for a correction that was checked in just before the crash: still one new version.
        CmisDisclosureChannel dyingAgain = f.channel(new CrashingOutbox(f.outbox()), new PersonalDataScreen());
        Publication corrected = new Publication(p.caseId(), p.kind(), p.title(), p.summary() + "（更正）", p.redactedText(), null);
        assertThrows(CrashingOutbox.SimulatedCrash.class, () -> dyingAgain.correct(id, corrected, "摘要更正"));
        try (CmisDisclosureChannel restarted = f.channel()) {
            assertEquals(1, restarted.deliverPending());
        }
        Document latest = (Document) f.session().getObject(f.recordsNamed(id).get(0));
        assertEquals(2, latest.getAllVersions().size(), "the original and one correction");
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("killed between check-out and check-in of a correction: the restarted channel cancels the leftover and corrects once")
    void crashDuringCorrection(BindingType binding) {
        ChannelFixture f = fixture(binding);
        Publication p = f.publication("half", "人社监罚〔2026〕300号");
        String id;
        try (CmisDisclosureChannel channel = f.channel()) {
            id = channel.publish(p);
        }
        Document doc = (Document) f.session().getObject(f.recordsNamed(id).get(0));
        doc.checkOut(); // the dead process got this far
        JdbcPendingPublications outbox = f.outbox();
        Publication corrected = new Publication(p.caseId(), p.kind(), p.title(), p.summary(), p.redactedText() + "（更正）", null);
        outbox.add(PendingRequest.accept(id, PendingRequest.Operation.CORRECT, corrected, "正文更正", java.time.Instant.now()));

        try (CmisDisclosureChannel restarted = f.channel()) {
            assertEquals(1, restarted.deliverPending());
        }
        Document latest = (Document) f.session().getObject(f.recordsNamed(id).get(0));
        assertFalse(Boolean.TRUE.equals(latest.isVersionSeriesCheckedOut()));
        assertEquals(2, latest.getAllVersions().size());
        assertEquals("正文更正", latest.getPropertyValue(org.sanxiang.model.SanxiangModel.PROP_CORRECTION_REASON.toPrefixString()));
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a real publishing JVM is killed (SIGKILL) mid-way; a restarted channel lands every accepted publish exactly once")
    void childProcessKilled(BindingType binding) throws Exception {
        ChannelFixture f = fixture(binding);
        String prefix = "kill" + f.publicRoot.substring(f.publicRoot.indexOf('-'));
        int count = 40;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PublishingProcess.class.getName(), f.endpoint().url(), f.endpoint().binding(), f.outboxUrl,
                f.publicRoot, f.internalRoot, prefix, Integer.toString(count));
        pb.redirectError(dir.resolve("child-" + binding + ".err").toFile());
        Process child = pb.start();
        List<String> accepted = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && accepted.size() < 15) {
                if (line.startsWith("ACCEPTED ")) {
                    accepted.add(line.substring(9));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the outbox
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(15, accepted.size(), "the child published before it was killed; see " + dir);
        assertFalse(child.isAlive());

        try (CmisDisclosureChannel restarted = f.channel()) {
            restarted.deliverPending();
            assertTrue(restarted.pending().isEmpty(), "everything accepted is delivered: " + restarted.pending());
        }
        for (String id : accepted) {
            assertEquals(1, f.recordsNamed(id).size(), id + " exactly once");
        }
        for (int i = 0; i < count; i++) {
            String id = CmisDisclosureChannel.publicationId(PublishingProcess.publication(prefix, i));
            assertTrue(f.recordsNamed(id).size() <= 1, id + " at most once, even if cut off mid-call");
        }
    }
}

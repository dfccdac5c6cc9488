package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Workflow steps render their forms concurrently (the journey runs four clients): renderings at the same time share
 * one {@link OfficialDocuments} and its fonts, and must print what a rendering alone prints.
 */
class ConcurrentRenderingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T08:00:00Z"), ZoneOffset.UTC);
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;

    /** What a rendering prints: each format's extracted text, and the OFD's page descriptions byte for byte. */
    private record Printed(String pdfText, String ofdText, Map<String, String> ofdPages) {

        static Printed of(List<OfficialDocuments.Rendered> rendered) {
            byte[] pdf = rendered.get(0).content();
            byte[] ofd = rendered.get(1).content();
            return new Printed(OfficialDocuments.text(DocumentFormats.Format.PDF, pdf),
                    OfficialDocuments.text(DocumentFormats.Format.OFD, ofd), pages(ofd));
        }

        private static Map<String, String> pages(byte[] ofd) {
            Map<String, String> pages = new TreeMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().endsWith("Content.xml")) {
                        pages.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pages;
        }
    }

    @Test
    @DisplayName("four threads rendering the forms at once print what one thread prints; at most one font parse per thread")
    void concurrentRenderingsPrintWhatOneThreadPrints() throws Exception {
        DocumentFonts fonts = new DocumentFonts(TestFonts.installed().path().toString());
        OfficialDocuments documents = new OfficialDocuments("pdf,ofd", fonts, CLOCK);
        List<DemoForms.Demo> demos = new ArrayList<>(DemoForms.all().values());
        Map<String, Printed> alone = new TreeMap<>();
        for (DemoForms.Demo demo : demos) {
            alone.put(demo.name(), Printed.of(documents.render(demo.document())));
        }

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> differing = new ArrayList<>();
                    for (int i = 0; i < ROUNDS * demos.size(); i++) {
                        DemoForms.Demo demo = demos.get((i + offset) % demos.size()); // each thread in another order
                        OfficialDocument document = demo.document();
                        if (!Printed.of(documents.render(document)).equals(alone.get(demo.name()))) {
                            differing.add(demo.name());
                        }
                    }
                    return differing;
                }));
            }
            for (Future<List<String>> result : results) {
                assertEquals(List.of(), result.get(5, TimeUnit.MINUTES), "renderings that differ from one made alone");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(fonts.parses() <= THREADS, "the font was parsed " + fonts.parses() + " times for " + THREADS + " threads");
    }

    @Test
    @DisplayName("consecutive renderings in both formats parse the font once")
    void consecutiveRenderingsParseTheFontOnce() {
        DocumentFonts fonts = new DocumentFonts(TestFonts.installed().path().toString());
        OfficialDocuments documents = new OfficialDocuments("pdf,ofd", fonts, CLOCK);
        var demos = DemoForms.all().values();
        for (DemoForms.Demo demo : demos) {
            assertEquals(2, documents.render(demo.document()).size());
        }
        assertEquals(1, fonts.parses(), "font parses for " + demos.size() + " forms");
    }
}

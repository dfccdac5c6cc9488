package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * A figure's drill-down pages like every list of the API (chongqing-2024 公示 第十四条: the figures and
 * what they count): {@code skipCount}/{@code maxItems}, the figure as {@code X-Total-Count}, and paging
 * through it gives each case once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualDrillDownRestTest {

    private static final int CASES = 7;

    @TempDir
    static Path dir;
    SandboxFixture sandbox;
    Http http;
    final Set<String> created = new HashSet<>();

    @BeforeAll
    void start() {
        sandbox = new SandboxFixture(dir, 64 * 1024);
        http = sandbox.http;
        for (int i = 0; i < CASES; i++) {
            Answer c = http.post("/cases", Map.of("title", "拖欠工资案 " + i,
                    "facts", Map.of("id", "渝人社监罚〔2025〕" + (100 + i) + "号", "profile", "chongqing-2024",
                            "action", "penalty", "procedure", "general", "party", Map.of("kind", "organisation")),
                    "properties", Map.of(SanxiangModel.PROP_FILED_AT.toPrefixString(), "2025-03-0" + (1 + i))));
            assertEquals(201, c.status(), c.toString());
            created.add(c.get("id").asText());
        }
    }

    @AfterAll
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static List<String> ids(Answer a) {
        List<String> ids = new ArrayList<>();
        a.get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: paging through a figure's drill-down gives each case once, the figure as X-Total-Count")
    void pagesGiveEachCaseOnce() {
        for (String figure : List.of("cases.filed", "cases.byAction.penalty")) {
            String base = "/reports/annual/2025/figures/" + figure + "?profile=chongqing-2024";
            Answer whole = http.get(base);
            assertEquals(200, whole.status(), whole.toString());
            assertEquals(figure, whole.get("figure").asText());
            assertEquals(created, new HashSet<>(ids(whole)), figure);
            assertEquals(String.valueOf(CASES), whole.headers().firstValue("X-Total-Count").orElse(null));
            assertEquals("false", whole.headers().firstValue("X-Has-More-Items").orElse(null));

            List<String> paged = new ArrayList<>();
            for (int skip = 0; skip < CASES; skip += 3) {
                Answer page = http.get(base + "&maxItems=3&skipCount=" + skip);
                assertEquals(200, page.status(), page.toString());
                List<String> ids = ids(page);
                assertEquals(Math.min(3, CASES - skip), ids.size(), page.toString());
                assertEquals(String.valueOf(CASES), page.headers().firstValue("X-Total-Count").orElse(null));
                assertEquals(String.valueOf(skip + 3 < CASES), page.headers().firstValue("X-Has-More-Items").orElse(null));
                paged.addAll(ids);
            }
            assertEquals(CASES, paged.size(), "each case once: " + paged);
            assertEquals(created, new HashSet<>(paged));
            assertEquals(ids(whole), paged, "the pages in the order of the whole");
            // without the total the reading stops one id past the page: the same pages, no X-Total-Count
            List<String> uncounted = new ArrayList<>();
            for (int skip = 0; skip < CASES; skip += 3) {
                Answer page = http.get(base + "&maxItems=3&includeTotal=false&skipCount=" + skip);
                assertEquals(200, page.status(), page.toString());
                assertEquals(java.util.Optional.empty(), page.headers().firstValue("X-Total-Count"));
                assertEquals(String.valueOf(skip + 3 < CASES), page.headers().firstValue("X-Has-More-Items").orElse(null));
                uncounted.addAll(ids(page));
            }
            assertEquals(paged, uncounted);
            Answer past = http.get(base + "&skipCount=" + CASES);
            assertEquals(0, past.get("ids").size(), past.toString());
        }
        Answer none = http.get("/reports/annual/2025/figures/reviews.late?profile=chongqing-2024");
        assertEquals("0", none.headers().firstValue("X-Total-Count").orElse(null));
    }

    @Test
    @DisplayName("a drill-down's page bounds are checked like every list's: 400 naming maxItems or skipCount")
    void boundsAreChecked() {
        String base = "/reports/annual/2025/figures/cases.filed?profile=chongqing-2024";
        for (String[] bad : new String[][] {{"&maxItems=1001", "maxItems"}, {"&maxItems=0", "maxItems"},
                {"&skipCount=-1", "skipCount"}, {"&page=2", "page"}}) {
            Answer a = http.get(base + bad[0]);
            assertEquals(400, a.status(), a.toString());
            JsonNode field = a.get("field");
            assertTrue(field != null && field.asText().equals(bad[1]), a.toString());
        }
    }
}

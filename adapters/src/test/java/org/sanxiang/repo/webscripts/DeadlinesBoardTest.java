package org.sanxiang.repo.webscripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinesBoardTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final DeadlinesBoard board = new DeadlinesBoard(ZONE);
    private final Instant now = Instant.parse("2027-05-06T02:00:00Z"); // 10:00 in Chongqing

    private final FolderDeadlines a = new FolderDeadlines("workspace://SpacesStore/a", "渝人社罚〔2027〕1号", "甲公司欠薪案", "zhifa",
            List.of("legalReview|2027-05-10|chongqing-2024 法制审核 第十一条", "archiving|2027-07-01|chongqing-2024 全过程记录 第十二条"),
            false);
    private final FolderDeadlines b = new FolderDeadlines("workspace://SpacesStore/b", "渝人社罚〔2027〕2号", "乙公司案", "other",
            List.of("disclosure|2027-05-05T16:00:00Z|chongqing-2024 公示 第十一条"), true);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> model) {
        return (List<Map<String, Object>>) model.get("deadlines");
    }

    @Test
    @DisplayName("soonest first, overdue included, beyond the horizon left out; the keys deadlines.get.json.ftl and the dashlet read")
    void rowsInOrder() {
        Map<String, Object> model = board.model(List.of(a, b), DeadlinesBoard.Query.of(null, "30", null), now);
        assertEquals("2027-05-06T02:00:00Z", model.get("generatedAt"));
        List<Map<String, Object>> rows = rows(model);
        assertEquals(2, rows.size(), "archiving on 07-01 lies beyond 30 days");
        Map<String, Object> first = rows.get(0);
        assertEquals(List.of("nodeRef", "caseNumber", "caseName", "kind", "due", "dueDate", "overdue", "provisional",
                "citation", "site"), List.copyOf(first.keySet()));
        assertEquals("disclosure", first.get("kind"));
        assertEquals(true, first.get("overdue"));
        assertEquals(true, first.get("provisional"));
        assertEquals("2027-05-06", first.get("dueDate"), "16:00Z is midnight in Chongqing: the 6th");
        Map<String, Object> second = rows.get(1);
        assertEquals("2027-05-10T15:59:59Z", second.get("due"), "a date is due at the end of that day, Beijing time");
        assertEquals(false, second.get("overdue"));
        assertEquals("chongqing-2024 法制审核 第十一条", second.get("citation"));
    }

    @Test
    @DisplayName("site and max narrow the rows; a malformed entry is skipped and reported, not fatal")
    void siteMaxAndBadEntries() {
        FolderDeadlines bad = new FolderDeadlines("workspace://SpacesStore/c", "3", "丙", "zhifa",
                List.of("legalReview|soon|x", "broken"), false);
        Map<String, Object> model = board.model(List.of(a, b, bad), DeadlinesBoard.Query.of("zhifa", "100", "1"), now);
        assertEquals(1, rows(model).size());
        assertEquals("workspace://SpacesStore/a", rows(model).get(0).get("nodeRef"));
        assertEquals(2, ((List<?>) model.get("unreadable")).size());
    }

    @Test
    @DisplayName("bad parameters are refused naming the parameter; the search query is bounded and site-scoped")
    void parameters() {
        assertEquals(new DeadlinesBoard.Query(null, 30, 50), DeadlinesBoard.Query.of("", null, " "));
        assertTrue(assertThrows(BadRequestException.class, () -> DeadlinesBoard.Query.of(null, "x", null)).getMessage().startsWith("days"));
        assertTrue(assertThrows(BadRequestException.class, () -> DeadlinesBoard.Query.of(null, null, "0")).getMessage().startsWith("max"));
        assertTrue(assertThrows(BadRequestException.class, () -> DeadlinesBoard.Query.of("a\" OR x", null, null)).getMessage().startsWith("site"));
        assertEquals("TYPE:\"sx:caseFolder\" AND sx:nextDeadline:[MIN TO \"2027-06-06T02:00:00Z\"]"
                + " AND PATH:\"/app:company_home/st:sites/cm:zhifa//*\"",
                board.searchQuery(DeadlinesBoard.Query.of("zhifa", "30", null), now));
    }
}

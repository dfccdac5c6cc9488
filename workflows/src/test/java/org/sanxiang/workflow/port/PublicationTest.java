package org.sanxiang.workflow.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static Publication p(String caseId, String kind, String title, String summary) {
        return new Publication(caseId, kind, title, summary, null, LocalDate.of(2027, 12, 31));
    }

    @Test
    @DisplayName("the idempotency key is fixed by case, kind and title; summary, text and display period do not change it")
    void keyOfTheMatter() {
        Publication p = p("case-1", "penalty", "人社监罚〔2026〕1号", "摘要");
        // Pinned: records already published carry this key as their name, so it must never change.
        assertEquals("sxpub-12ef46379741ede9321fc5bb805e3846", p.idempotencyKey());
        assertEquals(p.idempotencyKey(), new Publication("case-1", "penalty", "人社监罚〔2026〕1号", "更正后的摘要",
                "全文", null).idempotencyKey());
        assertNotEquals(p.idempotencyKey(), p("case-2", "penalty", "人社监罚〔2026〕1号", "摘要").idempotencyKey());
        assertNotEquals(p.idempotencyKey(), p("case-1", "licence", "人社监罚〔2026〕1号", "摘要").idempotencyKey());
        assertNotEquals(p.idempotencyKey(), p("case-1", "penalty", "人社监罚〔2026〕2号", "摘要").idempotencyKey());
    }

    @Test
    @DisplayName("the parts of the key are separated: moving text between case id and title gives another key")
    void partsDoNotRunTogether() {
        assertNotEquals(p("ab", "penalty", "c", "s").idempotencyKey(), p("a", "penalty", "bc", "s").idempotencyKey());
    }
}

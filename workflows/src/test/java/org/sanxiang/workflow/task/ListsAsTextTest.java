package org.sanxiang.workflow.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.Values;

/** A list copied to the process as text reads back as the same list ({@code StepContext.list}); one it could not is kept. */
class ListsAsTextTest {

    @Test
    void aListWithoutCommasIsTextThatReadsBackAsTheList() {
        List<String> materials = List.of("review-request", "all-evidence", "transfer-list");
        assertEquals("review-request,all-evidence,transfer-list", OutcomeTaskListener.asText(materials));
        assertEquals(materials, Values.list(OutcomeTaskListener.asText(materials)));
        assertEquals(List.of(), Values.list(OutcomeTaskListener.asText(List.of())));
    }

    @Test
    void aValueWithACommaOrNotTextKeepsTheList() {
        List<String> withComma = List.of("a,b", "c");
        assertEquals(withComma, OutcomeTaskListener.asText(withComma));
        List<Integer> numbers = List.of(1, 2);
        assertEquals(numbers, OutcomeTaskListener.asText(numbers));
        assertEquals("x", OutcomeTaskListener.asText("x"));
    }
}

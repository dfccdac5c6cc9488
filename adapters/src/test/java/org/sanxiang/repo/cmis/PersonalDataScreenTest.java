package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.Publication;

class PersonalDataScreenTest {

    private final PersonalDataScreen screen = new PersonalDataScreen();

    private static Publication text(String redacted) {
        return new Publication("case-1", "penalty", "人社监罚〔2026〕1号", "当事人张某", redacted, null);
    }

    @Test
    @DisplayName("an ID number with a valid check digit or a mobile number in any field is refused, naming the field")
    void refusesPersonalData() {
        var e = assertThrows(RefusedPublicationException.class, () -> screen.check(text("身份证号11010519491231002X。")));
        assertTrue(e.getMessage().startsWith("redactedText:"), e.getMessage());
        var m = assertThrows(RefusedPublicationException.class, () -> screen.check(text("联系电话：13812345678")));
        assertTrue(m.getMessage().contains("mobile"), m.getMessage());
        var s = assertThrows(RefusedPublicationException.class, () -> screen.check(
                new Publication("c", "penalty", "t", "电话 15900001111", null, null)));
        assertTrue(s.getMessage().startsWith("summary:"), s.getMessage());
        var card = assertThrows(RefusedPublicationException.class, () -> screen.check(text("银行卡号6222020200112233446")));
        assertTrue(card.getMessage().contains("bank card"), card.getMessage());
    }

    @Test
    @DisplayName("masked or non-personal numbers pass: a wrong check digit, a document number, an amount")
    void lets_clean_text_through() {
        assertDoesNotThrow(() -> screen.check(text("身份证号110105194912310021（校验位错误）")));
        assertDoesNotThrow(() -> screen.check(text("身份证号1101**********002X，罚款50000元，统一社会信用代码91500000MA5U123456")));
        assertDoesNotThrow(() -> screen.check(text(null)));
    }
}

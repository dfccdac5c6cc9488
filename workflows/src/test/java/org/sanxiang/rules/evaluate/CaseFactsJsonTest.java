package org.sanxiang.rules.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;

class CaseFactsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CaseFacts read(String json) throws Exception {
        return CaseFactsJson.read(JSON.readTree(json));
    }

    @Test
    void readsEveryField() throws Exception {
        CaseFacts facts = read("""
                {"id": "c1", "profile": "wuhan-2020", "action": "penalty", "procedure": "general",
                 "party": {"kind": "organisation", "minor": false, "foreignInvested": true},
                 "fine": 50000, "fineMaximum": 100000, "fineMultiple": 2.5, "workersAffected": 12,
                 "partiesAffected": 1, "amountInvolved": 300000.50,
                 "measures": ["revoke-licence", "seal"], "hearing": true, "legalRelations": true,
                 "complex": true, "publicInterest": true, "majorRights": true, "circumstancesConflict": true,
                 "collectiveDiscussion": true, "criminalReferral": true,
                 "secrets": {"state": true, "commercial": true, "privacy": true},
                 "securityRisk": true, "affectsInvestigation": true,
                 "dates": {"investigationEnded": "2026-03-02", "reviewReceived": "2026-03-03",
                           "decided": "2026-03-20", "inspectionEnded": "2026-02-01", "revoked": "2026-05-01",
                           "errorFound": "2026-04-01", "correctionRequested": "2026-04-02",
                           "closed": "2026-04-30", "infoChanged": "2026-06-01"}}
                """);
        assertEquals("c1", facts.id());
        assertEquals("wuhan-2020", facts.profile());
        assertEquals(ActionCategory.PENALTY, facts.action());
        assertEquals(Procedure.GENERAL, facts.procedure());
        assertEquals(PartyKind.ORGANISATION, facts.party().kind());
        assertTrue(facts.party().foreignInvested());
        assertEquals(new BigDecimal("50000"), facts.fine());
        assertEquals(new BigDecimal("2.5"), facts.fineMultiple());
        assertEquals(12, facts.workersAffected());
        assertTrue(facts.has(Measure.REVOKE_LICENCE) && facts.has(Measure.SEAL));
        assertFalse(facts.has(Measure.SEIZE));
        assertTrue(facts.hearing() && facts.criminalReferral() && facts.affectsInvestigation());
        assertTrue(facts.secrets().state() && facts.secrets().commercial() && facts.secrets().privacy());
        assertEquals(LocalDate.of(2026, 3, 20), facts.dates().decided());
        assertEquals(LocalDate.of(2026, 6, 1), facts.dates().infoChanged());
    }

    @Test
    void onlyIdAndProfileAreRequired() throws Exception {
        CaseFacts facts = read("{\"id\": \"c2\", \"profile\": \"fushun-2026\"}");
        assertNull(facts.action());
        assertNull(facts.fine());
        assertTrue(facts.measures().isEmpty());
        assertNull(facts.dates().decided());
    }

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"profile\": \"wuhan-2020\"}                                  | id",
        "{\"id\": \"x\"}                                                | profile",
        "{\"id\": \"x\", \"profile\": \"p\", \"fien\": 1}                | fien",
        "{\"id\": \"x\", \"profile\": \"p\", \"fine\": \"5000\"}         | fine",
        "{\"id\": \"x\", \"profile\": \"p\", \"fine\": -1}               | fine",
        "{\"id\": \"x\", \"profile\": \"p\", \"action\": \"fine\"}       | action",
        "{\"id\": \"x\", \"profile\": \"p\", \"hearing\": \"yes\"}       | hearing",
        "{\"id\": \"x\", \"profile\": \"p\", \"workersAffected\": 2.5}   | workersAffected",
        "{\"id\": \"x\", \"profile\": \"p\", \"measures\": \"seal\"}     | measures",
        "{\"id\": \"x\", \"profile\": \"p\", \"measures\": [\"seal\", \"burn\"]} | measures[1]",
        "{\"id\": \"x\", \"profile\": \"p\", \"party\": {\"kind\": \"company\"}} | party.kind",
        "{\"id\": \"x\", \"profile\": \"p\", \"party\": {\"age\": 3}}    | party.age",
        "{\"id\": \"x\", \"profile\": \"p\", \"secrets\": {\"trade\": true}} | secrets.trade",
        "{\"id\": \"x\", \"profile\": \"p\", \"dates\": {\"decided\": \"2026-13-01\"}} | dates.decided",
        "{\"id\": \"x\", \"profile\": \"p\", \"dates\": {\"decision\": \"2026-01-01\"}} | dates.decision",
    })
    void badInputNamesTheField(String json, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }

    @Test
    void anUnknownCodeListsTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("{\"id\": \"x\", \"profile\": \"p\", \"procedure\": \"fast\"}"));
        assertTrue(e.getMessage().contains("general|summary"), e.getMessage());
    }
}

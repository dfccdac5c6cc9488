package org.sanxiang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QNameTest {

    private static final String URI = "http://www.sanxiang.org/model/enforcement/1.0";

    @Test
    void formsOfTheName() {
        QName q = new QName(URI, "sx", "caseFolder");
        assertEquals("sx:caseFolder", q.toPrefixString());
        assertEquals("{" + URI + "}caseFolder", q.toFullString());
        assertEquals(q.toFullString(), q.toString());
        assertEquals("sx_caseFolder", q.toLabelKeyPart());
        assertEquals("sx_caseFolder", q.toVariableName());
    }

    @Test
    void equalityIgnoresThePrefixAsAlfrescoDoes() {
        QName a = new QName(URI, "sx", "caseFolder");
        QName b = new QName(URI, "other", "caseFolder");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new QName(URI, "sx", "evidence"));
        assertNotEquals(a, new QName("http://example.org", "sx", "caseFolder"));
    }

    @Test
    void rejectsEmptyOrColonParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QName(URI, "sx", " "));
        assertTrue(e.getMessage().contains("localName"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QName(URI, "sx", "sx:caseFolder"));
        assertThrows(IllegalArgumentException.class, () -> new QName(null, "sx", "caseFolder"));
    }

    @Test
    void constantsAreInTheirModelsNamespace() {
        assertEquals(SanxiangModel.URI, SanxiangModel.TYPE_CASE_FOLDER.getNamespaceUri());
        assertEquals("sx:caseFolder", SanxiangModel.TYPE_CASE_FOLDER.toPrefixString());
        assertEquals("sxwf:legalReviewTask", SanxiangWorkflowModel.TYPE_LEGAL_REVIEW_TASK.toPrefixString());
    }
}

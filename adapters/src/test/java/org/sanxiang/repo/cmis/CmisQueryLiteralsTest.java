package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CmisQueryLiteralsTest {

    @Test
    @DisplayName("quotes and backslashes are escaped in literals; LIKE also escapes % and _")
    void escapes() {
        assertEquals("'O\\'Brien'", CmisQueryLiterals.literal("O'Brien"));
        assertEquals("'a\\\\b'", CmisQueryLiterals.literal("a\\b"));
        assertEquals("'100%_x'", CmisQueryLiterals.literal("100%_x"), "outside LIKE, wildcards are plain");
        assertEquals("100\\%\\_x", CmisQueryLiterals.likeFragment("100%_x"));
        assertEquals("'%\\' OR cmis:name LIKE \\'\\%%'", CmisQueryLiterals.containsPattern("' OR cmis:name LIKE '%"));
        assertEquals("'社保'", CmisQueryLiterals.literal("社保"));
        assertThrows(NullPointerException.class, () -> CmisQueryLiterals.literal(null));
    }
}

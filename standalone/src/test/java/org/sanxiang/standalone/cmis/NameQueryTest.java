package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.cmis.CmisQueryLiterals;

class NameQueryTest {

    @Test
    @DisplayName("the disclosure channel's record and folder look-ups are recognised, their literal read both ways")
    void channelStatements() {
        String name = "公开-O'Brien.txt";
        assertEquals(Optional.of(Set.of(name, "公开-O\\'Brien.txt")), NameQuery.requiredNames(
                "SELECT cmis:objectId FROM sx:disclosureRecord WHERE cmis:name = " + CmisQueryLiterals.literal(name)));
        assertEquals(Optional.of(Set.of("2026")), NameQuery.requiredNames("SELECT cmis:objectId FROM cmis:folder WHERE "
                + "IN_FOLDER(" + CmisQueryLiterals.literal("100") + ") AND cmis:name = " + CmisQueryLiterals.literal("2026")));
        assertEquals(Optional.of(Set.of("a")), NameQuery.requiredNames(
                "select cmis:objectId, cmis:name from cmis:document where cmis:name='a' and in_folder('1')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'a' OR cmis:name = 'b'",
        "SELECT cmis:objectId FROM cmis:document WHERE NOT (cmis:name = 'a')",
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'a' AND NOT (cmis:objectId = 'x')",
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'a' ORDER BY cmis:name",
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name LIKE 'a%'",
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'O''Brien'",
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'a\\%'",
        "SELECT cmis:objectId FROM cmis:document WHERE IN_FOLDER('1')",
        "SELECT cmis:objectId FROM cmis:document",
        "SELECT d.cmis:objectId FROM cmis:document d WHERE d.cmis:name = 'a'",
        "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'a' AND cmis:objectId = 'b'",
        "SELECT 'x' FROM cmis:document WHERE cmis:name = 'a'",
        "SELECT cmis:objectId FROM cmis:document WHERE CMIS:NAME = 'a'"})
    @DisplayName("anything else is not recognised and runs over every object")
    void othersAreNot(String statement) {
        assertEquals(Optional.empty(), NameQuery.requiredNames(statement), statement);
    }
}

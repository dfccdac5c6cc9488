package org.sanxiang.rules.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRegistryTest {

    @TempDir
    Path dir;

    @Test
    void theFiveShippedProfilesLoadWithTheirDocuments() {
        ProfileRegistry registry = ProfileRegistry.shipped();
        assertEquals(ProfileRegistry.SHIPPED,
                registry.all().stream().map(JurisdictionProfile::id).toList());
        JurisdictionProfile chongqing = registry.get("chongqing-2024");
        assertEquals("渝人社发〔2024〕9号", chongqing.documentNumber());
        assertEquals(LocalDate.of(2024, 3, 12), chongqing.documentDate());
        assertEquals("重庆市人力资源和社会保障局", chongqing.jurisdictionName("zh_CN"));
        for (JurisdictionProfile profile : registry.all()) {
            assertFalse(profile.jurisdictionName("en").isBlank(), profile.id());
            assertFalse(profile.documentTitle().isBlank(), profile.id());
        }
    }

    @Test
    void unknownProfileIsAnErrorNamingIt() {
        ProfileException e = assertThrows(ProfileException.class,
                () -> ProfileRegistry.shipped().get("shanghai-2030"));
        assertTrue(e.getMessage().contains("shanghai-2030"), e.getMessage());
    }

    @Test
    void aDistrictProfileExtendsItsParentAndOverridesOnlyWhatItSets() throws IOException {
        // Chongqing 法制审核 第六条 lets districts lower the amounts: the district file sets only them.
        write("yuzhong-2024", """
                {"id": "yuzhong-2024", "extends": "chongqing-2024",
                 "jurisdiction": {"zh_CN": "重庆市渝中区人力资源和社会保障局"},
                 "legalReview": {"sample": {"amount": 1000, "kept": "district"}}}
                """);
        write("chongqing-2024", """
                {"id": "chongqing-2024",
                 "jurisdiction": {"zh_CN": "重庆市人力资源和社会保障局", "en": "Chongqing"},
                 "document": {"number": "渝人社发〔2024〕9号", "date": "2024-03-12", "title": "t"},
                 "legalReview": {"sample": {"amount": 5000, "unit": "yuan"}, "other": [1, 2]}}
                """);
        ProfileRegistry registry = ProfileRegistry.load(dir);
        JurisdictionProfile district = registry.get("yuzhong-2024");
        assertEquals("chongqing-2024", district.parentId().orElseThrow());
        JsonNode sample = district.section(JurisdictionProfile.LEGAL_REVIEW).path("sample");
        assertEquals(1000, sample.path("amount").asInt());
        assertEquals("yuan", sample.path("unit").asText());
        assertEquals("district", sample.path("kept").asText());
        assertEquals(2, district.section(JurisdictionProfile.LEGAL_REVIEW).path("other").size());
        assertEquals("Chongqing", district.jurisdictionName("en"));
        assertEquals("重庆市渝中区人力资源和社会保障局", district.jurisdictionName("zh_CN"));
        assertEquals(5000, registry.get("chongqing-2024").section("legalReview").path("sample").path("amount").asInt());
    }

    @Test
    void badLocalFilesGiveErrorsNamingFileAndField() throws IOException {
        write("a", "{\"id\": \"b\"}");
        ProfileException idMismatch = assertThrows(ProfileException.class, () -> ProfileRegistry.load(dir));
        assertTrue(idMismatch.getMessage().contains("a.json") && idMismatch.getMessage().contains("'id'"),
                idMismatch.getMessage());

        write("a", "{\"id\": \"a\", \"extends\": \"nowhere\"}");
        ProfileException unknownParent = assertThrows(ProfileException.class, () -> ProfileRegistry.load(dir));
        assertTrue(unknownParent.getMessage().contains("nowhere"), unknownParent.getMessage());

        write("a", "{\"id\": \"a\", \"extends\": \"b\"}");
        write("b", "{\"id\": \"b\", \"extends\": \"a\"}");
        ProfileException cycle = assertThrows(ProfileException.class, () -> ProfileRegistry.load(dir));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());

        write("b", "{\"id\": \"b\",\n \"x\": 1,\n \"x\": 2}");
        write("a", "{\"id\": \"a\"}");
        ProfileException duplicate = assertThrows(ProfileException.class, () -> ProfileRegistry.load(dir));
        assertTrue(duplicate.getMessage().contains("b.json") && duplicate.getMessage().contains("line 3"),
                duplicate.getMessage());
    }

    record Sample(int amount, String unit) {
    }

    @Test
    void bindingASectionRefusesUnknownFields() throws IOException {
        write("t", """
                {"id": "t", "extends": "fushun-2026", "disclosure": {"amount": 1, "unit": "d", "amuont": 2}}
                """);
        // fushun-2026 is record-only, so its (empty) disclosure section adds no fields of its own
        ProfileException e = assertThrows(ProfileException.class,
                () -> ProfileRegistry.load(dir).get("t").bind("disclosure", Sample.class));
        assertTrue(e.getMessage().contains("amuont") && e.getMessage().contains("t.json"), e.getMessage());
    }

    private void write(String id, String json) throws IOException {
        Files.writeString(dir.resolve(id + ".json"), json, StandardCharsets.UTF_8);
    }
}

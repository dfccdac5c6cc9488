package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntakeMessagesTest {

    private static Properties load(String name) throws IOException {
        String path = "/alfresco/module/sanxiang-repo/intake/" + name;
        try (InputStream in = IntakeMessagesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    @DisplayName("Every intake label exists in en and zh_CN")
    void labelsInBothLanguages() throws IOException {
        Properties en = load("intake-messages.properties");
        Properties zh = load("intake-messages_zh_CN.properties");
        assertEquals(en.keySet(), zh.keySet());
        for (IntakeProblem problem : IntakeProblem.values()) {
            assertTrue(en.containsKey(problem.messageKey()), problem.messageKey());
            assertFalse(zh.getProperty(problem.messageKey()).isBlank(), problem.messageKey());
        }
        assertTrue(zh.getProperty("sx.intake.metadata.unavailable").startsWith("元数据不可用"));
    }
}

package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The console speaks both languages fully: every key in both bundles, every key a template names in them. */
class ConsoleMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/org/sanxiang/standalone/console/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        assertEquals(new TreeSet<>(load("console.properties").stringPropertyNames()),
                new TreeSet<>(load("console_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void everyLiteralKeyATemplateNamesExists() throws IOException {
        ConsoleMessages messages = new ConsoleMessages();
        Pattern key = Pattern.compile("t\\(\"([a-zA-Z0-9_.]+)\"(?!\\s*\\+)");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/sanxiang/standalone/console/templates"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!messages.has(m.group(1)) && !m.group(1).endsWith(".")) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}

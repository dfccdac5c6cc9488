package org.sanxiang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2ModelReader;

/**
 * Every {@code sx:} or {@code sxwf:} name that main code spells as a string names something the
 * models declare. (Code should take names from {@code SanxiangModel}; where a string slipped in,
 * this at least stops it from naming nothing: a record property that does not exist is read as
 * absent in Alfresco, silently.)
 */
class ModelNamesInCodeTest {

    private static final Pattern NAME = Pattern.compile("\"(sx(?:wf)?:[A-Za-z][A-Za-z0-9]*)");
    private static final List<Path> MAIN_SOURCES = List.of(Path.of("src/main/java"),
            Path.of("../adapters/src/main/java"), Path.of("../standalone/src/main/java"));

    @Test
    void everyModelNameSpelledInMainCodeExists() throws IOException {
        Set<String> declared = new HashSet<>(M2ModelReader.readResource(ModelResources.CONTENT_MODEL).definedNames());
        declared.addAll(M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL).definedNames());
        assertTrue(declared.contains("sx:caseFolder"), "the model's names were read");

        Set<String> unknown = new TreeSet<>();
        int sources = 0;
        for (Path root : MAIN_SOURCES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources++;
                    Matcher m = NAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (!declared.contains(m.group(1))) {
                            unknown.add(m.group(1) + " in " + file.getFileName());
                        }
                    }
                }
            }
        }
        assertTrue(sources > 0, "the scan found the sources");
        assertEquals(Set.of(), unknown);
    }
}

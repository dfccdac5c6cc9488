package org.sanxiang.repo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The assembled sanxiang-repo .amp, opened as the Module Management Tool opens it. */
class RepoAmpArchiveIT {

    private static AmpArchive amp;
    private static String version;

    @BeforeAll
    static void open() {
        amp = AmpArchive.fromSystemProperty("sanxiang.amp");
        version = System.getProperty("sanxiang.version");
    }

    @Test
    @DisplayName("top level holds module.properties, file-mapping.properties and lib/ jars only")
    void layout() {
        assertTrue(amp.entries.contains("module.properties"), "module.properties at the top: " + amp.entries);
        assertTrue(amp.entries.contains("file-mapping.properties"), "file-mapping.properties at the top: " + amp.entries);
        Set<String> allowedRoots = Set.of("module.properties", "file-mapping.properties", "lib/");
        for (String entry : amp.entries) {
            boolean allowed = allowedRoots.contains(entry)
                    || (entry.startsWith("lib/") && entry.endsWith(".jar") && entry.indexOf('/', 4) < 0);
            assertTrue(allowed, "unexpected entry in the AMP: " + entry);
        }
        assertEquals("true", AmpArchive.properties(amp.entryText("file-mapping.properties")).getProperty("include.default"));
    }

    @Test
    @DisplayName("module.properties: id sanxiang-repo, the Maven version, title, description, ACS 23.1 or newer")
    void moduleProperties() {
        String text = amp.entryText("module.properties");
        assertFalse(text.contains("${"), "module.properties is not filtered:\n" + text);
        Properties p = AmpArchive.properties(text);
        assertEquals("sanxiang-repo", p.getProperty("module.id"));
        assertEquals(version, p.getProperty("module.version"));
        assertEquals("23.1", p.getProperty("module.repo.version.min"));
        assertFalse(p.getProperty("module.title", "").isBlank(), "module.title");
        assertFalse(p.getProperty("module.description", "").isBlank(), "module.description");
        // Alfresco reads the classpath copy at start-up; it must say the same as the MMT's copy.
        assertEquals(p, AmpArchive.properties(amp.resourceText("alfresco/module/sanxiang-repo/module.properties")));
    }

    @Test
    @DisplayName("lib/ holds our four jars")
    void ourJars() {
        for (String artifact : List.of("sanxiang-repo", "sanxiang-adapters", "sanxiang-workflows", "sanxiang-content-models")) {
            String jar = artifact + "-" + version + ".jar";
            assertTrue(amp.libJars.containsKey(jar), "lib/" + jar + " missing; lib/ has " + amp.libJars.keySet());
        }
    }

    @Test
    @DisplayName("lib/ holds no jar that Alfresco ships, and no copy of its classes")
    void nothingAlfrescoShips() {
        List<String> problems = new ArrayList<>();
        for (String jar : amp.libJars.keySet()) {
            AlfrescoShips.shipped(jar).ifPresent(p -> problems.add("lib/" + jar + " (Alfresco ships " + p + ")"));
        }
        for (Map.Entry<String, String> e : amp.classpath.entrySet()) {
            if (e.getKey().endsWith(".class")) {
                for (String pkg : AlfrescoShips.PACKAGES) {
                    if (e.getKey().startsWith(pkg)) {
                        problems.add(e.getValue() + " contains " + e.getKey());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("the AMP would put a second copy of Alfresco's libraries into WEB-INF/lib; exclude them in "
                    + "src/main/assembly/amp.xml:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    @DisplayName("lib/ carries what the official documents need and Alfresco lacks: pdfbox and ofdrw")
    void documentRenderers() {
        for (String prefix : List.of("pdfbox-3.", "ofdrw-reader-", "ofdrw-core-", "ofdrw-pkg-", "zip4j-")) {
            assertTrue(amp.libJars.keySet().stream().anyMatch(j -> j.startsWith(prefix)),
                    "lib/ lacks " + prefix + "*.jar; has " + amp.libJars.keySet());
        }
    }

    @Test
    @DisplayName("the list of shipped libraries recognises what it must")
    void shippedListMatches() {
        assertTrue(AlfrescoShips.shipped("spring-core-6.2.19.jar").isPresent());
        assertTrue(AlfrescoShips.shipped("tika-parsers-standard-package-3.3.1.jar").isPresent());
        assertTrue(AlfrescoShips.shipped("jackson-databind-2.20.1.jar").isPresent());
        assertTrue(AlfrescoShips.shipped("commons-lang3-3.20.0.jar").isPresent());
        assertTrue(AlfrescoShips.shipped("bcprov-jdk18on-1.84.jar").isPresent());
        assertFalse(AlfrescoShips.shipped("jackson-datatype-jsr310-2.20.1.jar").isPresent());
        assertTrue(AlfrescoShips.shipped("fontbox-3.0.7.jar").isPresent());
        assertTrue(AlfrescoShips.shipped("bcprov-jdk15on-1.70.jar").isPresent());
        assertFalse(AlfrescoShips.shipped("pdfbox-3.0.7.jar").isPresent());
        assertFalse(AlfrescoShips.shipped("chemistry-opencmis-client-impl-1.1.0.jar").isPresent());
        assertFalse(AlfrescoShips.shipped("sanxiang-workflows-0.1.0-SNAPSHOT.jar").isPresent());
    }
}

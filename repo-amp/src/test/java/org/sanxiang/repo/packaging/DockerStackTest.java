package org.sanxiang.repo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docker/ and run.sh agree with each other (no Docker engine is needed for this): every variable of
 * the compose file has a value in .env, each AMP goes where its Dockerfile looks for it, and the
 * Dockerfiles install with the MMT into the right webapp.
 */
class DockerStackTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path DOCKER = ROOT.resolve("docker");

    @Test
    @DisplayName("every ${VAR} of docker-compose.yml is set in docker/.env")
    void composeVariablesHaveValues() throws IOException {
        String compose = Files.readString(DOCKER.resolve("docker-compose.yml"));
        Properties env = new Properties();
        env.load(new StringReader(Files.readString(DOCKER.resolve(".env"))));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)").matcher(compose);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.contains("ALFRESCO_TAG") && used.contains("SHARE_TAG"), "versions come from .env: " + used);
        for (String variable : used) {
            assertTrue(!env.getProperty(variable, "").isBlank(), "docker-compose.yml uses ${" + variable + "}, docker/.env does not set it");
        }
        assertEquals("26.2.0", env.getProperty("ALFRESCO_TAG"));
        assertTrue(Set.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019", "fushun-2026")
                .contains(env.getProperty("SANXIANG_PROFILE")), "SANXIANG_PROFILE");
    }

    @Test
    @DisplayName("the compose file has the six services, and builds alfresco and share from docker/alfresco and docker/share")
    void services() throws IOException {
        String compose = Files.readString(DOCKER.resolve("docker-compose.yml"));
        for (String service : new String[] {"alfresco", "share", "postgres", "solr6", "activemq", "transform-core-aio"}) {
            assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(service) + ":$").matcher(compose).find(), "service " + service);
        }
        assertTrue(compose.contains("context: ./alfresco") && compose.contains("context: ./share"), "build contexts");
        assertTrue(compose.contains("-DlocalTransform.core-aio.url=http://transform-core-aio:8090/"), "repository finds the transform engine");
    }

    @Test
    @DisplayName("run.sh build_start copies each AMP into the build context its Dockerfile installs from with the MMT")
    void ampsReachTheMmt() throws IOException {
        String runSh = Files.readString(ROOT.resolve("run.sh"));
        assertTrue(runSh.contains("repo-amp:alfresco") && runSh.contains("share-amp:share")
                && runSh.contains("target=\"docker/${module#*:}/amps\""), "run.sh copies the AMPs into docker/<service>/amps");
        assertTrue(runSh.contains("docker compose -f docker/docker-compose.yml"), "run.sh uses docker/docker-compose.yml");
        for (String[] s : new String[][] {{"alfresco", "webapps/alfresco"}, {"share", "webapps/share"}}) {
            String dockerfile = Files.readString(DOCKER.resolve(s[0]).resolve("Dockerfile"));
            assertTrue(dockerfile.contains("COPY amps/*.amp ${TOMCAT_DIR}/amps_sanxiang/"), s[0] + "/Dockerfile copies amps/*.amp");
            assertTrue(dockerfile.contains("alfresco-mmt*.jar install")
                    && dockerfile.contains("${TOMCAT_DIR}/amps_sanxiang ${TOMCAT_DIR}/" + s[1] + " -directory -nobackup -force"),
                    s[0] + "/Dockerfile installs into " + s[1]);
            assertTrue(Files.isDirectory(DOCKER.resolve(s[0]).resolve("amps")), "docker/" + s[0] + "/amps exists");
        }
    }
}

package org.sanxiang.repo.packaging;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Alfresco Content Services already has in WEB-INF/lib, so an AMP must not bring it again.
 *
 * <p>Taken from alfresco-community-repo 26.2.0.96 (the repository inside ACS Community 26.2.0):
 * the dependencies of its core, data-model, repository and remote-api modules. Notably
 * data-model ships tika-core and tika-parsers-standard-package (3.2.3) and OpenCMIS commons and
 * server (1.0.0-jakarta-1, Alfresco's Jakarta build); the OpenCMIS client jars are test-only
 * there, so a CMIS client may travel in our lib/. pdfbox itself is excluded from Alfresco's Tika
 * (data-model's pom, MNT-22388), so our lib/ carries it for the PDF/A renderer; fontbox,
 * pdfbox-io and xmpbox come with Alfresco's Tika parsers; dom4j and jaxen with its repository. The same list, as groupId patterns, is the
 * exclusion list of src/main/assembly/amp.xml.
 */
final class AlfrescoShips {

    private AlfrescoShips() {
    }

    /** Jar file name patterns (artifactId-version.jar) of libraries Alfresco ships. */
    static final List<Pattern> JARS = List.of(
            jar("spring-.*"),
            jar("activiti-.*"),
            jar("mybatis.*"),
            jar("chemistry-opencmis-commons-.*"),
            jar("chemistry-opencmis-server-.*"),
            jar("tika-.*"),
            jar("pdfbox-io"), jar("pdfbox-tools"), jar("fontbox"), jar("xmpbox"), jar("jempbox"), jar("jbig2-imageio"),
            jar("dom4j"), jar("jaxen"),
            jar("poi.*"), jar("xmlbeans"),
            jar("jackson-core"), jar("jackson-databind"), jar("jackson-annotations"),
            jar("commons-.*"),
            jar("quartz.*"),
            jar("slf4j-.*"),
            jar("log4j-.*"),
            jar("guava"), jar("failureaccess"),
            jar("gson"),
            jar("httpclient.*"), jar("httpcore.*"), jar("httpmime"),
            jar("bc[a-z]+-jdk\\d+on"),
            jar("freemarker"),
            jar("jakarta\\..*"), jar("javax\\..*"),
            jar("postgresql"), jar("h2"));

    /** Packages whose classes must not be inside any of our jars either (a shaded copy is still a copy). */
    static final List<String> PACKAGES = List.of(
            "org/springframework/", "org/activiti/", "org/apache/ibatis/",
            "org/apache/chemistry/opencmis/commons/", "org/apache/chemistry/opencmis/server/",
            "org/apache/tika/", "com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/",
            "org/apache/commons/", "org/quartz/", "org/slf4j/", "org/apache/logging/log4j/",
            "com/google/common/");

    private static Pattern jar(String artifactId) {
        return Pattern.compile(artifactId + "-\\d[^/]*\\.jar");
    }

    /** The pattern a jar name matches, if Alfresco ships that library. */
    static Optional<Pattern> shipped(String jarName) {
        return JARS.stream().filter(p -> p.matcher(jarName).matches()).findFirst();
    }
}

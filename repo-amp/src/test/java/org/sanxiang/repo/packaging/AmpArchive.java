package org.sanxiang.repo.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * An assembled .amp, opened the way the Module Management Tool sees it: the archive's own entries,
 * and the classpath its lib/ jars put into WEB-INF/lib.
 */
final class AmpArchive {

    final Path file;
    /** Entry names of the .amp itself, sorted. */
    final List<String> entries;
    /** lib/ jars extracted to a temporary directory, by file name. */
    final Map<String, Path> libJars;
    /** Every resource or class inside the lib/ jars (path inside the jar) → the jar's file name. */
    final Map<String, String> classpath;

    private AmpArchive(Path file, List<String> entries, Map<String, Path> libJars, Map<String, String> classpath) {
        this.file = file;
        this.entries = entries;
        this.libJars = libJars;
        this.classpath = classpath;
    }

    /** The .amp named by a system property that the pom sets (failsafe's systemPropertyVariables). */
    static AmpArchive fromSystemProperty(String property) {
        String name = System.getProperty(property);
        if (name == null) {
            throw new IllegalStateException("system property " + property
                    + " is not set: run the packaging tests through Maven (mvn verify), which builds the .amp first");
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(property + "=" + file + ": no such file; the package phase should have written it");
        }
        return open(file);
    }

    static AmpArchive open(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> entries = new ArrayList<>();
            Map<String, Path> jars = new TreeMap<>();
            Map<String, String> classpath = new TreeMap<>();
            Path dir = Files.createTempDirectory("amp-lib-");
            dir.toFile().deleteOnExit();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.add(entry.getName());
                if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                    String jarName = entry.getName().substring("lib/".length());
                    Path jar = dir.resolve(jarName);
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, jar);
                    }
                    jar.toFile().deleteOnExit();
                    jars.put(jarName, jar);
                    try (ZipInputStream inner = new ZipInputStream(Files.newInputStream(jar))) {
                        for (ZipEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                            if (!e.isDirectory()) {
                                classpath.putIfAbsent(e.getName(), jarName);
                            }
                        }
                    }
                }
            }
            Collections.sort(entries);
            return new AmpArchive(file, List.copyOf(entries), jars, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the archive", e);
        }
    }

    /** The text of a top-level entry of the .amp. */
    String entryText(String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new AssertionError(file.getFileName() + " has no entry " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a classpath resource inside one of the lib/ jars. */
    String resourceText(String resource) {
        String jarName = classpath.get(resource);
        if (jarName == null) {
            throw new AssertionError("no lib/ jar of " + file.getFileName() + " holds " + resource);
        }
        try (ZipFile jar = new ZipFile(libJars.get(jarName).toFile())) {
            try (InputStream in = jar.getInputStream(jar.getEntry(resource))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    URL[] libUrls() {
        return libJars.values().stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }
}

package org.sanxiang.standalone.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shaded jar (standalone/target/sanxiang-standalone-*-all.jar, built in {@code package}) started as a
 * separate process with {@code java -jar … serve}, as a user starts it; its URLs read from what it prints.
 */
final class JarProcess implements AutoCloseable {

    private static final Pattern REST = Pattern.compile("REST API:\\s+(http://\\S+/api)");
    private static final Pattern BROWSER = Pattern.compile("CMIS 1\\.1 browser binding:\\s+(http://\\S+)");
    private static final Pattern ATOM = Pattern.compile("CMIS 1\\.1 AtomPub:\\s+(http://\\S+)");

    private final Process process;
    private Thread reader;
    private final List<String> output = new CopyOnWriteArrayList<>();
    String restUrl;
    String browserUrl;
    String atomPubUrl;

    private JarProcess(Process process) {
        this.process = process;
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("sanxiang-standalone-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no shaded jar in standalone/target: run the package phase"));
        }
    }

    /** Starts {@code java -jar <jar> serve <args>} and waits until it says it is ready. */
    static JarProcess serve(Path workDir, String... args) throws Exception {
        return serve(workDir, List.of(), args);
    }

    /** As {@link #serve(Path, String...)}, with options for the JVM (system properties) before {@code -jar}. */
    static JarProcess serve(Path workDir, List<String> jvmOptions, String... args) throws Exception {
        // the child's temporary files (a sandbox's data folder, which a killed child leaves) stay in the test's folder
        Path tmp = java.nio.file.Files.createDirectories(workDir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + tmp.toAbsolutePath()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString(), "serve"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        JarProcess jar = new JarProcess(p);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    jar.output.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
        jar.reader = reader;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (jar.output.contains("sanxiang: ready. Ctrl+C stops it.")) {
                for (String line : jar.output) {
                    jar.restUrl = find(REST, line, jar.restUrl);
                    jar.browserUrl = find(BROWSER, line, jar.browserUrl);
                    jar.atomPubUrl = find(ATOM, line, jar.atomPubUrl);
                }
                return jar;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the jar exited with " + p.exitValue() + ":\n" + String.join("\n", jar.output));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the jar did not get ready in 180 s:\n" + String.join("\n", jar.output));
    }

    private static String find(Pattern pattern, String line, String current) {
        Matcher m = pattern.matcher(line);
        return m.find() ? m.group(1) : current;
    }

    /** The REST API as officer1 (the sandbox's demo users). */
    Http http() {
        return new Http(restUrl).as("officer1");
    }

    List<String> output() {
        return List.copyOf(output);
    }

    /** SIGTERM: the shutdown hook stops everything; returns the exit code (143 = 128 + SIGTERM, as for any JVM). */
    int stop() throws InterruptedException, IOException {
        // kill -TERM rather than Process.destroy(), which also closes our end of its output: we want to read it all
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the jar did not stop within 60 s of SIGTERM:\n" + String.join("\n", output));
        }
        reader.join(10_000); // everything it printed, to the end
        return process.exitValue();
    }

    /** Waits for the process to end by itself (a halt); returns its exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the jar did not end within " + seconds + " s:\n" + String.join("\n", output));
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** SIGKILL (kill -9): no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}

package org.sanxiang.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary data folder of a sandbox started without {@code --data-dir}: created with an owner file
 * naming the process, deleted when the sandbox stops, and — when a crash left it — by the next sandbox
 * that starts and finds its owner gone.
 */
final class SandboxDirs {

    static final String PREFIX = "sanxiang-sandbox";
    private static final String OWNER = ".owner-pid";

    private SandboxDirs() {
    }

    /** Deletes the folders of sandboxes whose process is gone, then creates this one's. */
    static Path create() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(d)).filter(SandboxDirs::orphaned)
                    .forEach(SandboxDirs::delete);
        } catch (IOException e) {
            // an unreadable temp folder: nothing to clean
        }
        Path dir = Files.createTempDirectory(PREFIX);
        Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        return dir;
    }

    private static boolean orphaned(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve(OWNER), StandardCharsets.UTF_8).strip());
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return false; // not ours, or not yet written: left alone
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("sanxiang: cannot delete " + dir + ": " + e.getMessage());
        }
    }
}

package org.sanxiang.standalone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A sandbox's temporary folder goes when it stops, and a crashed sandbox's folder goes at the next start. */
class SandboxDirsTest {

    @Test
    void aCrashedSandboxsFolderIsDeletedByTheNextStartAndAStoppedOnesByItself() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path crashed = Files.createTempDirectory(SandboxDirs.PREFIX);
        Files.writeString(crashed.resolve(".owner-pid"), Long.toString(gone.pid()), StandardCharsets.UTF_8);
        Files.writeString(crashed.resolve("uploads.bin"), "left by a crash");

        Path mine = SandboxDirs.create();
        assertFalse(Files.exists(crashed), "the crashed sandbox's folder is gone");
        assertTrue(Files.isDirectory(mine));
        Path alive = SandboxDirs.create();
        assertTrue(Files.isDirectory(mine), "a running sandbox's folder stays");

        SandboxDirs.delete(mine);
        SandboxDirs.delete(alive);
        assertFalse(Files.exists(mine), "deleted on stop");
    }
}

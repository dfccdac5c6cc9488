package org.sanxiang.repo.intake;

import java.nio.file.Path;

/** A file written by intake, with the SHA-256 (lower-case hex) and size of the bytes written. */
public record StoredFile(Path path, String sha256, long size) {
}

package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes an upload to its stored file and computes its SHA-256 in the same pass, through one fixed
 * buffer: memory does not grow with the size of the upload.
 */
final class DigestingCopy {

    static final int BUFFER_SIZE = 256 * 1024;

    private DigestingCopy() {
    }

    static StoredFile copy(InputStream upload, Path target) throws IOException {
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = upload.read(buffer)) != -1) {
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new IOException("could not store the upload as " + target + ": " + e.getMessage(), e);
        }
        return new StoredFile(target, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** SHA-256 of a file already stored, read once through the same fixed buffer. */
    static StoredFile digest(Path stored) throws IOException {
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (InputStream in = Files.newInputStream(stored)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new IOException("could not read the stored file " + stored + ": " + e.getMessage(), e);
        }
        return new StoredFile(stored, HexFormat.of().formatHex(sha256.digest()), size);
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

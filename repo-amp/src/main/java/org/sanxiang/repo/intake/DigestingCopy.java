package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes an upload to its stored file and computes its SHA-256 in the same pass. Hashing and
 * writing overlap: the calling thread reads and hashes, a writer thread writes, and they share a
 * small fixed ring of buffers, so memory does not grow with the size of the upload and the copy
 * costs about the slower of the two, not their sum.
 */
final class DigestingCopy {

    static final int BUFFER_SIZE = 256 * 1024;
    /** Buffers in flight between the hashing and the writing thread. */
    static final int BUFFERS = 4;

    private DigestingCopy() {
    }

    private record Chunk(byte[] buffer, int length) {
        static final Chunk END = new Chunk(new byte[0], -1);
    }

    static StoredFile copy(InputStream upload, Path target) throws IOException {
        MessageDigest sha256 = newSha256();
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_SIZE]);
        }
        BlockingQueue<Chunk> toWrite = new ArrayBlockingQueue<>(BUFFERS + 1);
        OutputStream out;
        try {
            out = Files.newOutputStream(target);
        } catch (IOException e) {
            throw new IOException("could not store the upload as " + target + ": " + e.getMessage(), e);
        }
        Writer writer = new Writer(out, toWrite, free);
        Thread writerThread = new Thread(writer, "sanxiang-intake-writer");
        writerThread.setDaemon(true);
        writerThread.start();

        long size = 0;
        IOException readFailure = null;
        try {
            while (writer.failure == null) {
                byte[] buffer = free.take();
                int n = upload.read(buffer);
                if (n == -1) {
                    free.add(buffer);
                    break;
                }
                toWrite.put(new Chunk(buffer, n));
                sha256.update(buffer, 0, n); // the writer only reads the buffer too
                size += n;
            }
        } catch (IOException e) {
            readFailure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            readFailure = new IOException("interrupted", e);
        } finally {
            finish(toWrite, writerThread);
        }
        if (readFailure != null) {
            throw new IOException("could not read the upload for " + target + ": " + readFailure.getMessage(), readFailure);
        }
        if (writer.failure != null) {
            throw new IOException("could not store the upload as " + target + ": " + writer.failure.getMessage(),
                    writer.failure);
        }
        return new StoredFile(target, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** Tells the writer there is no more, and waits until it has written and closed the file. */
    private static void finish(BlockingQueue<Chunk> toWrite, Thread writerThread) {
        boolean interrupted = false;
        while (true) {
            try {
                toWrite.put(Chunk.END);
                writerThread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the file must be closed before we return
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes chunks until END; after a failure it keeps returning buffers so the reader never blocks. */
    private static final class Writer implements Runnable {
        private final OutputStream out;
        private final BlockingQueue<Chunk> toWrite;
        private final BlockingQueue<byte[]> free;
        volatile IOException failure;

        Writer(OutputStream out, BlockingQueue<Chunk> toWrite, BlockingQueue<byte[]> free) {
            this.out = out;
            this.toWrite = toWrite;
            this.free = free;
        }

        @Override
        public void run() {
            try (out) {
                while (true) {
                    Chunk chunk = toWrite.take();
                    if (chunk == Chunk.END) {
                        break;
                    }
                    if (failure == null) {
                        try {
                            out.write(chunk.buffer(), 0, chunk.length());
                        } catch (IOException e) {
                            failure = e;
                        }
                    }
                    free.add(chunk.buffer());
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e; // closing (flushing) the file failed
                }
            } catch (InterruptedException e) {
                failure = new IOException("writer interrupted", e);
            }
        }
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

package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.sun.nio.file.ExtendedOpenOption;

/**
 * Writes an upload to its stored file and computes its SHA-256 in the same pass, with memory that
 * does not grow with the upload.
 *
 * <p>The calling thread reads the upload in 256 KiB chunks, copies each chunk into one of a small ring
 * of 1 MiB native buffers and hashes it while it is still in the CPU's cache; a writer thread writes
 * the full buffers to the file. Where the file system
 * allows it the file is opened for direct I/O ({@code O_DIRECT}): the device reads the buffers itself,
 * so storing a recording costs almost no CPU next to its SHA-256 and does not push the bureau's
 * working set out of the page cache; the file is forced to the device before intake reports it
 * stored (evidence must survive a power cut once its digest is recorded). Elsewhere the same ring is
 * written through the page cache and then forced.
 *
 * <p>Nothing is allocated per chunk: the native buffers come from a small pool shared by all intakes,
 * and each intake has one heap chunk for the upload's {@code read}.
 */
final class DigestingCopy {

    /** Write buffer size: large enough that a buffer is one large device write, small next to any heap. */
    static final int BUFFER_SIZE = 1 << 20;
    /** Read size: a chunk is read, copied and hashed while it is still in the CPU's (L2) cache. */
    static final int READ_SIZE = 256 * 1024;
    /** Native buffers in flight between the reading thread and the writer (8 MiB per running intake). */
    static final int BUFFERS = 8;
    /** Direct I/O needs buffer addresses, file offsets and lengths aligned to the device's block. */
    private static final int MIN_ALIGNMENT = 4096;
    /** Idle native buffers kept for the next intake (the rest are left to the garbage collector). */
    private static final BlockingQueue<ByteBuffer> IDLE = new ArrayBlockingQueue<>(2 * BUFFERS);
    /** Tells the writer that nothing more comes. */
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private DigestingCopy() {
    }

    static StoredFile copy(InputStream upload, Path target) throws IOException {
        MessageDigest sha256 = newSha256();
        Writer writer = Writer.open(target);
        BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(borrow());
        }
        writer.start(free);

        byte[] chunk = new byte[READ_SIZE];
        ByteBuffer buffer = null;
        long size = 0;
        IOException readFailure = null;
        try {
            int n;
            // readNBytes fills whole chunks (a short one only at the end), so every write but the
            // last is a whole buffer, block-aligned
            while (writer.failure == null && (n = upload.readNBytes(chunk, 0, chunk.length)) > 0) {
                if (buffer == null) {
                    buffer = free.take();
                    buffer.clear();
                }
                buffer.put(chunk, 0, n);
                sha256.update(chunk, 0, n); // the chunk is still in the CPU's cache
                size += n;
                if (!buffer.hasRemaining() || n < chunk.length) {
                    writer.queue.put(buffer.flip()); // written while the next chunks are read and hashed
                    buffer = null;
                }
            }
            if (buffer != null && buffer.position() > 0) {
                writer.queue.put(buffer.flip());
                buffer = null;
            }
        } catch (IOException e) {
            readFailure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            readFailure = new IOException("interrupted", e);
        } finally {
            writer.finish();
            if (buffer != null) {
                free.add(buffer);
            }
            free.forEach(DigestingCopy::giveBack);
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

    /** Writes buffers until END, then trims the padding of the last block and forces the file to the device. */
    private static final class Writer implements Runnable {
        private final Path target;
        private final int alignment;
        private FileChannel channel;
        private boolean direct;
        private final BlockingQueue<ByteBuffer> queue = new ArrayBlockingQueue<>(BUFFERS + 1);
        private BlockingQueue<ByteBuffer> free;
        private Thread thread;
        private long written;
        volatile IOException failure;

        private Writer(Path target, FileChannel channel, boolean direct, int alignment) {
            this.target = target;
            this.channel = channel;
            this.direct = direct;
            this.alignment = alignment;
        }

        /** Opens the target for direct I/O where the file system allows it, else through the page cache. */
        static Writer open(Path target) throws IOException {
            Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                int alignment = alignment(target);
                if (alignment > 0) {
                    Set<OpenOption> direct = new java.util.HashSet<>(options);
                    direct.add(ExtendedOpenOption.DIRECT);
                    try {
                        return new Writer(target, FileChannel.open(target, direct), true, alignment);
                    } catch (IOException | UnsupportedOperationException e) {
                        // this file system does not do direct I/O: the page cache it is
                    }
                }
                return new Writer(target, FileChannel.open(target, options), false, MIN_ALIGNMENT);
            } catch (IOException e) {
                throw new IOException("could not store the upload as " + target + ": " + e.getMessage(), e);
            }
        }

        /** The block size direct I/O needs on the target's file system, or 0 when it cannot be known. */
        private static int alignment(Path target) {
            try {
                Path dir = target.toAbsolutePath().getParent();
                long block = Files.getFileStore(dir).getBlockSize();
                if (block <= 0 || block > BUFFER_SIZE || Long.bitCount(block) != 1) {
                    return 0;
                }
                return (int) Math.max(MIN_ALIGNMENT, block);
            } catch (IOException | UnsupportedOperationException e) {
                return 0;
            }
        }

        void start(BlockingQueue<ByteBuffer> freeBuffers) {
            this.free = freeBuffers;
            thread = new Thread(this, "sanxiang-intake-writer");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                while (true) {
                    ByteBuffer buffer = queue.take();
                    if (buffer == END) {
                        break;
                    }
                    if (failure == null) {
                        try {
                            write(buffer);
                        } catch (IOException e) {
                            failure = e;
                        }
                    }
                    free.add(buffer);
                }
                if (failure == null) {
                    if (channel.size() > written) {
                        channel.truncate(written); // the last block was padded
                    }
                    channel.force(false);
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            } catch (InterruptedException e) {
                failure = new IOException("writer interrupted", e);
            } finally {
                try {
                    channel.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
        }

        private void write(ByteBuffer buffer) throws IOException {
            int length = buffer.remaining();
            if (direct) {
                // the last chunk: direct I/O writes whole blocks; the padding is cut off at the end
                buffer.limit((length + alignment - 1) / alignment * alignment);
                try {
                    writeFully(buffer, written);
                } catch (IOException e) {
                    // a file system that opened for direct I/O but refuses it: go on through the page cache
                    try {
                        channel.close();
                        channel = FileChannel.open(target, StandardOpenOption.WRITE);
                        direct = false;
                        buffer.limit(length).position(0);
                        writeFully(buffer, written);
                    } catch (IOException again) {
                        e.addSuppressed(again);
                        throw e; // not a direct I/O problem (a full disk, say): report the first failure
                    }
                }
            } else {
                writeFully(buffer, written);
            }
            written += length;
        }

        private void writeFully(ByteBuffer buffer, long position) throws IOException {
            long at = position;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }

        /** Tells the writer there is no more, and waits until it has written, forced and closed the file. */
        void finish() {
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(END);
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the file must be closed before we return
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A native buffer of {@link #BUFFER_SIZE} bytes aligned for direct I/O, from the pool or new. */
    private static ByteBuffer borrow() {
        ByteBuffer b = IDLE.poll();
        return b != null ? b : ByteBuffer.allocateDirect(BUFFER_SIZE + MIN_ALIGNMENT).alignedSlice(MIN_ALIGNMENT)
                .limit(BUFFER_SIZE).slice();
    }

    private static void giveBack(ByteBuffer b) {
        IDLE.offer(b); // a full pool drops it
    }

    /** SHA-256 of a file already stored, read once through one chunk-sized buffer. */
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

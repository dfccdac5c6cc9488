package org.sanxiang.bench;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * A stream of {@code size} bytes that is never stored: it repeats a 1 MiB random block, each
 * repetition with its index written into its first 8 bytes so no two MiB are alike.
 */
final class GeneratedContentStream extends InputStream {

    private static final int BLOCK = 1 << 20;

    private final byte[] block = new byte[BLOCK];
    private final long size;
    private long position;

    GeneratedContentStream(long size, long seed) {
        this.size = size;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < BLOCK; k += 8) {
            long v = random.nextLong();
            for (int b = 0; b < 8; b++) {
                block[k + b] = (byte) (v >>> (8 * b));
            }
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= size) {
            return -1;
        }
        int inBlock = (int) (position % BLOCK);
        int n = (int) Math.min(Math.min(len, BLOCK - inBlock), size - position);
        if (inBlock == 0) {
            long index = position / BLOCK;
            for (int k = 0; k < 8; k++) {
                block[k] = (byte) (index >>> (8 * k));
            }
        }
        System.arraycopy(block, inBlock, b, off, n);
        position += n;
        return n;
    }
}

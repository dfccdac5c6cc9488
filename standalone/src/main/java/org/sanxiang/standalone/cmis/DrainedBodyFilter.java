package org.sanxiang.standalone.cmis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

/**
 * Reads the whole request body before OpenCMIS's AtomPub servlet sees it. The AtomPub parser stops
 * reading at the end of the Atom entry, and Jetty then answers while the client is still sending
 * (the client sees a reset connection); a drained body avoids that. Bodies above a threshold go to a
 * temporary file, so large content does not sit in the heap; a body larger than the limit is not read
 * past it (413), and a spilled body is deleted whatever happens.
 */
final class DrainedBodyFilter implements Filter {

    private static final int MEMORY_THRESHOLD = 4 * 1024 * 1024;

    private final long maxBodyBytes;

    /** @param maxBodyBytes the largest body read; a larger one is refused with 413 as soon as it passes the limit */
    DrainedBodyFilter(long maxBodyBytes) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes: must be at least 1");
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String method = http.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getContentLengthLong() > maxBodyBytes) {
            tooLarge((HttpServletResponse) response);
            return;
        }
        Path spill = null;
        try {
            byte[] buffered;
            try (InputStream in = http.getInputStream()) {
                buffered = in.readNBytes((int) Math.min(MEMORY_THRESHOLD, maxBodyBytes + 1));
                if (buffered.length > maxBodyBytes) {
                    tooLarge((HttpServletResponse) response);
                    return;
                }
                if (buffered.length == MEMORY_THRESHOLD) {
                    spill = Files.createTempFile("sx-cmis-body", ".bin");
                    try (OutputStream out = new Bounded(Files.newOutputStream(spill), maxBodyBytes)) {
                        out.write(buffered);
                        in.transferTo(out);
                    } catch (TooLarge e) {
                        tooLarge((HttpServletResponse) response);
                        return;
                    }
                    buffered = null;
                }
            }
            InputStream body = buffered != null ? new ByteArrayInputStream(buffered) : Files.newInputStream(spill);
            try (body) {
                chain.doFilter(new BufferedRequest(http, body), response);
            }
        } finally {
            // also when the client went away mid-body: what it sent does not stay on disk
            if (spill != null) {
                Files.deleteIfExists(spill);
            }
        }
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close"); // the rest of the body is not read
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is larger than the limit");
    }

    /** Passes bytes on up to a limit; a write beyond it stops the copy. */
    private static final class Bounded extends FilterOutputStream {
        private long room;

        Bounded(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new TooLarge();
            }
            out.write(b, off, len);
            room -= len;
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("the request body is larger than the limit", null);
        }
    }

    @Override
    public void destroy() {
    }

    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final ServletInputStream stream;

        BufferedRequest(HttpServletRequest request, InputStream body) {
            super(request);
            this.stream = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = body.read(b, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener readListener) {
                    throw new IllegalStateException("the drained body is read synchronously");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }
    }
}

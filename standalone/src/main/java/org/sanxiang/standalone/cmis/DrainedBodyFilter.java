package org.sanxiang.standalone.cmis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * Reads the whole request body before OpenCMIS's AtomPub servlet sees it. The AtomPub parser stops
 * reading at the end of the Atom entry, and Jetty then answers while the client is still sending
 * (the client sees a reset connection); a drained body avoids that. Bodies above a threshold go to a
 * temporary file, so large content does not sit in the heap.
 */
final class DrainedBodyFilter implements Filter {

    private static final int MEMORY_THRESHOLD = 4 * 1024 * 1024;

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
        Path spill = null;
        byte[] buffered;
        try (InputStream in = http.getInputStream()) {
            buffered = in.readNBytes(MEMORY_THRESHOLD);
            if (buffered.length == MEMORY_THRESHOLD) {
                spill = Files.createTempFile("sx-cmis-body", ".bin");
                Files.write(spill, buffered);
                try (var outFile = Files.newOutputStream(spill, java.nio.file.StandardOpenOption.APPEND)) {
                    in.transferTo(outFile);
                }
                buffered = null;
            }
        }
        try {
            InputStream body = buffered != null ? new ByteArrayInputStream(buffered) : Files.newInputStream(spill);
            try (body) {
                chain.doFilter(new BufferedRequest(http, body), response);
            }
        } finally {
            if (spill != null) {
                Files.deleteIfExists(spill);
            }
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

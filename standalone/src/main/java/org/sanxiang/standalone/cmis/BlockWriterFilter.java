package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Hands the browser binding a response writer that passes its characters on to Jetty's in blocks.
 * OpenCMIS writes its JSON a token at a time ({@code "}, {@code :}, a name, a value), and Jetty's writer
 * encodes and copies each write into its output on its own: with ~80 CMIS calls per case that was most
 * of the CMIS server's time in Jetty. The response is the same byte for byte: characters wait here only
 * until the block is full or the servlet does anything else with the response (flush, reset, headers,
 * status, commit check), and are then written to Jetty's writer as they would have been.
 */
final class BlockWriterFilter implements Filter {

    /** Characters held before they go to Jetty's writer. */
    static final int BLOCK = 8192;

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        BlockResponse blocks = new BlockResponse(http);
        try {
            chain.doFilter(request, blocks);
        } finally {
            blocks.pass();
        }
    }

    @Override
    public void destroy() {
    }

    /** A response whose writer holds characters until a block is full or the response is touched. */
    static final class BlockResponse extends HttpServletResponseWrapper {

        private BlockWriter blocks;
        private PrintWriter writer;

        BlockResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter target = super.getWriter();
                blocks = new BlockWriter(target);
                writer = new PrintWriter(blocks, false) {
                    @Override
                    public boolean checkError() {
                        return super.checkError() || target.checkError();
                    }
                };
            }
            return writer;
        }

        /** Writes what the writer holds to Jetty's writer (without flushing it). */
        void pass() throws IOException {
            if (blocks != null) {
                blocks.pass();
            }
        }

        private void passQuietly() {
            try {
                pass();
            } catch (IOException e) {
                // Jetty's writer records its own errors (checkError); nothing is thrown from it
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            passQuietly();
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            pass();
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            passQuietly();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            passQuietly();
            super.reset();
            // Jetty forgets its writer on reset; a later getWriter asks it again
            blocks = null;
            writer = null;
        }

        @Override
        public boolean isCommitted() {
            passQuietly();
            return super.isCommitted();
        }

        @Override
        public void setBufferSize(int size) {
            passQuietly();
            super.setBufferSize(size);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            pass();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            pass();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            pass();
            super.sendRedirect(location);
        }

        @Override
        public void setStatus(int sc) {
            passQuietly();
            super.setStatus(sc);
        }

        @Override
        @SuppressWarnings("deprecation")
        public void setStatus(int sc, String sm) {
            passQuietly();
            super.setStatus(sc, sm);
        }

        @Override
        public void setHeader(String name, String value) {
            passQuietly();
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            passQuietly();
            super.addHeader(name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            passQuietly();
            super.setIntHeader(name, value);
        }

        @Override
        public void addIntHeader(String name, int value) {
            passQuietly();
            super.addIntHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            passQuietly();
            super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            passQuietly();
            super.addDateHeader(name, date);
        }

        @Override
        public void addCookie(Cookie cookie) {
            passQuietly();
            super.addCookie(cookie);
        }

        @Override
        public void setContentLength(int len) {
            passQuietly();
            super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            passQuietly();
            super.setContentLengthLong(len);
        }

        @Override
        public void setContentType(String type) {
            passQuietly();
            super.setContentType(type);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            passQuietly();
            super.setCharacterEncoding(charset);
        }

        @Override
        public void setLocale(Locale loc) {
            passQuietly();
            super.setLocale(loc);
        }
    }

    /** Holds up to {@link #BLOCK} characters for a target writer (Jetty's writers carry a surrogate pair across writes). */
    static final class BlockWriter extends Writer {

        private final Writer target;
        private final char[] block = new char[BLOCK];
        private int held;

        BlockWriter(Writer target) {
            this.target = target;
        }

        @Override
        public void write(int c) throws IOException {
            if (held == block.length) {
                pass();
            }
            block[held++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > block.length - held) {
                pass();
                if (len > block.length) {
                    target.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, block, held, len);
            held += len;
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            if (len > block.length - held) {
                pass();
                if (len > block.length) {
                    target.write(text, off, len);
                    return;
                }
            }
            text.getChars(off, off + len, block, held);
            held += len;
        }

        /** Passes the held characters on to the target. */
        void pass() throws IOException {
            if (held > 0) {
                target.write(block, 0, held);
                held = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            pass();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            pass();
            target.close();
        }
    }
}

package org.projectdesk.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Gathers a page's text into a buffer of {@value #CHARS} characters and encodes it in those pieces straight into the
 * servlet's output stream. Faces writes a page in thousands of small pieces (each {@code <}, each attribute), and
 * Undertow's writer wraps and encodes every piece on its own: a profile of a signed-in home under load found 17 % of
 * its samples there, most of what had looked like the cost of PrimeFaces' menubar and content security policy writer.
 * Handing Undertow's writer 8 kB pieces instead still left 16 % in its encoder, which runs character by character
 * into a direct buffer; an encoder of our own over heap arrays takes the fast path. Text held here and not yet passed
 * on is thrown away when the response is reset or an error or redirect is sent, as the servlet's own buffer is; it is
 * passed on when the page is done, or flushed.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class BufferedPageText extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int CHARS = 8192;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var buffered = new Response(response);
        chain.doFilter(request, buffered);
        buffered.finish();
    }

    /** A response whose writer holds its text until it is full, flushed or the page is done. */
    static final class Response extends HttpServletResponseWrapper {

        private PendingText pending;
        private PrintWriter writer;
        private boolean streamTaken;

        Response(HttpServletResponse response) {
            super(response);
        }

        /** The charset is settled here, as the servlet's own {@code getWriter} settles it in the content type. */
        @Override
        public PrintWriter getWriter() throws IOException {
            if (streamTaken) {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
            if (writer == null) {
                String charset = getCharacterEncoding();
                setCharacterEncoding(charset);
                pending = new PendingText(super.getOutputStream(), Charset.forName(charset));
                writer = new PrintWriter(pending, false);
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called for this response");
            }
            streamTaken = true;
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            passOn();
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            discard();
            super.resetBuffer();
        }

        /**
         * As the servlet's own (Servlet 6): the writer or stream taken before is stale, so the next {@code getWriter}
         * encodes in the charset the response has then, and the stream may be taken instead.
         */
        @Override
        public void reset() {
            discard();
            super.reset();
            pending = null;
            writer = null;
            streamTaken = false;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            discard();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            discard();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            discard();
            super.sendRedirect(location);
        }

        void passOn() throws IOException {
            if (pending != null) {
                pending.passOn();
            }
        }

        /** The page is done: everything held is encoded and written. */
        void finish() throws IOException {
            if (pending != null) {
                pending.finish();
            }
        }

        private void discard() {
            if (pending != null) {
                pending.discard();
            }
        }
    }

    /**
     * The characters written since the last time they were encoded into the output stream. A high surrogate at the end
     * of a piece waits in the buffer for its pair, so a character outside the basic plane is never split.
     */
    static final class PendingText extends Writer {

        private final OutputStream target;
        private final CharsetEncoder encoder;
        private final char[] chars = new char[CHARS];
        private final ByteBuffer bytes;
        private int count;

        PendingText(OutputStream target, Charset charset) {
            this.target = target;
            this.encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            this.bytes = ByteBuffer.allocate((int) Math.ceil(CHARS * (double) encoder.maxBytesPerChar()));
        }

        @Override
        public void write(int c) throws IOException {
            roomFor(1);
            chars[count++] = (char) c;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            while (length > 0) {
                int piece = roomFor(length);
                System.arraycopy(text, offset, chars, count, piece);
                count += piece;
                offset += piece;
                length -= piece;
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            while (length > 0) {
                int piece = roomFor(length);
                text.getChars(offset, offset + piece, chars, count);
                count += piece;
                offset += piece;
                length -= piece;
            }
        }

        /** How many of {@code length} characters fit now, after passing the buffer on if it is full. */
        private int roomFor(int length) throws IOException {
            if (count == chars.length) {
                passOn();
            }
            return Math.min(length, chars.length - count);
        }

        @Override
        public void flush() throws IOException {
            passOn();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            finish();
            target.close();
        }

        /** Encodes and writes what is held, but for a high surrogate at the end, whose pair may follow. */
        void passOn() throws IOException {
            encode(false);
        }

        /** Encodes and writes everything held, a lone surrogate at the end included, as the text is complete. */
        void finish() throws IOException {
            encode(true);
            encoder.flush(bytes);
            drain();
            encoder.reset();
        }

        private void encode(boolean complete) throws IOException {
            CharBuffer text = CharBuffer.wrap(chars, 0, count);
            while (encoder.encode(text, bytes, complete).isOverflow()) {
                drain();
            }
            drain();
            count = text.remaining();
            System.arraycopy(chars, text.position(), chars, 0, count);
        }

        private void drain() throws IOException {
            if (bytes.position() > 0) {
                target.write(bytes.array(), 0, bytes.position());
                bytes.clear();
            }
        }

        void discard() {
            count = 0;
            encoder.reset();
        }
    }
}

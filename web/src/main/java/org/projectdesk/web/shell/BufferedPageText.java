package org.projectdesk.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Gathers a page's text into a buffer of {@value #CHARS} characters before it reaches the servlet's writer. Faces
 * writes a page in thousands of small pieces (each {@code <}, each attribute), and Undertow's writer wraps and encodes
 * every piece on its own: a profile of a signed-in home under load found 17 % of its samples there, most of what had
 * looked like the cost of PrimeFaces' menubar and content security policy writer. Text held here and not yet passed on
 * is thrown away when the response is reset or an error or redirect is sent, as the servlet's own buffer is; it is
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
        buffered.passOn();
    }

    /** A response whose writer holds its text until it is full, flushed or the page is done. */
    static final class Response extends HttpServletResponseWrapper {

        private PendingText pending;
        private PrintWriter writer;

        Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                pending = new PendingText(super.getWriter());
                writer = new PrintWriter(pending, false);
            }
            return writer;
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

        @Override
        public void reset() {
            discard();
            super.reset();
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

        private void discard() {
            if (pending != null) {
                pending.discard();
            }
        }
    }

    /** The characters written since the last time they were passed on to the servlet's writer. */
    static final class PendingText extends Writer {

        private final Writer target;
        private final char[] chars = new char[CHARS];
        private int count;

        PendingText(Writer target) {
            this.target = target;
        }

        @Override
        public void write(int c) throws IOException {
            if (count == chars.length) {
                passOn();
            }
            chars[count++] = (char) c;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            if (length > chars.length - count) {
                passOn();
                if (length > chars.length) {
                    target.write(text, offset, length);
                    return;
                }
            }
            System.arraycopy(text, offset, chars, count, length);
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length > chars.length - count) {
                passOn();
                if (length > chars.length) {
                    target.write(text, offset, length);
                    return;
                }
            }
            text.getChars(offset, offset + length, chars, count);
            count += length;
        }

        @Override
        public void flush() throws IOException {
            passOn();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            passOn();
            target.close();
        }

        void passOn() throws IOException {
            if (count > 0) {
                target.write(chars, 0, count);
                count = 0;
            }
        }

        void discard() {
            count = 0;
        }
    }
}

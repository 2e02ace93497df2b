package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BufferedPageTextTest {

    /** What reached the servlet's output stream, and the calls the servlet's response was asked. */
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<String> calls = new ArrayList<>();
    private String charset = "UTF-8";
    private final BufferedPageText.Response response = new BufferedPageText.Response(servletResponse());

    private HttpServletResponse servletResponse() {
        ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getOutputStream":
                            return stream;
                        case "getCharacterEncoding":
                            return charset;
                        case "setCharacterEncoding":
                            calls.add("setCharacterEncoding " + args[0]);
                            return null;
                        default:
                            calls.add(method.getName());
                            return null;
                    }
                });
    }

    private String sent() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void smallPiecesReachTheServletTogetherWhenThePageIsDone() throws IOException {
        PrintWriter writer = response.getWriter();
        writer.write('<');
        writer.write("div class=\"pd-main\"");
        writer.write(">".toCharArray());
        writer.write("中文</div>");
        assertEquals("", sent());

        response.finish();
        assertEquals("<div class=\"pd-main\">中文</div>", sent());
    }

    @Test
    void aFullBufferIsPassedOnAndTheOrderKept() throws IOException {
        PrintWriter writer = response.getWriter();
        String expected = "a".repeat(BufferedPageText.CHARS - 1) + "bc" + "d".repeat(3 * BufferedPageText.CHARS) + "e";
        writer.write("a".repeat(BufferedPageText.CHARS - 1));
        writer.write("bc");
        assertEquals("a".repeat(BufferedPageText.CHARS - 1) + "b", sent(), "the buffer is filled, then passed on");
        writer.write("d".repeat(3 * BufferedPageText.CHARS).toCharArray());
        writer.write('e');
        response.finish();
        assertEquals(expected, sent());
    }

    @Test
    void textNotYetPassedOnIsThrownAwayWithAResetAnErrorOrARedirect() throws IOException {
        PrintWriter writer = response.getWriter();
        writer.write("<html>half a page");
        response.reset();
        writer.write("<html>the error page</html>");
        response.resetBuffer();
        writer.write("<html>again");
        response.sendError(404);
        writer.write("<html>and again");
        response.sendRedirect("/login.xhtml");
        response.finish();
        assertEquals("", sent());
        assertEquals(List.of("setCharacterEncoding UTF-8", "reset", "resetBuffer", "sendError", "sendRedirect"), calls);
    }

    @Test
    void flushingPassesTheTextOnFirst() throws IOException {
        PrintWriter writer = response.getWriter();
        writer.write("<html>");
        response.flushBuffer();
        assertEquals("<html>", sent());
        writer.write("<body>");
        writer.flush();
        assertEquals("<html><body>", sent());
        assertEquals(List.of("setCharacterEncoding UTF-8", "flushBuffer"), calls);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneAcrossAPieceBoundaryArrivesWhole() throws IOException {
        PrintWriter writer = response.getWriter();
        String page = "中".repeat(BufferedPageText.CHARS - 1) + "𠀀" + "文".repeat(BufferedPageText.CHARS);
        writer.write(page);
        writer.write('\uD840');
        response.flushBuffer();
        assertEquals(page, sent(), "a high surrogate written last waits for its pair");
        writer.write('\uDC00');
        response.finish();
        assertEquals(page + "𠀀", sent());
    }

    @Test
    void theResponsesCharsetIsSettledAndUsed() throws IOException {
        charset = "GB18030";
        PrintWriter writer = response.getWriter();
        writer.write("海门 é");
        response.finish();
        assertEquals("海门 é", bytes.toString(Charset.forName("GB18030")));
        assertEquals(List.of("setCharacterEncoding GB18030"), calls);
    }

    @Test
    void afterAResetTheWriterIsMadeAgainInTheCharsetThenSetOrTheStreamTaken() throws IOException {
        response.getWriter().write("<html>half a page");
        response.reset();
        charset = "GB18030";
        response.getWriter().write("海门");
        response.finish();
        assertEquals("海门", bytes.toString(Charset.forName("GB18030")));
        assertEquals(List.of("setCharacterEncoding UTF-8", "reset", "setCharacterEncoding GB18030"), calls);

        response.reset();
        response.getOutputStream();
        assertThrows(IllegalStateException.class, response::getWriter);
    }

    @Test
    void aResponseGivesEitherItsWriterOrItsStream() throws IOException {
        response.getWriter();
        assertThrows(IllegalStateException.class, response::getOutputStream);
        var streamed = new BufferedPageText.Response(servletResponse());
        streamed.getOutputStream();
        assertThrows(IllegalStateException.class, streamed::getWriter);
    }
}

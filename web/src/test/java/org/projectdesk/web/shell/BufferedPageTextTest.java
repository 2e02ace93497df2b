package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BufferedPageTextTest {

    /** What reached the servlet's writer, and the calls the servlet's response was asked. */
    private final StringWriter sent = new StringWriter();
    private final List<String> calls = new ArrayList<>();
    private final BufferedPageText.Response response = new BufferedPageText.Response(servletResponse());

    private HttpServletResponse servletResponse() {
        PrintWriter writer = new PrintWriter(sent);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getName().equals("getWriter") ? writer : null;
                });
    }

    @Test
    void smallPiecesReachTheServletTogetherWhenThePageIsDone() throws IOException {
        PrintWriter writer = response.getWriter();
        writer.write('<');
        writer.write("div class=\"pd-main\"");
        writer.write(">".toCharArray());
        writer.write("中文</div>");
        assertEquals("", sent.toString());

        response.passOn();
        assertEquals("<div class=\"pd-main\">中文</div>", sent.toString());
    }

    @Test
    void aFullBufferIsPassedOnAndTheOrderKept() throws IOException {
        PrintWriter writer = response.getWriter();
        String expected = "a".repeat(BufferedPageText.CHARS - 1) + "bc" + "d".repeat(3 * BufferedPageText.CHARS) + "e";
        writer.write("a".repeat(BufferedPageText.CHARS - 1));
        writer.write("bc");
        assertEquals("a".repeat(BufferedPageText.CHARS - 1), sent.toString());
        writer.write("d".repeat(3 * BufferedPageText.CHARS).toCharArray());
        writer.write('e');
        response.passOn();
        assertEquals(expected, sent.toString());
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
        response.passOn();
        assertEquals("", sent.toString());
        assertEquals(List.of("getWriter", "reset", "resetBuffer", "sendError", "sendRedirect"), calls);
    }

    @Test
    void flushingPassesTheTextOnFirst() throws IOException {
        PrintWriter writer = response.getWriter();
        writer.write("<html>");
        response.flushBuffer();
        assertEquals("<html>", sent.toString());
        writer.write("<body>");
        writer.flush();
        assertEquals("<html><body>", sent.toString());
        assertEquals(List.of("getWriter", "flushBuffer"), calls);
    }
}

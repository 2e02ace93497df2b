package org.projectdesk.web.shell;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.function.LongSupplier;
import org.projectdesk.servicefile.control.LedgerLimits;

/**
 * How large a request's body may be, decided for each request before anything reads it. The ledger import takes a
 * file up to its own limit ({@code PROJECTDESK_LEDGER_MAX_MB}) and reads one byte past it, to refuse a larger file on
 * its field; every other request takes {@value #OTHER_BYTES} bytes at most (the uploads' ceiling, web.xml), and one that
 * says it is larger is answered 413 naming both sizes, before it is signed in or read. The HTTP listener sets no limit
 * of its own (config/wildfly/projectdesk.cli): one there answered any larger body with a bare 400 before the
 * application was asked, so a ledger over 64 MB was refused without a word whatever its setting allowed.
 * A body sent in chunks, whose size is not said, fails when it is read past its limit.
 */
public class RequestBodyLimits implements ServletExtension {

    static final long OTHER_BYTES = 64L * 1024 * 1024;

    private static final Set<String> LEDGER_IMPORTS = Set.of("/api/projects/ledger", "/api/projects/ledger/preview");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> limited(next, () -> LedgerLimits.configured().maxBytes()));
    }

    static HttpHandler limited(HttpHandler next, LongSupplier ledgerBytes) {
        return exchange -> {
            long declared = exchange.getRequestContentLength();
            long limit = limitOf(exchange.getRequestMethod().equals(Methods.POST), exchange.getRelativePath(), declared,
                    ledgerBytes);
            if (declared > limit) {
                refuse(exchange, declared, limit);
                return;
            }
            exchange.setMaxEntitySize(limit);
            next.handleRequest(exchange);
        };
    }

    /**
     * The most a body may be. A ledger import reads its limit and one byte more, then refuses the file on its field;
     * what the sender said it would send is taken too (and the rest thrown away), so that the refusal reaches a sender
     * still sending instead of a connection closed on it. Any other request: {@link #OTHER_BYTES}.
     */
    static long limitOf(boolean post, String path, long declared, LongSupplier ledgerBytes) {
        return post && LEDGER_IMPORTS.contains(path) ? Math.max(declared, ledgerBytes.getAsLong() + 1) : OTHER_BYTES;
    }

    private static void refuse(HttpServerExchange exchange, long declared, long limit) {
        exchange.setPersistent(false);
        exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json; charset=UTF-8");
        exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is " + declared + " bytes; this request takes at most " + limit
                + " bytes.\"}");
    }
}

package io.consortia.server;

import io.consortia.facade.Consortia;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP API, running: the facade's jurisdictions served on a host and port (docs/http-api.md,
 * {@code /openapi.json}). Requests are handled on a bounded pool of threads sharing one facade;
 * bodies are limited in size (413), silent connections closed after the idle timeout, and {@link
 * #stop()} is graceful: new requests are refused while those under way finish, up to the stop
 * timeout. Nothing is global: several servers can run in one JVM.
 *
 * @since 0.2
 */
public final class ConsortiaServer implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector connector;

    private ConsortiaServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /**
     * Starts a server.
     *
     * @throws java.io.IOException when the port cannot be bound (taken, not allowed)
     */
    public static ConsortiaServer start(Consortia consortia, ServerConfig config) throws java.io.IOException {
        Objects.requireNonNull(consortia, "consortia");
        QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads(), Math.min(4, config.maxThreads()));
        threads.setName("consortia-http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        jetty.addConnector(connector);
        jetty.setHandler(new GracefulHandler(new Api(consortia, config)));
        jetty.setErrorHandler(new ProblemErrors());
        jetty.setStopTimeout(config.stopTimeout().toMillis());
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (java.io.IOException e) {
            stopQuietly(jetty);
            throw e;
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new java.io.IOException("cannot start the HTTP server on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return new ConsortiaServer(jetty, connector);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // already failing to start: the first problem is the one reported
        }
    }

    /** The port listened on while running (the one chosen when the configuration asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base address: {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Stops gracefully: refuses new requests, lets those under way finish (up to the stop timeout), then closes. */
    public void stop() throws Exception {
        jetty.stop();
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops gracefully, as {@link #stop()}. */
    @Override
    public void close() throws Exception {
        stop();
    }

    /** Errors Jetty answers itself (a malformed request line, headers too large) as RFC 9457 problems too. */
    static final class ProblemErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
            String body = Problems.json(code, message == null ? "" : message, Request.getPathInContext(request), java.util.List.of());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
            Content.Sink.write(response, true, body, callback);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

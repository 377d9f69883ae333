package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.server.ConsortiaServer;
import io.consortia.server.ServerConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia serve}: the HTTP API (docs/http-api.md) until interrupted (Ctrl-C, SIGTERM),
 * which stops it gracefully: requests under way finish, new ones are refused.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Serve the HTTP API, for hosts written in other languages.",
                "GET /jurisdictions, /parameters, /rules/{id}, /health, /openapi.json; POST /assess, /gap, /simulate (JSON bodies; bad "
                        + "input is a 400 application/problem+json naming the place). Runs until interrupted (Ctrl-C or SIGTERM), then "
                        + "stops gracefully."})
final class ServeCommand implements Callable<Integer> {

    private static final String JETTY_LOG = "org.slf4j.simpleLogger.log.org.eclipse.jetty";

    @ParentCommand
    ConsortiaCommand top;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--max-request-bytes", paramLabel = "SIZE", converter = ConsortiaCommand.Size.class,
            description = "The largest request body, e.g. 1M, 512K (default: 1M); a larger one is refused with 413.")
    long maxRequestBytes = ServerConfig.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Close a connection silent for this long, mid-request included (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "32", description = "The most requests handled at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = ServerConfig.defaults().withHost(host).withPort(port).withMaxRequestBytes(Math.min(maxRequestBytes, InputLimits.MAX_MAX_BYTES))
                    .withIdleTimeout(Duration.ofSeconds(Math.max(1, idleSeconds))).withMaxThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new InputException("serve: " + e.getMessage());
        }
        // Jetty's start and stop messages are not the command's: warnings and errors only, unless asked otherwise.
        if (System.getProperty(JETTY_LOG) == null) {
            System.setProperty(JETTY_LOG, "warn");
        }
        ConsortiaServer server;
        try {
            server = ConsortiaServer.start(top.facade(), config);
        } catch (java.io.IOException e) {
            throw new InputException("serve: cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                top.err.println("consortia: stopping the server: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "consortia-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        top.err.println("consortia: serving " + top.catalog().ids().size() + " jurisdictions on " + server.uri()
                + " (GET " + server.uri() + "openapi.json); Ctrl-C stops");
        top.err.flush();
        server.join();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

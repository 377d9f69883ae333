package io.consortia.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP API listens and what it accepts.
 *
 * @param host the address to listen on; {@code 127.0.0.1} (this machine only) unless a host asks otherwise
 * @param port the port; 0 for any free port (the server says which)
 * @param maxRequestBytes the largest request body; a larger one is refused with 413 before it is read
 * @param idleTimeout how long a connection may stay silent, mid-request included, before it is closed
 * @param stopTimeout how long a graceful stop waits for requests under way
 * @param maxThreads the most requests handled at once
 * @since 0.2
 */
public record ServerConfig(String host, int port, long maxRequestBytes, Duration idleTimeout, Duration stopTimeout, int maxThreads) {

    /** The default largest request: 1 MiB (a profile of a few hundred members, a registry of thousands). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is between 0 and 65535: " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes is at least 1: " + maxRequestBytes);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (maxThreads < 4) {
            throw new IllegalArgumentException("maxThreads is at least 4: " + maxThreads);
        }
    }

    /** 127.0.0.1, port 8080, 1 MiB requests, 30 s idle, 10 s to stop, 32 threads. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(30), Duration.ofSeconds(10), 32);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, maxRequestBytes, idleTimeout, stopTimeout, maxThreads);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, maxRequestBytes, idleTimeout, stopTimeout, maxThreads);
    }

    public ServerConfig withMaxRequestBytes(long n) {
        return new ServerConfig(host, port, n, idleTimeout, stopTimeout, maxThreads);
    }

    public ServerConfig withIdleTimeout(Duration d) {
        return new ServerConfig(host, port, maxRequestBytes, d, stopTimeout, maxThreads);
    }

    public ServerConfig withStopTimeout(Duration d) {
        return new ServerConfig(host, port, maxRequestBytes, idleTimeout, d, maxThreads);
    }

    public ServerConfig withMaxThreads(int n) {
        return new ServerConfig(host, port, maxRequestBytes, idleTimeout, stopTimeout, n);
    }
}

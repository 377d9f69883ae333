package io.consortia.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Decision;
import io.consortia.facade.Settings;
import io.consortia.io.input.TreeFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on localhost: {@code load.requests} POST /assess requests (default 2,000; the
 * measurement of docs/performance.md used 10,000) from {@code load.clients} concurrent clients
 * (16), each profile one of the examples cycled through, every jurisdiction the server has. It
 * asserts only correctness under load: every answer a 200 with the verdicts the facade gives
 * directly. The latency percentiles and throughput are printed and written to
 * {@code server/target/load-test.json}, never asserted (timing targets belong to benchmarks).
 * {@code -Dload.target=http://127.0.0.1:8080/} loads a server already running ({@code consortia serve}) instead of one
 * started here.
 */
class ServerLoadTest {

    @Test
    void answersEveryRequestCorrectlyUnderConcurrentLoad() throws Exception {
        int requests = Integer.getInteger("load.requests", 2_000);
        int clients = Integer.getInteger("load.clients", 16);
        String target = System.getProperty("load.target", "");
        ConsortiaServer own = target.isEmpty() ? ConsortiaServer.start(Http.CONSORTIA, ServerConfig.defaults().withPort(0)) : null;
        try {
            URI base = own == null ? URI.create(target) : own.uri();
            List<String> bodies = new ArrayList<>();
            List<List<String>> expected = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            new Http(base).get("jurisdictions").json().forEach(j -> ids.add(j.get("id").asText()));
            try (Stream<Path> files = Files.list(Path.of("examples"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    ObjectNode body = Http.JSON.createObjectNode();
                    JsonNode profile = Http.example(f.toString());
                    body.set("profile", profile);
                    bodies.add(body.toString());
                    List<String> verdicts = new ArrayList<>();
                    if (own != null) {
                        for (Decision d : Http.CONSORTIA.assess(Http.CONSORTIA.readProfile(profile.toString(), f.toString(), TreeFile.Format.JSON)
                                .orElseThrow(), Settings.defaults()).get()) {
                            verdicts.add(d.assessment().verdict().name());
                        }
                    }
                    expected.add(verdicts);
                }
            }
            int warmUp = Math.min(500, requests / 10);
            run(base, bodies, expected, ids.size(), warmUp, clients, new ConcurrentLinkedQueue<>());
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            int errors = run(base, bodies, expected, ids.size(), requests, clients, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            String summary = String.format(Locale.ROOT, "{\"requests\": %d, \"clients\": %d, \"errors\": %d, \"jurisdictions\": %d, \"seconds\": %.2f, "
                            + "\"throughputPerSecond\": %.0f, \"p50ms\": %.2f, \"p90ms\": %.2f, \"p99ms\": %.2f, \"maxMs\": %.2f, \"warmUp\": %d, \"target\": \"%s\"}",
                    requests, clients, errors, ids.size(), seconds, requests / seconds, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, warmUp, base);
            System.out.println("load test: " + summary);
            Files.createDirectories(Path.of("server/target"));
            Files.writeString(Path.of("server/target/load-test.json"), summary + "\n");
            assertThat(errors).as(summary).isZero();
            assertThat(sorted).hasSize(requests);
        } finally {
            if (own != null) {
                own.stop();
            }
        }
    }

    /** Sends {@code n} requests from {@code clients} threads, each with its own HTTP client; returns how many were wrong. */
    private static int run(URI base, List<String> bodies, List<List<String>> expected, int jurisdictions, int n, int clients,
                           ConcurrentLinkedQueue<Long> latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    Http http = new Http(base);
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        int which = i % bodies.size();
                        long t0 = System.nanoTime();
                        Http.Reply r;
                        try {
                            r = http.post("assess", bodies.get(which));
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        latencies.add(System.nanoTime() - t0);
                        // Against a server started here, the verdicts the facade gives; against another, one per jurisdiction it has.
                        List<String> verdicts = r.status() == 200 ? verdicts(r.json()) : List.of();
                        if (r.status() != 200 || verdicts.size() != jurisdictions
                                || !expected.get(which).isEmpty() && !verdicts.equals(expected.get(which))) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return errors.get();
    }

    private static List<String> verdicts(JsonNode response) {
        List<String> out = new ArrayList<>();
        response.get("assessments").forEach(a -> out.add(a.get("verdict").asText()));
        return out;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

}

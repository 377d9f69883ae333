package io.consortia.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Settings;
import io.consortia.facade.record.DecisionRecord;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API through a real client on an ephemeral port: routes, bodies, problems, limits, timeouts. */
class ServerTest {

    private static final long LIMIT = 64 * 1024;
    private static ConsortiaServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = ConsortiaServer.start(Http.CONSORTIA, ServerConfig.defaults().withPort(0).withMaxRequestBytes(LIMIT)
                .withIdleTimeout(Duration.ofSeconds(2)));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static ObjectNode assessBody(String example) {
        ObjectNode b = Http.JSON.createObjectNode();
        b.set("profile", Http.example(example));
        return b;
    }

    @Test
    void listensOnTheLoopbackAddressOnAPortOfItsOwn() {
        assertThat(server.port()).isPositive();
        assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        Http.Reply r = http.get("health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.type()).startsWith("application/json");
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
        assertThat(r.json().get("jurisdictions").asInt()).isEqualTo(Http.CONSORTIA.catalog().ids().size());
    }

    @Test
    void servesTheJurisdictionsParametersAndRules() {
        JsonNode all = http.get("jurisdictions").json();
        assertThat(all).extracting(j -> j.get("id").asText()).containsExactlyElementsOf(Http.CONSORTIA.catalog().ids());
        JsonNode suzhou = http.get("parameters?jurisdiction=suzhou").json();
        assertThat(suzhou).isNotEmpty().allSatisfy(p -> assertThat(p.get("jurisdiction").asText()).isEqualTo("suzhou"));
        assertThat(http.get("parameters").json().size()).isEqualTo(Http.CONSORTIA.parameters().size());
        Http.Reply unknown = http.get("parameters?jurisdiction=atlantis");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/path").asText()).isEqualTo("jurisdiction");
        JsonNode s5 = http.get("rules/suzhou.S5").json();
        assertThat(s5.get("rule").asText()).isEqualTo("suzhou.S5");
        assertThat(s5.get("quote").asText()).isNotBlank();
        assertThat(http.get("rules/S5").json()).isEqualTo(s5);
        Http.Reply none = http.get("rules/suzhou.S999");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.type()).startsWith("application/problem+json");
    }

    @Test
    void assessesAsTheFacadeDoesWithReadingsOverridesAndADate() {
        ObjectNode body = assessBody("examples/suzhou-eligible.yaml");
        body.putArray("jurisdictions").add("suzhou");
        JsonNode plain = http.post("assess", body.toString()).json();
        assertThat(plain.at("/assessments/0/verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(plain.at("/assessments/0/findings")).isNotEmpty();
        assertThat(plain.get("asOf").asText()).isEqualTo("2025-06-01");
        body.putObject("readings").put("R1", "no");
        assertThat(http.post("assess", body.toString()).json().at("/assessments/0/verdict").asText()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
        body.remove("readings");
        body.putObject("set").put("suzhou.S1.minimum", 9);
        body.put("asOf", "2025-07-01");
        body.put("record", true);
        JsonNode set = http.post("assess", body.toString()).json();
        assertThat(set.at("/assessments/0/verdict").asText()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
        assertThat(set.at("/assessments/0/overrides/0/name").asText()).isEqualTo("suzhou.S1.minimum");
        assertThat(set.get("asOf").asText()).isEqualTo("2025-07-01");
        DecisionRecord record = DecisionRecord.parse(set.at("/records/0").toString(), "response").get();
        assertThat(record.verdict()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
        assertThat(Http.CONSORTIA.replay(record).get().identical()).isTrue();
        JsonNode all = http.post("assess", assessBody("examples/suzhou-eligible.yaml").toString()).json();
        assertThat(all.get("assessments")).hasSize(Http.CONSORTIA.catalog().ids().size());
        var facade = Http.CONSORTIA.assess(Http.CONSORTIA.readProfile(Http.example("examples/suzhou-eligible.yaml").toString(), "p",
                io.consortia.io.input.TreeFile.Format.JSON).orElseThrow(), Settings.defaults()).get();
        for (int i = 0; i < facade.size(); i++) {
            assertThat(all.at("/assessments/" + i + "/verdict").asText()).isEqualTo(facade.get(i).assessment().verdict().name());
        }
    }

    @Test
    void badInputIsAProblemNamingEachPlaceWithItsLine() {
        String body = "{\n  \"profile\": {\n    \"name\": \"x\",\n    \"lead\": \"m1\",\n    \"members\": [\n"
                + "      {\"id\": \"m1\", \"name\": \"y\", \"kind\": \"COMPANY\", \"registeredIn\": \"320505\"}\n    ]\n  },\n"
                + "  \"readngs\": {\"R1\": \"no\"},\n  \"asOf\": \"June\"\n}\n";
        Http.Reply r = http.post("assess", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.type()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("instance").asText()).isEqualTo("/assess");
        assertThat(p.get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("/readngs", "/profile/members/0/kind", "/asOf");
        JsonNode kind = java.util.stream.StreamSupport.stream(p.get("errors").spliterator(), false)
                .filter(e -> e.get("path").asText().equals("profile.members[0].kind")).findFirst().orElseThrow();
        assertThat(kind.get("line").asInt()).isEqualTo(6);
        assertThat(kind.get("detail").asText()).contains("COMPANY");
        ObjectNode settings = assessBody("examples/suzhou-eligible.yaml");
        settings.putArray("jurisdictions").add("atlantis");
        settings.putObject("readings").put("R1", "perhaps");
        settings.putObject("set").put("suzhou.S1.minimum", "many");
        JsonNode s = http.post("assess", settings.toString()).json();
        assertThat(s.get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/jurisdictions/0", "/readings/R1", "/set");
        Http.Reply malformed = http.post("assess", "{\"profile\": {\n\"name\": }");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).startsWith("request:2:").contains("malformed JSON");
        assertThat(http.post("assess", "[1, 2]").json().get("detail").asText()).contains("JSON object");
        assertThat(http.post("assess", "{}").json().at("/errors/0/pointer").asText()).isEqualTo("/profile");
    }

    @Test
    void warnsAboutUnknownProfileFields() {
        ObjectNode body = assessBody("examples/suzhou-eligible.yaml");
        ((ObjectNode) body.at("/profile/members/0")).put("lisetd", true);
        JsonNode r = http.post("assess", body.toString()).json();
        assertThat(r.at("/warnings/0/path").asText()).isEqualTo("profile.members[0].lisetd");
    }

    @Test
    void refusesABodyOverTheLimitWith413ChunkedOrNot() {
        String big = "{\"profile\": {\"name\": \"" + "x".repeat((int) LIMIT) + "\"}}";
        Http.Reply declared = http.post("assess", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.type()).startsWith("application/problem+json");
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        Http.Reply chunked = http.send(HttpRequest.newBuilder(server.uri().resolve("assess")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build());
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().get("title").asText()).isEqualTo("Request too large");
    }

    @Test
    void answersWrongRoutesMethodsAndMediaTypesWithProblems() {
        Http.Reply missing = http.get("nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).contains("/openapi.json");
        Http.Reply get = http.get("assess");
        assertThat(get.status()).isEqualTo(405);
        Http.Reply yaml = http.send(HttpRequest.newBuilder(server.uri().resolve("assess")).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("profile: {}")).build());
        assertThat(yaml.status()).isEqualTo(415);
    }

    @Test
    void plansGapsAndSimulatesHistories() {
        ObjectNode gap = assessBody("examples/suzhou-ineligible.yaml");
        gap.putArray("jurisdictions").add("suzhou");
        JsonNode g = http.post("gap", gap.toString()).json();
        assertThat(g.at("/gaps/0/verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(g.at("/gaps/0/changes")).isNotEmpty();
        ObjectNode sim = Http.JSON.createObjectNode();
        sim.set("history", Http.example("examples/histories/qingdao-contract-example.yaml"));
        JsonNode s = http.post("simulate", sim.toString()).json();
        assertThat(s.get("jurisdiction").asText()).isEqualTo("qingdao");
        assertThat(s.get("finalState").asText()).isEqualTo("REVOKED");
        ObjectNode jiyuan = Http.JSON.createObjectNode();
        jiyuan.set("history", Http.example("examples/histories/jiyuan-nonferrous-national-day.yaml"));
        JsonNode published = http.post("simulate", jiyuan.toString()).json();
        jiyuan.putObject("readings").put("R9", "civil");
        jiyuan.putObject("set").put("jiyuan.notice.workingDays", 8);
        JsonNode longer = http.post("simulate", jiyuan.toString()).json();
        assertThat(published.at("/readings/R9").asText()).isEqualTo("inclusive");
        assertThat(longer.at("/readings/R9").asText()).isEqualTo("civil");
        assertThat(longer.at("/overrides/0/name").asText()).isEqualTo("jiyuan.notice.workingDays");
        assertThat(longer.at("/overrides/0/value").asInt()).isEqualTo(8);
        assertThat(longer.get("timeline")).as("a longer notice ends later: the history reads otherwise").isNotEqualTo(published.get("timeline"));
        jiyuan.putObject("set").put("jiyuan.notice.nope", 8);
        Http.Reply unknownParameter = http.post("simulate", jiyuan.toString());
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.json().at("/errors/0/pointer").asText()).isEqualTo("/set");
        ((ObjectNode) sim.get("history")).put("jurisdiction", "atlantis");
        Http.Reply bad = http.post("simulate", sim.toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/pointer").asText()).isEqualTo("/history/jurisdiction");
    }

    @Test
    void closesAConnectionThatFallsSilentMidRequest() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"pro")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = s.getInputStream();
            byte[] all = in.readAllBytes();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("closed after the 2 s idle timeout, not before").isGreaterThan(Duration.ofMillis(1500));
            String answer = new String(all, StandardCharsets.UTF_8);
            assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 4") || answer.startsWith("HTTP/1.1 5")).as(answer).isTrue();
        }
    }

    /** A request under way when the server is asked to stop is answered; the stop waits for it; a new one is refused. */
    @Test
    void stopsGracefully() throws Exception {
        ConsortiaServer own = ConsortiaServer.start(Http.CONSORTIA, ServerConfig.defaults().withPort(0).withStopTimeout(Duration.ofSeconds(20)));
        byte[] body = assessBody("examples/suzhou-eligible.yaml").toString().getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        int port = own.port();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(300);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
                try {
                    own.stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(stopping).as("the stop waits for the request under way").isNotDone();
            out.write(body, half, body.length - half);
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"verdict\":\"ELIGIBLE\"");
            stopping.get(20, TimeUnit.SECONDS);
        }
        try (Socket s = new Socket("127.0.0.1", port)) {
            throw new AssertionError("a stopped server still accepts connections");
        } catch (java.net.ConnectException expected) {
            // refused: nothing listens any more
        }
    }
}

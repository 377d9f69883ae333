package io.consortia.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Consortia;
import io.consortia.facade.Decision;
import io.consortia.facade.Settings;
import io.consortia.facade.record.DecisionRecord;
import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.InputProblem;
import io.consortia.io.json.GapJson;
import io.consortia.io.json.Json;
import io.consortia.io.json.Language;
import io.consortia.io.json.SimulationJson;
import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.HistoryReader;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import io.consortia.kernel.rule.Rule;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of the HTTP API. Each request is read, within the size limit, into the facade's
 * values; a problem with the request is a 400 problem naming its place; a legal outcome (any
 * verdict) is a 200. Stateless apart from the shared, immutable facade: safe on any number of
 * threads.
 */
final class Api extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final String JSON = "application/json";

    private final Consortia consortia;
    private final ServerConfig config;
    private final InputLimits limits;
    private final String openApi;

    Api(Consortia consortia, ServerConfig config) {
        this.consortia = consortia;
        this.config = config;
        this.limits = InputLimits.ofMaxBytes(Math.min(config.maxRequestBytes(), InputLimits.MAX_MAX_BYTES));
        this.openApi = resource("openapi.json");
    }

    /** What a route answers: a status and a JSON body (a problem when the status is not 200). */
    private record Answer(int status, String body, String type) {
        static Answer ok(Object json) {
            return new Answer(200, Json.line(json), JSON);
        }

        static Answer problem(int status, String detail, String instance, List<InputProblem> errors) {
            return new Answer(status, Problems.json(status, detail, instance, errors), Problems.MEDIA_TYPE);
        }
    }

    /** A request that cannot be answered as asked: its answer is a problem. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Answer answer;

        Refused(Answer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Answer answer;
        try {
            answer = route(request, path);
        } catch (Refused r) {
            answer = r.answer;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.error("internal error on {} {}", request.getMethod(), path, e);
            answer = Answer.problem(500, "internal error: " + e.getClass().getSimpleName(), path, List.of());
        }
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.type() + "; charset=utf-8");
        if (answer.status() == 405) {
            response.getHeaders().put(HttpHeader.ALLOW, path.startsWith("/assess") || path.startsWith("/gap") || path.startsWith("/simulate")
                    ? "POST" : "GET, HEAD");
        }
        Content.Sink.write(response, true, answer.body(), callback);
        return true;
    }

    private Answer route(Request request, String path) {
        String method = request.getMethod();
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        switch (path) {
            case "/health":
                return get ? health() : notAllowed(method, path);
            case "/openapi.json":
                return get ? new Answer(200, openApi, JSON) : notAllowed(method, path);
            case "/jurisdictions":
                return get ? jurisdictions() : notAllowed(method, path);
            case "/parameters":
                return get ? parameters(request, path) : notAllowed(method, path);
            case "/assess":
                return post ? assess(body(request, path), path) : notAllowed(method, path);
            case "/gap":
                return post ? gap(body(request, path), path) : notAllowed(method, path);
            case "/simulate":
                return post ? simulate(body(request, path), path) : notAllowed(method, path);
            default:
                if (path.startsWith("/rules/")) {
                    return get ? rule(path.substring("/rules/".length()), path) : notAllowed(method, path);
                }
                return Answer.problem(404, "no such resource: " + path + " (the routes are in /openapi.json)", path, List.of());
        }
    }

    private static Answer notAllowed(String method, String path) {
        return Answer.problem(405, method + " is not allowed on " + path, path, List.of());
    }

    // ------------------------------------------------------------------ reading the body

    private Body body(Request request, String path) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refused(Answer.problem(415, "the body is JSON (Content-Type: application/json), not " + type, path, List.of()));
        }
        long declared = request.getLength();
        if (declared > config.maxRequestBytes()) {
            throw new Refused(tooLarge(declared + " bytes", path));
        }
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(request)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxRequestBytes() + 1));
        } catch (IOException | UncheckedIOException e) {
            throw new Refused(Answer.problem(400, "the body could not be read: " + e.getMessage(), path, List.of()));
        }
        if (bytes.length > config.maxRequestBytes()) {
            throw new Refused(tooLarge("more than " + config.maxRequestBytes() + " bytes", path));
        }
        try {
            return Body.parse(bytes, limits);
        } catch (InputException bad) {
            throw new Refused(Answer.problem(400, String.join("; ", bad.lines()), path, bad.problems()));
        }
    }

    private Answer tooLarge(String size, String path) {
        return Answer.problem(413, "the body is " + size + "; the limit is " + config.maxRequestBytes() + " bytes (serve --max-request-bytes)",
                path, List.of());
    }

    private static void check(Body b, String path) {
        if (!b.ok()) {
            List<InputProblem> problems = b.problems();
            throw new Refused(Answer.problem(400, String.join("; ", problems.stream().map(InputProblem::toString).toList()), path, problems));
        }
    }

    private static <T> T orRefuse(Either<List<InputProblem>, T> result, String path) {
        if (result.isLeft()) {
            List<InputProblem> problems = result.getLeft();
            throw new Refused(Answer.problem(400, String.join("; ", problems.stream().map(InputProblem::toString).toList()), path, problems));
        }
        return result.get();
    }

    private Language language(Body b) {
        Optional<String> lang = b.text("lang");
        try {
            return lang.map(l -> Language.valueOf(l.toUpperCase(Locale.ROOT))).orElse(Language.BOTH);
        } catch (IllegalArgumentException e) {
            b.problem("lang", "ZH, EN or BOTH, not \"" + lang.get() + "\"");
            return Language.BOTH;
        }
    }

    private static final Set<String> SETTINGS = Set.of("profile", "jurisdictions", "asOf", "readings", "set", "registry", "lang");

    /** The profile and the settings of an assess or gap request. */
    private record Asked(Profile profile, Settings settings, Language lang, List<InputProblem> warnings) {}

    private Asked asked(Body b, Set<String> allowed, String path) {
        b.allow(allowed);
        Optional<Profile> profile = b.read("profile", t -> ProfileReader.read(t, consortia.catalog().facts()), true);
        Settings s = Settings.defaults().withJurisdictions(b.texts("jurisdictions")).withReadings(b.map("readings"));
        Optional<LocalDate> asOf = b.date("asOf");
        if (asOf.isPresent()) {
            s = s.withAsOf(asOf.get());
        }
        List<String> set = new ArrayList<>();
        b.map("set").forEach((k, v) -> set.add(k + "=" + v));
        s = s.withOverrides(set);
        Optional<Registry> registry = b.read("registry", RegistryReader::read, false);
        if (registry.isPresent()) {
            s = s.withRegistry(registry.get());
        }
        Language lang = language(b);
        check(b, path);
        return new Asked(profile.orElseThrow(), s, lang, b.warnings());
    }

    /** Settings problems name their place in the body: {@code readings.R1}, {@code jurisdictions[1]}, {@code set}. */
    private static List<InputProblem> inBody(List<InputProblem> problems) {
        return problems.stream().map(p -> p.source().isEmpty() ? new InputProblem(Body.NAME, -1, -1, p.path(), p.message()) : p).toList();
    }

    // ------------------------------------------------------------------ routes

    private Answer health() {
        ObjectNode n = Json.object();
        n.put("status", "UP");
        n.put("jurisdictions", consortia.catalog().ids().size());
        n.put("kernel", consortia.versions().kernel());
        return Answer.ok(n);
    }

    private Answer jurisdictions() {
        ArrayNode a = Json.MAPPER.createArrayNode();
        consortia.jurisdictions().forEach(j -> a.add(Json.jurisdiction(j)));
        return Answer.ok(a);
    }

    private Answer parameters(Request request, String path) {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        List<String> ids = query.getValues("jurisdiction") == null ? List.of() : query.getValues("jurisdiction");
        ArrayNode a = Json.MAPPER.createArrayNode();
        List<InputProblem> problems = new ArrayList<>();
        for (String id : ids) {
            if (consortia.jurisdiction(id).isEmpty()) {
                problems.add(new InputProblem("query", -1, -1, "jurisdiction", "unknown jurisdiction \"" + id + "\"; installed: "
                        + String.join(", ", consortia.catalog().ids())));
            }
        }
        if (!problems.isEmpty()) {
            return Answer.problem(400, problems.get(0).toString(), path, problems);
        }
        for (Jurisdiction j : consortia.jurisdictions()) {
            if (ids.isEmpty() || ids.contains(j.id())) {
                j.parameters().forEach(p -> a.add(Json.parameter(p)));
            }
        }
        return Answer.ok(a);
    }

    private Answer rule(String id, String path) {
        String decoded = java.net.URLDecoder.decode(id, StandardCharsets.UTF_8);
        Optional<Rule> rule = consortia.rule(decoded);
        if (rule.isEmpty()) {
            return Answer.problem(404, "no rule \"" + decoded + "\" (ids are jurisdiction.rule, e.g. suzhou.S5, or the rule alone when unique)",
                    path, List.of());
        }
        Rule r = rule.get();
        Jurisdiction j = consortia.jurisdiction(r.id().jurisdiction()).orElseThrow();
        Edition e = j.editions().stream().filter(x -> x.rule(r.id()).isPresent()).reduce((a, b) -> b).orElseThrow();
        return Answer.ok(Json.rule(j, e, r, Overrides.none()));
    }

    private Answer assess(Body b, String path) {
        Set<String> keys = new java.util.HashSet<>(SETTINGS);
        keys.add("record");
        boolean record = b.bool("record");
        Asked a = asked(b, keys, path);
        List<Decision> decisions = orRefuse(consortia.assess(a.profile(), a.settings()).mapLeft(Api::inBody), path);
        ObjectNode n = Json.object();
        n.put("name", a.profile().name());
        n.put("asOf", decisions.isEmpty() ? null : decisions.get(0).asOf().toString());
        ArrayNode assessments = n.putArray("assessments");
        decisions.forEach(d -> assessments.add(Json.assessment(d.assessment(), a.lang())));
        if (record) {
            ArrayNode records = n.putArray("records");
            for (Decision d : decisions) {
                DecisionRecord r = orRefuse(consortia.record(d).mapLeft(Api::inBody), path);
                records.add(r.json());
            }
        }
        warnings(n, a.warnings());
        return Answer.ok(n);
    }

    private Answer gap(Body b, String path) {
        Asked a = asked(b, SETTINGS, path);
        List<Consortia.Gap> gaps = orRefuse(consortia.gap(a.profile(), a.settings()).mapLeft(Api::inBody), path);
        ObjectNode n = Json.object();
        n.put("name", a.profile().name());
        ArrayNode out = n.putArray("gaps");
        gaps.forEach(g -> out.add(GapJson.plan(g.jurisdiction(), g.plan(), a.profile().lead())));
        warnings(n, a.warnings());
        return Answer.ok(n);
    }

    private Answer simulate(Body b, String path) {
        b.allow(Set.of("history", "asOf", "profile", "approximateWeekdays", "readings", "set", "lang"));
        Map<String, io.consortia.kernel.lifecycle.LifecyclePolicy> policies = consortia.policies();
        Optional<History> history = b.read("history", t -> HistoryReader.read(t, policies), true);
        Optional<Profile> profile = b.read("profile", t -> ProfileReader.read(t, consortia.catalog().facts()), false);
        Optional<LocalDate> asOf = b.date("asOf");
        boolean approximate = b.bool("approximateWeekdays");
        List<String> set = new ArrayList<>();
        b.map("set").forEach((k, v) -> set.add(k + "=" + v));
        Settings settings = Settings.defaults().withReadings(b.map("readings")).withOverrides(set);
        Language lang = language(b);
        check(b, path);
        CalendarMode mode = approximate ? CalendarMode.WEEKDAY_APPROXIMATION : CalendarMode.STATUTORY;
        var s = orRefuse(consortia.simulate(history.orElseThrow(), asOf, profile, mode, settings)
                .mapLeft(ps -> ps.stream().map(p -> p.source().isEmpty() && (p.path().startsWith("readings") || p.path().equals("set"))
                        ? new InputProblem(Body.NAME, -1, -1, p.path(), p.message())
                        : new InputProblem(Body.NAME, -1, -1, "history." + p.path(), p.message())).toList()), path);
        ObjectNode n = SimulationJson.of(s.simulation(), Body.NAME, s.dayCount(), s.overrides(), Map.of(), lang);
        warnings(n, b.warnings());
        return Answer.ok(n);
    }

    private static void warnings(ObjectNode n, List<InputProblem> warnings) {
        ArrayNode a = n.putArray("warnings");
        warnings.forEach(w -> a.addObject().put("path", w.path()).put("detail", w.message()));
    }

    private static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + name + " is missing from the module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

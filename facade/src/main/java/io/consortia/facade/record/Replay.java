package io.consortia.facade.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Consortia;
import io.consortia.facade.Decision;
import io.consortia.facade.Settings;
import io.consortia.io.input.Documents;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.InputProblem;
import io.consortia.io.input.Parsed;
import io.consortia.io.input.TreeFile;
import io.consortia.io.json.Json;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A recorded decision assessed again: the record, the decision the current rules make from the
 * recorded profile, date, readings, overrides and registry (as a record of its own), and every
 * difference between the two. Immutable.
 *
 * @param recorded the record replayed
 * @param now the record of the decision made now
 * @param differences what differs, result first (verdict, findings), then why (edition, document, parameters, evidence, versions)
 * @since 0.2
 */
public record Replay(DecisionRecord recorded, DecisionRecord now, List<Difference> differences) {

    public Replay {
        differences = List.copyOf(differences);
    }

    /** Whether the current rules give the same result: the same verdict, every finding with the same outcome and strength. */
    public boolean sameResult() {
        return differences.stream().noneMatch(Difference::changesResult);
    }

    /** Whether the decision made now is recorded byte for byte as the stored one (the same id). */
    public boolean identical() {
        return recorded.id().equals(now.id());
    }

    /**
     * Replays a record with a facade's jurisdictions.
     *
     * @param extraOverrides overrides ({@code NAME=VALUE}) on top of the recorded ones, which they
     *     replace for the same name: what the decision would be under other parameter values
     */
    public static Either<List<InputProblem>, Replay> of(Consortia consortia, DecisionRecord record, List<String> extraOverrides) {
        ObjectNode r = record.json();
        String name = "record " + record.id();
        List<InputProblem> problems = new ArrayList<>();
        String jurisdiction = r.get("jurisdiction").asText();
        Optional<Jurisdiction> j = consortia.jurisdiction(jurisdiction);
        if (j.isEmpty()) {
            problems.add(new InputProblem(name, -1, -1, "jurisdiction", "jurisdiction \"" + jurisdiction + "\" is not installed (installed: "
                    + String.join(", ", consortia.catalog().ids()) + ")"));
        }
        LocalDate asOf = null;
        try {
            asOf = LocalDate.parse(r.get("asOf").asText());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(name, -1, -1, "asOf", "not a date: " + r.get("asOf").asText()));
        }
        Parsed<Profile> profile = Documents.read(() -> TreeFile.parse(Json.line(r.get("profile")), name + " profile", TreeFile.Format.JSON,
                InputLimits.DEFAULT), ProfileReader::read);
        profile.value().peekLeft(problems::addAll);
        Optional<Registry> registry = Optional.empty();
        JsonNode reg = r.path("registry");
        if (reg.isObject()) {
            Parsed<Registry> parsed = Documents.read(() -> TreeFile.parse(Json.line(reg.path("content")), name + " registry", TreeFile.Format.JSON,
                    InputLimits.DEFAULT), RegistryReader::read);
            parsed.value().peekLeft(problems::addAll);
            registry = parsed.value().toJavaOptional();
        }
        Map<String, String> readings = new TreeMap<>();
        r.get("readings").fields().forEachRemaining(e -> readings.put(e.getKey(), e.getValue().asText()));
        Map<String, String> byName = new TreeMap<>();
        r.get("set").forEach(s -> byName.put(s.asText().split("=", 2)[0].strip(), s.asText()));
        extraOverrides.forEach(s -> byName.put(s.split("=", 2)[0].strip(), s));
        List<String> set = new ArrayList<>(byName.values());
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        Settings settings = new Settings(List.of(jurisdiction), Optional.of(asOf), readings, set, registry);
        Either<List<InputProblem>, List<Decision>> decided = consortia.assess(profile.value().get(), settings);
        if (decided.isLeft()) {
            return Either.left(decided.getLeft().stream().map(p -> new InputProblem(name, -1, -1, p.path(), p.message())).toList());
        }
        Decision now = decided.get().get(0);
        // As recorded: the date came from where it came from then.
        Decision same = new Decision(now.profile(), now.assessment(), now.edition(), now.asOf(), r.get("asOfSource").asText(), now.readings(),
                now.overrideSpecs(), now.overrides(), now.registry());
        return consortia.record(same).map(n -> new Replay(record, n, differences(r, n.json())));
    }

    /** What differs between two records, result first. */
    static List<Difference> differences(ObjectNode before, ObjectNode after) {
        List<Difference> out = new ArrayList<>();
        String vb = before.path("verdict").asText();
        String va = after.path("verdict").asText();
        if (!vb.equals(va)) {
            out.add(new Difference.Verdict(vb, va));
        }
        Map<String, JsonNode> fb = findings(before);
        Map<String, JsonNode> fa = findings(after);
        List<Difference> evidence = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : fb.entrySet()) {
            JsonNode a = fa.get(e.getKey());
            JsonNode b = e.getValue();
            if (a == null) {
                out.add(new Difference.FindingRemoved(e.getKey(), b.path("outcome").asText()));
            } else if (!a.path("outcome").equals(b.path("outcome")) || !a.path("strength").equals(b.path("strength"))) {
                out.add(new Difference.Finding(e.getKey(), b.path("outcome").asText(), a.path("outcome").asText(), b.path("strength").asText(),
                        a.path("strength").asText()));
            } else if (!same(a.path("evidence"), b.path("evidence"))) {
                evidence.add(new Difference.Evidence(e.getKey()));
            }
        }
        fa.forEach((rule, a) -> {
            if (!fb.containsKey(rule)) {
                out.add(new Difference.FindingAdded(rule, a.path("outcome").asText()));
            }
        });
        JsonNode eb = before.path("edition");
        JsonNode ea = after.path("edition");
        for (String[] f : new String[][] {{"title", "/document/title/zh"}, {"number", "/document/number"}, {"date", "/document/date"},
                {"inForceFrom", "/inForceFrom"}, {"inForce", "/inForce"}}) {
            String b = eb.at(f[1]).asText("absent");
            String a = ea.at(f[1]).asText("absent");
            if (!b.equals(a)) {
                out.add(new Difference.Edition(f[0], b, a));
            }
        }
        if (!same(eb.path("documentDigest"), ea.path("documentDigest"))) {
            out.add(new Difference.DocumentDigest(eb.path("documentDigest").asText(), ea.path("documentDigest").asText()));
        }
        TreeSet<String> names = new TreeSet<>();
        before.path("parameters").fieldNames().forEachRemaining(names::add);
        after.path("parameters").fieldNames().forEachRemaining(names::add);
        for (String p : names) {
            JsonNode b = before.path("parameters").get(p);
            JsonNode a = after.path("parameters").get(p);
            if (b == null || a == null || !same(a, b)) {
                out.add(new Difference.Parameter(p, b == null ? "absent" : b.toString(), a == null ? "absent" : a.toString()));
            }
        }
        out.addAll(evidence);
        versions(before.path("versions"), after.path("versions"), "", out);
        return out;
    }

    /** The same JSON value: the same canonical text (2000000 and 2.0E6 are one number). */
    private static boolean same(JsonNode a, JsonNode b) {
        return io.consortia.io.canonical.Canonical.text(a).equals(io.consortia.io.canonical.Canonical.text(b));
    }

    private static Map<String, JsonNode> findings(JsonNode record) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        record.path("findings").forEach(f -> out.put(f.path("rule").asText(), f));
        return out;
    }

    private static void versions(JsonNode b, JsonNode a, String prefix, List<Difference> out) {
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            JsonNode vb = b.get(k);
            JsonNode va = a.path(k);
            if (vb.isObject()) {
                if (!vb.path("version").equals(va.path("version")) || !vb.path("module").equals(va.path("module"))) {
                    out.add(new Difference.Version(vb.path("module").asText(), vb.path("version").asText(), va.path("module").asText() + " "
                            + va.path("version").asText()));
                }
            } else if (!vb.equals(va)) {
                out.add(new Difference.Version(prefix + k, vb.asText(), va.asText("absent")));
            }
        }
    }
}

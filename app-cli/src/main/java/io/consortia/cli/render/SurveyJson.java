package io.consortia.cli.render;

import io.consortia.io.json.Json;
import io.consortia.io.json.EvidenceJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.reading.Reading;
import io.consortia.survey.Survey;
import io.consortia.survey.SurveyResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a survey as one JSON document: the canonical form of every figure. The text,
 * Markdown, CSV and HTML forms are views of this document, so a figure is the same in all of
 * them. Keys are stable and documented in docs/survey.md; a share is a count divided by the
 * profiles assessed, rounded to 6 decimals ({@code null} when no profile was assessed).
 */
public final class SurveyJson {

    /** The version of the document's shape; raised when a key changes meaning or goes away. */
    public static final int FORMAT = 1;

    private SurveyJson() {}

    /**
     * What the survey ran over and under, beside its counts: for the reader and for reproducing it.
     *
     * @param tool the tool's name and version ({@code consortia 0.1.0})
     * @param kernel the kernel's version
     * @param population how the population was made or where it was read from
     * @param command the command line that reproduces the survey (the options that matter)
     * @param registry the registry file, or {@code null}
     * @param failed profiles the kernel failed on (internal errors)
     */
    public record Context(String tool, String kernel, ObjectNode population, String command, String registry, long failed,
                          List<Jurisdiction> jurisdictions) {}

    /** The document. */
    public static ObjectNode of(SurveyResult result, Context context) {
        long n = result.profiles();
        Survey.Options options = result.options();
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("tool", context.tool());
        root.put("kernel", context.kernel());
        root.put("command", context.command());
        root.set("population", context.population());
        root.put("profiles", n);
        root.put("rejected", result.rejected());
        root.put("failed", context.failed());
        root.put("asOf", options.asOf().map(Object::toString).orElse(null));
        root.put("today", options.today().toString());
        root.put("registry", context.registry());
        root.set("baseline", setting(options.baseline(), context.jurisdictions()));
        if (options.scenario().isPresent()) {
            root.set("scenario", setting(options.scenario().get(), context.jurisdictions()));
        } else {
            root.putNull("scenario");
        }
        root.put("sensitivity", options.sensitivity());
        ArrayNode jurisdictions = root.putArray("jurisdictions");
        for (SurveyResult.JurisdictionResult j : result.jurisdictions()) {
            jurisdictions.add(jurisdiction(j, n, options.baseline().readings()));
        }
        return root;
    }

    private static ObjectNode setting(Survey.Setting s, List<Jurisdiction> jurisdictions) {
        ObjectNode n = Json.object();
        ObjectNode readings = n.putObject("readings");
        for (Reading r : consulted(jurisdictions)) {
            readings.put(r.id(), r.option(s.readings().isAlternative(r)));
        }
        ObjectNode overrides = n.putObject("overrides");
        overrides(s.overrides()).forEach(overrides::set);
        return n;
    }

    /** The readings the jurisdictions consult, in the order of their first use. */
    public static List<Reading> consulted(List<Jurisdiction> jurisdictions) {
        Map<String, Reading> out = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions) {
            j.readings().forEach(r -> out.putIfAbsent(r.id(), r));
        }
        return List.copyOf(out.values());
    }

    private static Map<String, JsonNode> overrides(Overrides o) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        o.values().forEach((name, value) -> out.put(name, EvidenceJson.value(value)));
        return out;
    }

    private static ObjectNode jurisdiction(SurveyResult.JurisdictionResult j, long n, io.consortia.kernel.reading.ReadingSet baseline) {
        ObjectNode out = Json.object();
        out.put("id", j.id());
        out.set("name", Json.text(j.name()));
        ObjectNode document = out.putObject("document");
        document.set("title", Json.text(j.document().title()));
        document.put("number", j.document().number().orElse(null));
        document.put("issued", j.document().issued().map(Object::toString).orElse(null));
        document.put("binding", j.document().binding());
        ObjectNode verdicts = out.putObject("verdicts");
        verdicts.set("baseline", verdicts(j.baseline(), n));
        if (j.scenario().isPresent()) {
            verdicts.set("scenario", verdicts(j.scenario().get(), n));
        } else {
            verdicts.putNull("scenario");
        }
        if (j.transitions().isPresent()) {
            ArrayNode transitions = out.putArray("transitions");
            long[][] t = j.transitions().get();
            for (Verdict from : Verdict.values()) {
                for (Verdict to : Verdict.values()) {
                    ObjectNode cell = count(t[from.ordinal()][to.ordinal()], n);
                    ObjectNode row = Json.object().put("from", from.name()).put("to", to.name());
                    row.setAll(cell);
                    transitions.add(row);
                }
            }
        } else {
            out.putNull("transitions");
        }
        ArrayNode rules = out.putArray("rules");
        for (SurveyResult.RuleResult r : j.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.rule());
            rule.put("strength", r.strength().name());
            rule.put("clause", r.clause());
            rule.set("requirement", Json.text(r.requirement()));
            rule.set("fail", count(r.fail(), n));
            rule.set("unknown", count(r.unknown(), n));
            rule.set("binding", count(r.binding(), n));
        }
        ArrayNode readings = out.putArray("readings");
        for (SurveyResult.ReadingResult r : j.readings()) {
            ObjectNode reading = readings.addObject();
            reading.put("id", r.reading().id());
            reading.set("question", Json.text(r.reading().question()));
            reading.put("option", r.reading().option(!baseline.isAlternative(r.reading())));
            reading.set("flips", count(r.flips(), n));
            ObjectNode to = reading.putObject("to");
            r.to().forEach((v, c) -> to.set(v.name(), count(c, n)));
        }
        return out;
    }

    private static ObjectNode verdicts(Map<Verdict, Long> counts, long n) {
        ObjectNode out = Json.object();
        for (Verdict v : Verdict.values()) {
            out.set(v.name(), count(counts.getOrDefault(v, 0L), n));
        }
        return out;
    }

    /** {@code {"count": c, "share": c/n}}. */
    static ObjectNode count(long c, long n) {
        ObjectNode out = Json.object();
        out.put("count", c);
        if (n == 0) {
            out.putNull("share");
        } else {
            out.put("share", share(c, n));
        }
        return out;
    }

    /** c / n rounded half-up to 6 decimals. */
    public static BigDecimal share(long c, long n) {
        return BigDecimal.valueOf(c).divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Reads a share from the document: the figure every view shows. */
    public static BigDecimal share(JsonNode countNode) {
        JsonNode s = countNode.get("share");
        return s == null || s.isNull() ? null : s.decimalValue();
    }

    /** A share as a percentage with one decimal ({@code 12.3%}), {@code –} when there is none. */
    public static String percent(JsonNode countNode) {
        BigDecimal s = share(countNode);
        return s == null ? "–" : s.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

}

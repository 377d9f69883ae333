package io.consortia.cli.render;

import io.consortia.io.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A profile's verdict in one jurisdiction under every combination of the readings that affect the
 * jurisdiction ({@code assess --envelope}): robust when it is the same under all of them; else
 * which reading, switched alone from the readings in force, changes it and to what, and the whole
 * table. Each combination re-evaluates the rules of the assessment (the members are not read again).
 *
 * @param jurisdiction the jurisdiction
 * @param readings the readings that affect it, in its order
 * @param given the assessment under the readings in force ({@code --reading} or the defaults)
 * @param flips for each reading, the verdict when it alone is switched
 * @param combinations every combination of the readings (2^n), with its verdict
 */
public record Envelope(Jurisdiction jurisdiction, List<Reading> readings, Assessment given, List<Flip> flips, List<Combination> combinations) {

    /** At most this many readings are combined (2^10 assessments of the rules). */
    public static final int MAX_READINGS = 10;

    /** A reading switched alone, and the verdict then. */
    public record Flip(Reading reading, boolean alternative, Verdict verdict) {
        public String option() {
            return reading.option(alternative);
        }
    }

    /** One combination of the readings and the verdict under it. */
    public record Combination(ReadingSet readings, Verdict verdict) {}

    /** The envelope of an assessment, under the overrides it was made with. */
    public static Envelope of(Jurisdiction j, Assessment a, ReadingSet inForce, Overrides overrides) {
        List<Reading> readings = j.readings().subList(0, Math.min(MAX_READINGS, j.readings().size()));
        List<Flip> flips = new ArrayList<>();
        for (Reading r : readings) {
            boolean alternative = !inForce.isAlternative(r);
            flips.add(new Flip(r, alternative, j.reassess(a, inForce.with(r, alternative), overrides).verdict()));
        }
        List<Combination> combinations = new ArrayList<>();
        for (int mask = 0; mask < (1 << readings.size()); mask++) {
            ReadingSet set = inForce;
            for (int i = 0; i < readings.size(); i++) {
                set = set.with(readings.get(i), (mask & (1 << i)) != 0);
            }
            combinations.add(new Combination(set, j.reassess(a, set, overrides).verdict()));
        }
        return new Envelope(j, readings, a, flips, combinations);
    }

    /** The verdicts reached under some combination. */
    public Set<Verdict> verdicts() {
        EnumSet<Verdict> out = EnumSet.noneOf(Verdict.class);
        combinations.forEach(c -> out.add(c.verdict()));
        return out;
    }

    /** The same verdict under every combination. */
    public boolean robust() {
        return verdicts().size() == 1;
    }

    /** The flips that change the verdict. */
    public List<Flip> changing() {
        return flips.stream().filter(f -> f.verdict() != given.verdict()).toList();
    }

    /** As JSON: {@code jurisdiction, verdict, robust, readings, verdicts, flips, combinations}. */
    public ObjectNode json() {
        ObjectNode n = Json.object();
        n.put("jurisdiction", jurisdiction.id());
        n.put("verdict", given.verdict().name());
        n.put("robust", robust());
        ArrayNode rs = n.putArray("readings");
        readings.forEach(r -> rs.add(r.id()));
        ArrayNode vs = n.putArray("verdicts");
        verdicts().forEach(v -> vs.add(v.name()));
        ArrayNode fs = n.putArray("flips");
        for (Flip f : flips) {
            fs.addObject().put("reading", f.reading().id()).put("option", f.option()).put("verdict", f.verdict().name())
                    .put("changes", f.verdict() != given.verdict());
        }
        ArrayNode cs = n.putArray("combinations");
        for (Combination c : combinations) {
            ObjectNode cn = cs.addObject();
            ObjectNode chosen = cn.putObject("readings");
            readings.forEach(r -> chosen.put(r.id(), r.option(c.readings().isAlternative(r))));
            cn.put("verdict", c.verdict().name());
        }
        return n;
    }

    /** In words, for text and Markdown: robust, or which readings change the verdict and to what. */
    public List<String> lines(Page page) {
        List<String> out = new ArrayList<>();
        String ids = String.join(", ", readings.stream().map(Reading::id).toList());
        String under = readings.isEmpty() ? page.of("（没有影响该地区的解读）", "(no reading affects this jurisdiction)")
                : combinations.size() == 2 ? page.of("在 " + readings.get(0).id() + " 的两种选项下", "under both options of " + readings.get(0).id())
                : page.of("在 " + ids + " 的全部 " + combinations.size() + " 种组合下", "under all " + combinations.size() + " combinations of " + ids);
        if (robust()) {
            out.add(page.of("稳健", "robust") + ": " + page.verdict(given.verdict()) + " " + under);
            return out;
        }
        String verdicts = String.join(page.lang() == io.consortia.io.json.Language.ZH ? " 或 " : " or ",
                verdicts().stream().map(page::verdict).toList());
        out.add(page.of("结论取决于解读", "depends on the readings") + ": " + verdicts + " "
                + (readings.isEmpty() ? under : page.of("（" + ids + " 的 " + combinations.size() + " 种组合）",
                        "over " + (combinations.size() == 2 ? "both options of " + ids : "all " + combinations.size() + " combinations of " + ids))));
        for (Flip f : changing()) {
            out.add(page.of("将 " + f.reading().id() + " 切换为 " + f.option(), "switching " + f.reading().id() + " to " + f.option())
                    + " (" + page.of(f.reading().meaning(f.alternative())) + ") " + page.of("则为", "makes it") + " " + page.verdict(f.verdict()));
        }
        if (changing().isEmpty()) {
            out.add(page.of("单独切换任何一项解读都不改变结论；只有同时切换几项才会（见下）",
                    "no reading changes it alone; only readings switched together do (below)"));
        }
        out.add(page.of("结论不是 " + given.verdict().name() + " 的组合：", "combinations with another verdict than " + given.verdict().name() + ":"));
        for (Combination c : combinations) {
            if (c.verdict() != given.verdict()) {
                out.add("  " + String.join(" ", readings.stream().map(r -> r.id() + "=" + r.option(c.readings().isAlternative(r))).toList())
                        + " → " + page.verdict(c.verdict()));
            }
        }
        return out;
    }
}

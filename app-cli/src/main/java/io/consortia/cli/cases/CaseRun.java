package io.consortia.cli.cases;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs cases against the installed jurisdictions: each expectation checked against an
 * assessment, with what differs, and the outcomes every rule was seen with across all of them.
 */
public final class CaseRun {

    /** One expectation of one case, checked. */
    public record Checked(Case c, Case.Expectation expected, Verdict verdict, List<String> failing, List<String> unknown) {

        public boolean passed() {
            return verdict == expected.verdict()
                    && expected.failing().map(f -> CaseReader.sorted(f).equals(CaseReader.sorted(failing))).orElse(true)
                    && expected.unknown().map(u -> CaseReader.sorted(u).equals(CaseReader.sorted(unknown))).orElse(true);
        }

        /** What differs, one line each, in English: {@code verdict: expected ELIGIBLE, got INELIGIBLE}. */
        public List<String> diff() {
            return differences().stream().map(Text::en).toList();
        }

        /** What differs, one line each, in Chinese and English. */
        public List<Text> differences() {
            List<Text> out = new ArrayList<>();
            if (verdict != expected.verdict()) {
                out.add(Text.of("结论：预期 " + expected.verdict() + "，实际 " + verdict, "verdict: expected " + expected.verdict() + ", got " + verdict));
            }
            expected.failing().ifPresent(f -> differ(Text.of("不满足", "failing"), f, failing, out));
            expected.unknown().ifPresent(u -> differ(Text.of("待定", "unknown"), u, unknown, out));
            return out;
        }

        private static void differ(Text what, List<String> expected, List<String> actual, List<Text> out) {
            if (CaseReader.sorted(expected).equals(CaseReader.sorted(actual))) {
                return;
            }
            List<String> extra = new ArrayList<>(actual);
            extra.removeAll(expected);
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            out.add(Text.of(what.zh() + "：预期 " + list(expected, "无") + "，实际 " + list(actual, "无")
                            + (extra.isEmpty() ? "" : "；不在预期中：" + String.join(", ", extra))
                            + (missing.isEmpty() ? "" : "；预期" + what.zh() + "但没有：" + String.join(", ", missing)),
                    what.en() + ": expected " + list(expected, "none") + ", got " + list(actual, "none")
                            + (extra.isEmpty() ? "" : "; not expected: " + String.join(", ", extra))
                            + (missing.isEmpty() ? "" : "; expected but not " + what.en() + ": " + String.join(", ", missing))));
        }

        private static String list(List<String> ids, String none) {
            return ids.isEmpty() ? none : String.join(", ", ids);
        }
    }

    /** For one rule, how many times each outcome was seen. */
    public record Seen(RuleId rule, Map<Outcome, Integer> times) {
        public int count(Outcome o) {
            return times.getOrDefault(o, 0);
        }

        public boolean assessed() {
            return !times.isEmpty();
        }
    }

    private final JurisdictionCatalog catalog;
    private final List<Checked> checked = new ArrayList<>();
    private final Map<RuleId, Map<Outcome, Integer>> seen = new TreeMap<>();

    public CaseRun(JurisdictionCatalog catalog) {
        this.catalog = catalog;
    }

    /** Runs a case: one assessment per jurisdiction it names. */
    public List<Checked> run(Case c) {
        List<Checked> out = new ArrayList<>();
        for (Case.Expectation e : c.expectations()) {
            Jurisdiction j = catalog.get(e.jurisdiction()).orElseThrow();
            Assessment a = j.assess(c.profile(), c.options());
            for (Finding f : a.findings()) {
                seen.computeIfAbsent(f.rule().id(), k -> new EnumMap<>(Outcome.class)).merge(f.outcome(), 1, Integer::sum);
            }
            out.add(new Checked(c, e, a.verdict(), ids(a, Outcome.FAIL), ids(a, Outcome.UNKNOWN)));
        }
        checked.addAll(out);
        return out;
    }

    private static List<String> ids(Assessment a, Outcome o) {
        return a.withOutcome(o).stream().map(f -> f.rule().id().catalogId()).toList();
    }

    public List<Checked> checked() {
        return List.copyOf(checked);
    }

    /**
     * The outcomes seen, for every rule of every installed jurisdiction (every edition's), in
     * order; a rule no case assessed has none.
     */
    public Map<String, List<Seen>> coverage() {
        Map<String, List<Seen>> out = new TreeMap<>();
        for (Jurisdiction j : catalog.all()) {
            Set<RuleId> rules = new LinkedHashSet<>();
            j.editions().forEach(e -> e.rules().stream().map(Rule::id).forEach(rules::add));
            List<Seen> list = new ArrayList<>();
            rules.stream().sorted().forEach(id -> list.add(new Seen(id, Optional.ofNullable(seen.get(id)).orElse(Map.of()))));
            out.put(j.id(), list);
        }
        return out;
    }
}

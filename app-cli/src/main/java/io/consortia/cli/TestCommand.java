package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.cases.Case;
import io.consortia.cli.cases.CaseReader;
import io.consortia.cli.cases.CaseRun;
import io.consortia.io.input.InputException;
import io.consortia.io.json.Json;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia test PATH...}: runs declarative cases (docs/formats/test-cases.md), as
 * OpenFisca's YAML tests run theirs, and reports which passed, what differs for those that did
 * not, and which outcomes the cases produced for each rule. Exit 0 when every case passes, 1 when
 * one fails, 2 when a case file is bad (then nothing runs).
 */
@Command(name = "test", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Run declarative test cases: each a profile (a file, or written in the case) with the verdict, and the failing and",
                "unknown rules, that named jurisdictions must find under given readings, parameters (--set) and as-of date.",
                "PATH is a case file (.yaml, .yml, .json) or a folder of them. Prints each case's result, the differences of those",
                "that fail, and rule coverage: the outcomes the cases produced for each rule, and the rules no case exercised.",
                "Exit status: 0 every case passes; 1 a case fails; 2 a case file is bad (nothing is run)."})
final class TestCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files, or folders of case files.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--coverage", description = "In text, list every rule with the outcomes seen (default: a summary per jurisdiction).")
    boolean fullCoverage;

    @Override
    public Integer call() {
        JurisdictionCatalog catalog = top.catalog();
        CaseReader reader = new CaseReader(catalog, top.inputs());
        List<Case> cases = new ArrayList<>();
        for (Path f : reader.files(paths)) {
            cases.addAll(reader.read(f));
        }
        reader.warnings().forEach(w -> top.err.println("warning: " + w));
        if (!reader.problems().isEmpty()) {
            throw new InputException(reader.problems());
        }
        if (cases.isEmpty()) {
            throw new InputException(String.join(" ", paths) + ": no cases");
        }
        CaseRun run = new CaseRun(catalog);
        cases.forEach(run::run);
        List<CaseRun.Checked> checked = run.checked();
        long failed = checked.stream().filter(c -> !c.passed()).count();
        if (format == Format.json) {
            top.out.println(Json.pretty(json(cases.size(), checked, run.coverage())));
        } else {
            text(cases.size(), checked, run.coverage());
        }
        return failed == 0 ? 0 : 1;
    }

    private void text(int cases, List<CaseRun.Checked> checked, Map<String, List<CaseRun.Seen>> coverage) {
        for (CaseRun.Checked c : checked) {
            top.out.println((c.passed() ? "PASS  " : "FAIL  ") + c.c().place() + ": " + c.c().name() + " [" + c.expected().jurisdiction() + " "
                    + c.expected().verdict() + "]");
            for (String d : c.diff()) {
                top.out.println("        " + d);
            }
        }
        long failed = checked.stream().filter(c -> !c.passed()).count();
        top.out.println();
        top.out.println(cases + " case" + (cases == 1 ? "" : "s") + ", " + checked.size() + " expectation" + (checked.size() == 1 ? "" : "s")
                + ": " + (checked.size() - failed) + " passed, " + failed + " failed");
        top.out.println();
        top.out.println("Rule coverage: the outcomes the cases produced for each rule");
        List<String> untested = new ArrayList<>();
        for (Map.Entry<String, List<CaseRun.Seen>> j : coverage.entrySet()) {
            List<CaseRun.Seen> rules = j.getValue();
            if (rules.stream().noneMatch(CaseRun.Seen::assessed)) {
                untested.add(j.getKey());
                continue;
            }
            long pass = rules.stream().filter(s -> s.count(Outcome.PASS) > 0).count();
            long fail = rules.stream().filter(s -> s.count(Outcome.FAIL) > 0).count();
            long unknown = rules.stream().filter(s -> s.count(Outcome.UNKNOWN) > 0).count();
            List<String> never = rules.stream().filter(s -> !s.assessed()).map(s -> s.rule().catalogId()).toList();
            top.out.println(String.format("  %-12s %d rules: %d seen passing, %d failing, %d unknown; %s", j.getKey(), rules.size(), pass, fail,
                    unknown, never.isEmpty() ? "every rule exercised" : "never exercised: " + String.join(", ", never)));
            List<String> neverFailing = rules.stream().filter(s -> s.assessed() && s.count(Outcome.FAIL) == 0).map(s -> s.rule().catalogId()).toList();
            if (!neverFailing.isEmpty()) {
                top.out.println(String.format("  %-12s never seen failing: %s", "", String.join(", ", neverFailing)));
            }
            if (fullCoverage) {
                for (CaseRun.Seen s : rules) {
                    top.out.println(String.format("  %-12s   %-10s PASS %d  FAIL %d  UNKNOWN %d", "", s.rule().catalogId(), s.count(Outcome.PASS),
                            s.count(Outcome.FAIL), s.count(Outcome.UNKNOWN)));
                }
            }
        }
        if (!untested.isEmpty()) {
            top.out.println("  no case names " + String.join(", ", untested) + ": none of " + (untested.size() == 1 ? "its" : "their")
                    + " rules is exercised");
        }
    }

    private static ObjectNode json(int cases, List<CaseRun.Checked> checked, Map<String, List<CaseRun.Seen>> coverage) {
        ObjectNode root = Json.object();
        ArrayNode results = root.putArray("results");
        for (CaseRun.Checked c : checked) {
            ObjectNode n = results.addObject();
            n.put("file", c.c().file());
            n.put("line", c.c().line());
            n.put("name", c.c().name());
            n.put("jurisdiction", c.expected().jurisdiction());
            n.put("passed", c.passed());
            ObjectNode expected = n.putObject("expected");
            expected.put("verdict", c.expected().verdict().name());
            c.expected().failing().ifPresent(f -> f.forEach(expected.putArray("failing")::add));
            c.expected().unknown().ifPresent(u -> u.forEach(expected.putArray("unknown")::add));
            ObjectNode actual = n.putObject("actual");
            actual.put("verdict", c.verdict().name());
            c.failing().forEach(actual.putArray("failing")::add);
            c.unknown().forEach(actual.putArray("unknown")::add);
            c.diff().forEach(n.putArray("diff")::add);
        }
        long failed = checked.stream().filter(c -> !c.passed()).count();
        ObjectNode summary = root.putObject("summary");
        summary.put("cases", cases);
        summary.put("expectations", checked.size());
        summary.put("passed", checked.size() - failed);
        summary.put("failed", failed);
        ObjectNode cov = root.putObject("coverage");
        coverage.forEach((j, rules) -> {
            ArrayNode list = cov.putArray(j);
            for (CaseRun.Seen s : rules) {
                ObjectNode r = list.addObject();
                r.put("rule", s.rule().toString());
                r.put("PASS", s.count(Outcome.PASS));
                r.put("FAIL", s.count(Outcome.FAIL));
                r.put("UNKNOWN", s.count(Outcome.UNKNOWN));
            }
        });
        return root;
    }
}

package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.cases.Case;
import io.consortia.cli.cases.CaseReader;
import io.consortia.cli.cases.CaseRun;
import io.consortia.cli.render.Columns;
import io.consortia.cli.render.Page;
import io.consortia.cli.render.Table;
import io.consortia.io.input.InputException;
import io.consortia.io.json.Json;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.text.Text;
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
@Command(name = "test", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Run declarative test cases and report which pass and which rules they exercise.",
                "Each case is a profile (a file, or written in the case) with the verdict, and the failing and unknown rules, that named "
                        + "jurisdictions must find under given readings, parameters (--set) and as-of date. PATH is a case file (.yaml, .yml, "
                        + ".json) or a folder of them. Prints each case's result, the differences of those that fail, and rule coverage: the "
                        + "outcomes the cases produced for each rule, and the rules no case exercised.",
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
        Page page = top.page();
        StringBuilder out = new StringBuilder();
        for (CaseRun.Checked c : checked) {
            out.append(page.passed(c.passed() ? "PASS" : "FAIL", c.passed())).append("  ").append(c.c().place()).append(": ").append(c.c().name())
                    .append(" [").append(c.expected().jurisdiction()).append(' ').append(c.expected().verdict()).append("]\n");
            for (Text d : c.differences()) {
                page.lines(d).forEach(l -> out.append("        ").append(l).append('\n'));
            }
        }
        long failed = checked.stream().filter(c -> !c.passed()).count();
        long passed = checked.size() - failed;
        out.append('\n').append(page.of(cases + " 个用例，" + checked.size() + " 项预期：" + passed + " 项通过，" + failed + " 项失败",
                cases + " case" + (cases == 1 ? "" : "s") + ", " + checked.size() + " expectation" + (checked.size() == 1 ? "" : "s")
                        + ": " + passed + " passed, " + failed + " failed")).append("\n\n");
        out.append(page.of("规则覆盖：用例使每条规则得出的结果", "Rule coverage: the outcomes the cases produced for each rule")).append('\n');
        List<String> untested = new ArrayList<>();
        Table t = new Table("  ");
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
            t.row(j.getKey(), page.of(rules.size() + " 条规则：" + pass + " 条出现过满足，" + fail + " 条出现过不满足，" + unknown + " 条出现过待定；"
                            + (never.isEmpty() ? "每条规则都被用到" : "从未用到：" + String.join(", ", never)),
                    rules.size() + (rules.size() == 1 ? " rule: " : " rules: ") + pass + " seen passing, " + fail + " failing, " + unknown + " unknown; "
                            + (never.isEmpty() ? "every rule exercised" : "never exercised: " + String.join(", ", never))));
            List<String> neverFailing = rules.stream().filter(s -> s.assessed() && s.count(Outcome.FAIL) == 0).map(s -> s.rule().catalogId()).toList();
            if (!neverFailing.isEmpty()) {
                t.row("", page.of("从未出现不满足：", "never seen failing: ") + String.join(", ", neverFailing));
            }
            if (fullCoverage) {
                for (CaseRun.Seen s : rules) {
                    t.row("", "  " + Columns.pad(s.rule().catalogId(), 10) + " PASS " + s.count(Outcome.PASS) + "  FAIL " + s.count(Outcome.FAIL)
                            + "  UNKNOWN " + s.count(Outcome.UNKNOWN));
                }
            }
        }
        out.append(t.render(page));
        if (!untested.isEmpty()) {
            out.append("  ").append(page.of("没有用例涉及 " + String.join(", ", untested) + "：其规则都未被用到",
                    "no case names " + String.join(", ", untested) + ": none of " + (untested.size() == 1 ? "its" : "their") + " rules is exercised"))
                    .append('\n');
        }
        top.out.print(page.fit(out.toString()));
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

package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import io.consortia.cli.input.PopulationReader;
import io.consortia.io.json.Json;
import io.consortia.cli.render.Page;
import io.consortia.cli.render.SurveyCsv;
import io.consortia.cli.render.SurveyJson;
import io.consortia.cli.render.SurveyReport;
import io.consortia.cli.render.SurveyText;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.survey.Survey;
import io.consortia.survey.SurveyResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code consortia survey}: a population of consortia assessed in every jurisdiction, counted in
 * one pass: verdict shares, every rule's fail / unknown / binding counts, the verdicts of a what-if
 * scenario ({@code --set}, {@code --reading}) beside the baseline with the transitions between
 * them, and how much each reading moves the verdicts. Streams: memory stays flat for any
 * population. A bad input is named, counted as rejected, and the survey goes on (exit 2 at the end).
 */
@Command(name = "survey", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = {"Survey a population of consortium profiles: how many qualify where, and which rules bind.",
                "Also what a changed threshold or reading would change, and how much each reading matters. The population is JSON Lines "
                        + "files (one profile per line; - reads standard input), directories of profile files (.yaml, .yml, .json; .jsonl "
                        + "inside are JSON Lines), or --synthetic N (the profiles `generate` writes). The baseline is the policies as "
                        + "published; --set and --reading describe a what-if scenario, assessed in the same pass and compared with the "
                        + "baseline. See docs/survey.md."})
final class SurveyCommand implements Callable<Integer> {

    enum Format { text, md, json, csv }

    @ParentCommand
    ConsortiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "JSON Lines files, directories of profile files, or - for standard input (JSON Lines).")
    List<String> inputs;

    @Option(names = "--synthetic", paramLabel = "N", converter = PopulationArgs.Count.class,
            description = "Survey N synthetic profiles instead of inputs (with --seed, --members, --applied-on).")
    Long synthetic;

    @Mixin
    PopulationArgs population;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", description = "Survey only this jurisdiction (repeatable; default: all).")
    List<String> jurisdictions;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class,
            description = "Reference date of every assessment (default: each profile's appliedOn, else today in China).")
    LocalDate asOf;

    @Option(names = "--registry", paramLabel = "FILE", description = "Other consortia and sanctions in force, for cross-consortium rules.")
    String registry;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Scenario: a parameter changed, e.g. suzhou.S1.minimum=6 (repeatable; see 'consortia parameters').")
    List<String> set;

    @Option(names = "--reading", paramLabel = "ID=OPTION", description = "Scenario: a reading switched, e.g. R1=no (repeatable).")
    List<String> reading;

    @Option(names = "--baseline-set", paramLabel = "NAME=VALUE",
            description = "Baseline: a parameter changed in the baseline itself (rarely needed; the scenario starts from it).")
    List<String> baselineSet;

    @Option(names = "--baseline-reading", paramLabel = "ID=OPTION",
            description = "Baseline: a reading switched in the baseline itself (the scenario starts from it).")
    List<String> baselineReading;

    @Option(names = "--no-sensitivity", description = "Do not count how often switching each reading changes a verdict (faster).")
    boolean noSensitivity;

    @Option(names = "--threads", paramLabel = "K", description = "Assess on K threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--format", defaultValue = "text", description = "text, md, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--bom", description = "Start CSV with a UTF-8 byte-order mark, so that Excel reads the Chinese right.")
    boolean bom;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results to FILE (replaced when the survey completes).")
    String output;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write a self-contained HTML report with charts (works offline), replaced when the survey completes.")
    String report;

    @Mixin
    Progress.Option progress;

    @Override
    public Integer call() {
        boolean hasInputs = inputs != null && !inputs.isEmpty();
        if (hasInputs == (synthetic != null)) {
            throw new InputException(hasInputs ? "survey: give inputs or --synthetic N, not both"
                    : "survey: give the population: JSON Lines files, directories of profiles, - (standard input), or --synthetic N");
        }
        if (synthetic == null) {
            for (String o : List.of("--seed", "--members", "--applied-on")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw new InputException("survey: " + o + " describes a synthetic population; use it with --synthetic N");
                }
            }
        }
        if ("-".equals(report)) {
            throw new InputException("--report: name an HTML file; the report is not written to standard output");
        }
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (k < 1 || k > 256) {
            throw new InputException("--threads " + k + ": from 1 to 256");
        }
        List<Jurisdiction> selected = top.select(jurisdictions);
        Inputs readers = top.inputs();
        Optional<Registry> reg = Optional.ofNullable(registry).map(readers::registry);
        ReadingSet baseReadings = ReadingOptions.parse(baselineReading, top.catalog().readings(), ReadingSet.defaults(), "--baseline-reading");
        Overrides baseOverrides = AssessmentArgs.overrides(top, baselineSet);
        Optional<Survey.Setting> scenario = Optional.empty();
        if (set != null && !set.isEmpty() || reading != null && !reading.isEmpty()) {
            ReadingSet r = ReadingOptions.parse(reading, top.catalog().readings(), baseReadings, "--reading");
            Overrides what = AssessmentArgs.overrides(top, set);
            Map<String, Object> merged = new LinkedHashMap<>(baseOverrides.values());
            merged.putAll(what.values());
            Overrides o = Overrides.of(merged, top.catalog()::parameter).getOrElseThrow(InputException::new);
            scenario = Optional.of(new Survey.Setting(r, o));
        }
        Survey.Options options = new Survey.Options(Optional.ofNullable(asOf), top.today(), new Survey.Setting(baseReadings, baseOverrides),
                scenario, !noSensitivity, reg);
        Survey prototype = new Survey(selected, options);

        boolean toStdout = output == null || output.equals("-");
        SurveyRunner runner;
        Survey done;
        try (Output out = Output.of(output, top.out);
             Output html = report == null ? null : Output.of(report, top.out);
             Progress bar = progress.start(top, "survey", synthetic == null ? -1 : synthetic, toStdout)) {
            runner = new SurveyRunner(top, prototype, k, bar);
            if (synthetic != null) {
                done = runner.synthetic(population.generator(top.catalog()), synthetic);
            } else {
                Survey readerSide = prototype.fresh();
                PopulationReader reader = new PopulationReader(readers.limits(), top.in, bad -> {
                    readerSide.reject();
                    synchronized (top.err) {
                        bad.lines().forEach(line -> top.err.println("error: " + line));
                    }
                });
                done = runner.inputs(reader, inputs, readerSide);
            }
            bar.close();
            SurveyResult result = done.result();
            ObjectNode doc = SurveyJson.of(result, new SurveyJson.Context(Version.tool(), Version.of(Jurisdiction.class), populationNode(),
                    command(), registry, runner.failed(), selected));
            out.write(switch (format) {
                case json -> Json.pretty(doc) + "\n";
                case csv -> SurveyCsv.render(doc, bom);
                case md -> SurveyText.render(doc, Page.plain(top.lang), true);
                case text -> SurveyText.render(doc, top.page(toStdout), false);
            });
            if (html != null) {
                html.write(SurveyReport.render(doc, top.lang));
                html.commit();
            }
            out.commit();
        }
        if (runner.hiddenWarnings() > 0) {
            top.err.println("consortia: " + runner.hiddenWarnings() + " more warnings not shown");
        }
        long rejected = done.rejected();
        if (rejected > 0 || runner.failed() > 0) {
            top.err.println("consortia: surveyed " + done.profiles() + " profiles; "
                    + (rejected > 0 ? rejected + " rejected (bad input)" : "")
                    + (rejected > 0 && runner.failed() > 0 ? ", " : "")
                    + (runner.failed() > 0 ? runner.failed() + " failed (internal error)" : ""));
        }
        return runner.failed() > 0 ? 1 : rejected > 0 ? 2 : 0;
    }

    private ObjectNode populationNode() {
        ObjectNode n = Json.object();
        if (synthetic != null) {
            n.put("source", "synthetic");
            n.put("size", synthetic);
            n.put("seed", population.seed);
            ArrayNode m = n.putArray("members");
            m.add(population.members.min());
            m.add(population.members.max());
            n.put("appliedOn", population.appliedOn.toString());
        } else {
            n.put("source", "inputs");
            ArrayNode a = n.putArray("inputs");
            inputs.forEach(a::add);
        }
        return n;
    }

    /** The command line that reproduces the figures (output options left out). */
    private String command() {
        List<String> parts = new ArrayList<>(List.of("consortia", "survey"));
        if (synthetic != null) {
            parts.add("--synthetic " + synthetic);
            parts.add(population.describe());
        } else {
            inputs.forEach(i -> parts.add(Shell.quote(i)));
        }
        if (jurisdictions != null) {
            jurisdictions.forEach(j -> parts.add("-j " + Shell.quote(j)));
        }
        if (asOf != null) {
            parts.add("--as-of " + asOf);
        }
        if (registry != null) {
            parts.add("--registry " + Shell.quote(registry));
        }
        add(parts, "--baseline-reading", baselineReading);
        add(parts, "--baseline-set", baselineSet);
        add(parts, "--reading", reading);
        add(parts, "--set", set);
        if (noSensitivity) {
            parts.add("--no-sensitivity");
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String option, List<String> values) {
        if (values != null) {
            values.forEach(v -> parts.add(option + " " + Shell.quote(v)));
        }
    }

    /** Quoting for a POSIX shell, only where needed. */
    static final class Shell {
        private Shell() {}

        static String quote(String s) {
            return s.matches("[A-Za-z0-9_./=:,+@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
        }
    }
}

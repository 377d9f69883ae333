package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import io.consortia.cli.render.AssessMarkdown;
import io.consortia.cli.render.AssessText;
import io.consortia.cli.render.Envelope;
import io.consortia.cli.render.Markdown;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.io.json.Json;
import io.consortia.facade.Decision;
import io.consortia.facade.record.DecisionRecord;
import io.consortia.io.input.InputProblem;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.Panel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consortia assess PROFILE...}: verdict and findings per jurisdiction (contract §3). */
@Command(name = "assess", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Assess consortium profiles (YAML or JSON) against the installed jurisdictions.",
                "The reference date is --as-of, else the profile's appliedOn, else today (China time)."})
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json, md, record }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "Profile files (.yaml, .yml or .json); - reads one from standard input.")
    List<String> profiles;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", description = "Assess only in this jurisdiction (repeatable; default: all).")
    List<String> jurisdictions;

    @Mixin
    AssessmentArgs args;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json (JSON Lines), md, or record (decision records, JSON Lines: one per profile and jurisdiction) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--all", description = "List passing findings too (text and md).")
    boolean all;

    @Option(names = "--envelope", description = {"Instead of the findings, the verdict under every combination of the readings that affect",
            "each jurisdiction: robust (the same under all), or which reading changes it and to what."})
    boolean envelope;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output; FILE is replaced only when every profile is assessed (exit 0).")
    String output;

    @Override
    public Integer call() {
        List<Jurisdiction> selected = top.select(jurisdictions);
        page = format == Format.text ? top.page(output == null || output.equals("-")) : Page.plain(top.lang);
        Inputs inputs = top.inputs();
        AssessmentArgs.Resolved resolved = args.resolve(top, inputs);
        // One profile at a time: read, assessed and written before the next is read, so memory
        // stays flat however many there are. A bad profile is reported and skipped; the rest go on.
        Batch batch = new Batch(top, profiles.size());
        try (Output out = Output.of(output, top.out)) {
            for (String path : profiles) {
                String rendered;
                try {
                    rendered = render(inputs.profile(path), selected, resolved);
                } catch (InputException bad) {
                    batch.rejected(bad);
                    continue;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    batch.failed(path, e);
                    continue;
                }
                out.write(rendered);
                batch.assessed();
            }
            int status = batch.finish();
            if (status == 0) {
                out.commit();
            } else if (output != null && !output.equals("-")) {
                top.err.println("consortia: " + output + " not written (it is replaced only when every profile is assessed)");
            }
            return status;
        }
    }

    /** The selected jurisdictions as a panel, made with the first profile. */
    private Panel panel;
    /** How text is shown: wrapped and coloured for a terminal, plain in Markdown. */
    private Page page;

    private String render(Inputs.LoadedProfile p, List<Jurisdiction> selected, AssessmentArgs.Resolved resolved) {
        StringBuilder output = new StringBuilder();
        LocalDate reference = resolved.referenceDate(p.profile());
        String source = resolved.referenceSource(p.profile());
        AssessmentOptions options = resolved.options(p.profile());
        // One panel for the run: the members are transposed once for every jurisdiction (kernel README).
        if (panel == null) {
            panel = top.catalog().panel(selected);
        }
        List<Assessment> results = format == Format.record ? List.of() : panel.assess(p.profile(), options);
        if (envelope) {
            List<Envelope> envelopes = new ArrayList<>();
            for (int i = 0; i < selected.size(); i++) {
                envelopes.add(Envelope.of(selected.get(i), results.get(i), options.readings(), options.overrides()));
            }
            return envelope(p, reference, source, envelopes);
        }
        switch (format) {
            case json -> {
                ObjectNode line = profileLine(p, reference);
                ArrayNode arr = line.putArray("assessments");
                results.forEach(a -> arr.add(Json.assessment(a, top.lang)));
                output.append(Json.line(line)).append('\n');
            }
            case record -> {
                for (Jurisdiction j : selected) {
                    Decision d = top.facade().decide(p.profile(), j, options, source.equals("--as-of") ? "asOf" : source,
                            args.overrides == null ? List.of() : args.overrides);
                    DecisionRecord r = top.facade().record(d).getOrElseThrow(problems -> InputException.of(problems.stream()
                            .map(x -> new InputProblem(p.path(), -1, -1, x.path().replaceFirst("^profile\\.?", ""), x.message())).toList()));
                    output.append(r.text()).append('\n');
                }
            }
            case md -> output.append(AssessMarkdown.render(p.path(), p.profile(), reference, source, results, selected, page, all));
            case text -> output.append(page.fit(AssessText.render(p.path(), p.profile(), reference, source, results, selected, page, all)));
        }
        return output.toString();
    }

    /** A JSON line's first keys: the profile's path and name, and the reference date. */
    private static ObjectNode profileLine(Inputs.LoadedProfile p, LocalDate reference) {
        ObjectNode line = Json.object();
        line.put("profile", p.path());
        line.put("name", p.profile().name());
        line.put("asOf", reference.toString());
        return line;
    }

    private String envelope(Inputs.LoadedProfile p, LocalDate reference, String source, List<Envelope> envelopes) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case json -> {
                ObjectNode line = profileLine(p, reference);
                ArrayNode arr = line.putArray("envelopes");
                envelopes.forEach(e -> arr.add(e.json()));
                out.append(Json.line(line)).append('\n');
            }
            case md -> {
                out.append("## ").append(Markdown.cell(p.profile().name())).append("\n\n").append(page.of("档案", "Profile")).append(' ')
                        .append(Markdown.cell(p.path())).append(" · ").append(page.of("参考日期", "reference date")).append(' ').append(reference)
                        .append(" (").append(Markdown.cell(page.of(AssessText.source(source)))).append(") · ")
                        .append(page.of("各种解读组合下的结论", "the verdict under every combination of readings")).append("\n\n| ")
                        .append(String.join(" | ", page.of("地区", "jurisdiction"), page.of("结论", "verdict"),
                                page.of("所有解读下", "under every reading"), page.of("改变结论的解读", "readings that change it")))
                        .append(" |\n|---|---|---|---|\n");
                for (Envelope e : envelopes) {
                    out.append("| ").append(Markdown.cell(Notes.name(e.jurisdiction().identity().name(), page)))
                            .append(" | **").append(e.given().verdict().name()).append("** | ")
                            .append(e.robust() ? page.of("稳健", "robust") : String.join(", ", e.verdicts().stream().map(Enum::name).toList())).append(" | ")
                            .append(Markdown.cell(String.join("; ", e.changing().stream()
                                    .map(f -> f.reading().id() + "=" + f.option() + " → " + f.verdict().name()).toList()))).append(" |\n");
                }
                out.append('\n');
            }
            case text -> {
                out.append(p.path()).append(" · ").append(p.profile().name()).append('\n')
                        .append(page.of("参考日期", "reference date")).append(' ').append(reference).append(" (").append(page.of(AssessText.source(source))).append(") · ")
                        .append(page.of("各种解读组合下的结论", "the verdict under every combination of readings")).append('\n');
                for (Envelope e : envelopes) {
                    Jurisdiction j = e.jurisdiction();
                    out.append("\n── ").append(j.id()).append(' ').append(Notes.name(j.identity().name(), page))
                            .append(": ").append(page.verdict(e.given().verdict())).append('\n');
                    e.lines(page).forEach(l -> out.append("   ").append(l).append('\n'));
                }
                out.append('\n');
                return page.fit(out.toString());
            }
        }
        return out.toString();
    }

    /**
     * The tally of a batch: bad inputs are reported as they come and skipped; the exit status is 2
     * when any input was bad, 1 when any hit an internal error, and a batch of more than one input
     * ends with a summary line on stderr when anything was left out.
     */
    static final class Batch {
        private final ConsortiaCommand top;
        private final int total;
        private int assessed;
        private int rejected;
        private int failed;

        Batch(ConsortiaCommand top, int total) {
            this.top = top;
            this.total = total;
        }

        void assessed() {
            assessed++;
        }

        void rejected(InputException bad) {
            rejected++;
            bad.lines().forEach(line -> top.err.println("error: " + line));
        }

        void failed(String input, Throwable e) {
            failed++;
            Main.internalError(top, e, input);
        }

        int finish() {
            if (total > 1 && rejected + failed > 0) {
                top.err.println("consortia: assessed " + assessed + " of " + total + " profiles; "
                        + (rejected > 0 ? rejected + " rejected (bad input)" : "")
                        + (rejected > 0 && failed > 0 ? ", " : "")
                        + (failed > 0 ? failed + " failed (internal error)" : ""));
            }
            return failed > 0 ? 1 : rejected > 0 ? 2 : 0;
        }
    }
}

package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.input.Inputs;
import io.consortia.cli.render.Json;
import io.consortia.cli.render.Language;
import io.consortia.cli.render.Table;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia gap PROFILE -j ID}: what stands between the profile and ELIGIBLE. Each binding
 * rule is a separate condition, so the rules that do not pass are exactly the smallest set of
 * rules to satisfy; they are listed most serious first, each with what it requires and what the
 * profile says now.
 */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = {"The smallest set of changes that would make the profile ELIGIBLE in one jurisdiction:",
                "MANDATORY rules that fail (must change), binding rules the profile leaves undecided (must be stated),",
                "PRESUMPTIVE rules that fail (change, or justify the deviation)."})
final class GapCommand implements Callable<Integer> {

    enum Format { text, json }

    /** What a change amounts to. */
    enum Need {
        MUST_CHANGE("必须改正", "must change"),
        MUST_STATE("须补充说明", "must be stated"),
        CHANGE_OR_JUSTIFY("改正或说明理由", "change or justify the deviation");

        final io.consortia.kernel.text.Text label;

        Need(String zh, String en) {
            this.label = io.consortia.kernel.text.Text.of(zh, en);
        }
    }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "PROFILE")
    String profile;

    @Option(names = {"-j", "--jurisdiction"}, required = true, paramLabel = "ID", description = "The jurisdiction.")
    String jurisdiction;

    @Mixin
    AssessmentArgs args;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "BOTH", description = "ZH, EN or BOTH (default: ${DEFAULT-VALUE}).")
    Language lang;

    static Optional<Need> need(Finding f) {
        if (f.strength() == Strength.MANDATORY && f.outcome() == Outcome.FAIL) {
            return Optional.of(Need.MUST_CHANGE);
        }
        if (f.strength().bindsVerdict() && f.outcome() == Outcome.UNKNOWN) {
            return Optional.of(Need.MUST_STATE);
        }
        if (f.strength() == Strength.PRESUMPTIVE && f.outcome() == Outcome.FAIL) {
            return Optional.of(Need.CHANGE_OR_JUSTIFY);
        }
        return Optional.empty();
    }

    @Override
    public Integer call() {
        Jurisdiction j = top.select(List.of(jurisdiction)).get(0);
        Inputs inputs = top.inputs();
        AssessmentArgs.Resolved resolved = args.resolve(top, inputs);
        Inputs.LoadedProfile p = inputs.profile(profile);
        LocalDate reference = resolved.referenceDate(p.profile());
        Assessment a = j.assess(p.profile(), resolved.options(p.profile()));
        List<Finding> gaps = a.findings().stream().filter(f -> need(f).isPresent())
                .sorted(Comparator.comparing((Finding f) -> need(f).orElseThrow())).toList();
        if (format == Format.json) {
            ObjectNode n = Json.object();
            n.put("profile", p.path());
            n.put("jurisdiction", j.id());
            n.put("asOf", reference.toString());
            n.put("verdict", a.verdict().name());
            ArrayNode changes = n.putArray("changes");
            for (Finding f : gaps) {
                ObjectNode c = Json.finding(f, lang);
                c.put("need", need(f).orElseThrow().name());
                changes.add(c);
            }
            top.out.println(Json.line(n));
            return 0;
        }
        StringBuilder out = new StringBuilder();
        out.append(p.path()).append(" in ").append(j.id()).append(' ').append(j.identity().name().zh())
                .append(" as of ").append(reference).append(": ").append(a.verdict().name()).append('\n');
        if (a.verdict() == Verdict.ELIGIBLE) {
            out.append("  nothing to change: every binding rule passes\n");
        } else {
            out.append("  ").append(gaps.size()).append(gaps.size() == 1 ? " rule stands" : " rules stand")
                    .append(" between it and ELIGIBLE:\n");
            Table t = new Table("  ");
            for (Finding f : gaps) {
                boolean first = true;
                for (String line : lang.lines(f.rule().requirement())) {
                    t.row(first ? lang.of(need(f).orElseThrow().label) : "", first ? f.rule().id().catalogId() : "",
                            first ? f.rule().clause() : "", line);
                    first = false;
                }
                for (String line : lang.lines(f.because())) {
                    t.row("", "", "", "  now: " + line);
                }
            }
            out.append(t.render());
        }
        top.out.print(out);
        return 0;
    }
}

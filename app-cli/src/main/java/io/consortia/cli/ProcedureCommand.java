package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.cli.render.DisplayWidth;
import io.consortia.io.json.Language;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.Consequence;
import io.consortia.kernel.lifecycle.Ending;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.FilingDuty;
import io.consortia.kernel.lifecycle.GradeRule;
import io.consortia.kernel.lifecycle.Obligations;
import io.consortia.kernel.lifecycle.OwnTransition;
import io.consortia.kernel.lifecycle.Remark;
import io.consortia.kernel.lifecycle.Guard;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.ProcedureDiagram;
import io.consortia.kernel.lifecycle.ReportDuty;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.lifecycle.Transition;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia procedure ID}: a jurisdiction's formation and lifecycle procedure, as steps with
 * actors and deadlines, or as Mermaid or Graphviz DOT source of its state diagram.
 */
@Command(name = "procedure", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Show a jurisdiction's formation and lifecycle procedure: steps, who acts, deadlines, the rules on",
                "changes, evaluations and sanctions; or its state diagram as Mermaid or Graphviz DOT source."})
final class ProcedureCommand implements Callable<Integer> {

    enum Format { text, mermaid, dot }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "ID", description = "The jurisdiction id (see 'consortia jurisdictions').")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text, mermaid or dot (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "BOTH",
            description = "Language: ZH, EN or BOTH (default: ${DEFAULT-VALUE}; diagrams take one language, Chinese for BOTH).")
    Language lang;

    @Override
    public Integer call() {
        Jurisdiction j = top.catalog().get(id.strip()).orElseThrow(() -> new InputException(
                id + ": unknown jurisdiction; installed: " + String.join(", ", top.catalog().ids())));
        Edition edition = SimulateCommand.edition(j).orElseThrow(() -> new InputException(
                id + ": the installed module registers no lifecycle procedure"));
        LifecyclePolicy p = edition.lifecycle().orElseThrow();
        values = edition.bind(Overrides.none());
        io.consortia.kernel.text.Language diagram = lang == Language.EN ? io.consortia.kernel.text.Language.EN
                : io.consortia.kernel.text.Language.ZH;
        switch (format) {
            case mermaid -> top.out.print(ProcedureDiagram.mermaid(p, values, diagram));
            case dot -> top.out.print(ProcedureDiagram.dot(p, values, diagram));
            case text -> top.out.print(text(j, p));
        }
        return 0;
    }

    private ParameterValues values;

    private String text(Jurisdiction j, LifecyclePolicy p) {
        StringBuilder out = new StringBuilder();
        out.append(j.identity().name().zh()).append(' ').append(j.identity().name().en()).append(" · procedure and lifecycle · ")
                .append(Describe.document(j.latest().document())).append("\n\n");
        out.append("steps\n");
        int n = 1;
        for (Step s : p.procedure().steps()) {
            out.append(String.format("%3d. ", n++)).append(lang.of(s.name())).append("  [").append(s.state().name()).append("]\n");
            out.append("       who: ").append(s.actors().stream().map(a -> lang.of(a.label())).collect(Collectors.joining("; "))).append('\n');
            if (!s.events().isEmpty()) {
                out.append("       events: ").append(String.join(", ", s.events()));
                if (!s.ownEvents().isEmpty()) {
                    out.append("  (").append(String.join(", ", s.ownEvents())).append(": this jurisdiction's own, never required)");
                }
                out.append('\n');
            }
            s.deadline().ifPresent(d -> out.append("       deadline: ").append(lang.of(d)).append('\n'));
            out.append("       ").append(cite(s.clause())).append('\n');
        }
        out.append("\nrules of the lifecycle\n");
        p.notice().ifPresent(x -> out.append("  public notice: ")
                .append(x.minimum(values).map(d -> "at least " + d + " working days on the Chinese statutory calendar, counted per reading R9 "
                        + "(inclusive: its first day counts; civil: it does not); ")
                        .orElse("required, no minimum length; "))
                .append("an objection sends the application back under review (").append(x.clause().ref()).append(")\n"));
        p.validity().ifPresent(v -> out.append("  validity: ").append(values.get(v.years()))
                .append(" years from establishment, its last day per reading R9, or the validUntil the decision states (a longer one is noted")
                .append(" VALIDITY_OVER_3_YEARS); EXPIRED the day after, unless renewed (RENEWAL_APPLIED) (").append(v.clause().ref()).append(")\n"));
        for (ReportDuty r : p.reports()) {
            out.append("  annual report: ").append(lang.of(r.what(2025))).append(" due ").append(r.dueFor(2025, values)).append(" — every year alike (")
                    .append(r.clause().ref()).append(")\n");
        }
        p.gradeScale().ifPresent(g -> out.append("  grades: ").append(g.grades().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")))
                .append(" (").append(g.clause().ref()).append(")\n"));
        for (GradeRule r : p.gradeRules()) {
            String effect = r.consequence() instanceof Consequence.Revoke ? "REVOKED" : r.consequence() instanceof Consequence.Flag
                    ? "flagged for the authority's decision" : "support measure";
            out.append("  evaluation: ").append(r.times(values) == 1 ? "" : r.times(values) + " consecutive ").append(r.grade().name())
                    .append(" → ").append(effect).append(": ").append(lang.of(r.consequence().says())).append(" (").append(r.clause().ref())
                    .append(")\n");
        }
        for (Guard g : p.guards()) {
            out.append("  ").append(events(g.events().stream().toList())).append(": ").append(lang.of(g.says())).append(" (")
                    .append(g.clause().ref()).append(")\n");
        }
        for (Ending e : p.endings()) {
            out.append("  ").append(events(e.events().stream().toList())).append(" → ").append(e.to().name()).append(": ")
                    .append(lang.of(e.says())).append(" (").append(e.clause().ref()).append(")\n");
        }
        for (FilingDuty f : p.filings()) {
            out.append("  ").append(events(f.changes().stream().toList())).append(": accepted, then to be filed promptly with ").append(f.authority())
                    .append(" (CHANGE_FILING, no due date; met by filed: true or CHANGE_FILED; late after ").append(Obligations.FILING_LATE_AFTER_DAYS)
                    .append(" days) (").append(f.clause().ref()).append(")\n");
        }
        for (Remark r : p.remarks()) {
            out.append("  ").append(events(r.events().stream().toList())).append(": noted ").append(r.code()).append(": ")
                    .append(lang.of(r.says())).append(" (").append(r.clause().ref()).append(")\n");
        }
        for (OwnTransition t : p.ownTransitions()) {
            out.append("  ").append(t.from()).append(" --").append(t.event()).append("--> ").append(t.to()).append(": ")
                    .append(lang.of(t.says())).append(" (").append(t.clause().ref()).append(")\n");
        }
        p.sanction().ifPresent(x -> out.append("  LEAD_DEFAULTED: ").append(lang.of(x.says())).append(", ").append(values.get(x.years()))
                .append(" years, the last day per reading R9 (").append(x.clause().ref()).append(")\n"));
        out.append("\ntransitions of the core state\n");
        for (Transition t : p.transitions()) {
            out.append("  ").append(DisplayWidth.pad(t.from().name(), 14)).append(" --").append(t.event())
                    .append(t.when().map(w -> " [" + lang.of(w) + "]").orElse("")).append("--> ").append(t.to().name())
                    .append(" (").append(t.clause().ref()).append(")\n");
        }
        return out.toString();
    }

    private static String events(List<EventType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    private String cite(Clause c) {
        return "clause " + c.ref() + c.quote().map(q -> ": “" + q + "”").orElse("");
    }
}

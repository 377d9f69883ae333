package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.cli.render.Columns;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
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
@Command(name = "procedure", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Show a jurisdiction's formation and lifecycle procedure, or its state diagram.",
                "The text lists the steps, who acts, deadlines, and the rules on changes, evaluations and sanctions; --format mermaid "
                        + "or dot gives the state diagram as Mermaid or Graphviz DOT source (in one language: Chinese for --lang BOTH)."})
final class ProcedureCommand implements Callable<Integer> {

    enum Format { text, mermaid, dot }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "ID", description = "The jurisdiction id (see 'consortia jurisdictions').")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text, mermaid or dot (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Jurisdiction j = top.jurisdiction(id).orElseThrow(() -> new InputException(
                id + ": unknown jurisdiction; installed: " + String.join(", ", top.catalog().ids())));
        Edition edition = SimulateCommand.edition(j).orElseThrow(() -> new InputException(
                id + ": the installed module registers no lifecycle procedure"));
        LifecyclePolicy p = edition.lifecycle().orElseThrow();
        values = edition.bind(Overrides.none());
        page = top.page();
        lang = top.lang;
        io.consortia.kernel.text.Language diagram = lang == Language.EN ? io.consortia.kernel.text.Language.EN
                : io.consortia.kernel.text.Language.ZH;
        switch (format) {
            case mermaid -> top.out.print(ProcedureDiagram.mermaid(p, values, diagram));
            case dot -> top.out.print(ProcedureDiagram.dot(p, values, diagram));
            case text -> top.out.print(page.fit(text(j, p)));
        }
        return 0;
    }

    private ParameterValues values;

    /** How the text is shown; diagrams take one language, Chinese for BOTH. */
    private Page page;
    private Language lang;

    private String text(Jurisdiction j, LifecyclePolicy p) {
        StringBuilder out = new StringBuilder();
        out.append(Notes.name(j.identity().name(), page)).append(" · ").append(page.of("组建程序与生命周期", "procedure and lifecycle")).append(" · ")
                .append(Describe.document(j.latest().document(), page)).append("\n\n");
        out.append(page.of("步骤", "steps")).append('\n');
        int n = 1;
        for (Step s : p.procedure().steps()) {
            out.append(String.format("%3d. ", n++)).append(page.of(s.name())).append("  [").append(s.state().name()).append("]\n");
            out.append("       ").append(page.of("办理：", "who: ")).append(s.actors().stream().map(a -> page.of(a.label())).collect(Collectors.joining("; ")))
                    .append('\n');
            if (!s.events().isEmpty()) {
                out.append("       ").append(page.of("事件：", "events: ")).append(String.join(", ", s.events()));
                if (!s.ownEvents().isEmpty()) {
                    out.append("  (").append(String.join(", ", s.ownEvents())).append(page.of("：本地区自有，从不必需", ": this jurisdiction's own, never required"))
                            .append(")");
                }
                out.append('\n');
            }
            s.deadline().ifPresent(d -> out.append("       ").append(page.of("期限：", "deadline: ")).append(page.of(d)).append('\n'));
            out.append("       ").append(cite(s.clause())).append('\n');
        }
        out.append('\n').append(page.of("生命周期规则", "rules of the lifecycle")).append('\n');
        p.notice().ifPresent(x -> out.append("  ").append(page.of("公示：", "public notice: "))
                .append(x.minimum(values).map(d -> page.of("按法定工作日历不少于" + d + "个工作日，期间按解读 R9 计算（inclusive：首日计入；civil：首日不计入）；",
                                "at least " + d + " working days on the Chinese statutory calendar, counted per reading R9 "
                                        + "(inclusive: its first day counts; civil: it does not); "))
                        .orElse(page.of("须公示，未定最短期限；", "required, no minimum length; ")))
                .append(page.of("有异议的退回审核", "an objection sends the application back under review")).append(" (").append(x.clause().ref()).append(")\n"));
        p.validity().ifPresent(v -> out.append("  ").append(page.of("有效期：", "validity: "))
                .append(page.of("自组建起 " + values.get(v.years()) + " 年，最后一日按解读 R9 计算，或以决定载明的 validUntil 为准（更长的记为"
                                + " VALIDITY_OVER_3_YEARS）；期满次日为 EXPIRED，续期（RENEWAL_APPLIED）的除外",
                        values.get(v.years()) + " years from establishment, its last day per reading R9, or the validUntil the decision states "
                                + "(a longer one is noted VALIDITY_OVER_3_YEARS); EXPIRED the day after, unless renewed (RENEWAL_APPLIED)"))
                .append(" (").append(v.clause().ref()).append(")\n"));
        for (ReportDuty r : p.reports()) {
            out.append("  ").append(page.of("年度报告：", "annual report: ")).append(page.of(r.what(2025))).append(' ')
                    .append(page.of("期限 " + r.dueFor(2025, values) + "，每年同样", "due " + r.dueFor(2025, values) + " — every year alike"))
                    .append(" (").append(r.clause().ref()).append(")\n");
        }
        p.gradeScale().ifPresent(g -> out.append("  ").append(page.of("评价等级：", "grades: "))
                .append(g.grades().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))).append(" (").append(g.clause().ref()).append(")\n"));
        for (GradeRule r : p.gradeRules()) {
            int times = r.times(values);
            String effect = r.consequence() instanceof Consequence.Revoke ? "REVOKED" : r.consequence() instanceof Consequence.Flag
                    ? page.of("提请主管部门决定", "flagged for the authority's decision") : page.of("支持措施", "support measure");
            out.append("  ").append(page.of("评价：", "evaluation: ")).append(times == 1 ? "" : page.of("连续" + times + "次 ", times + " consecutive "))
                    .append(r.grade().name()).append(" → ").append(effect).append(": ").append(page.of(r.consequence().says())).append(" (")
                    .append(r.clause().ref()).append(")\n");
        }
        for (Guard g : p.guards()) {
            out.append("  ").append(events(g.events().stream().toList())).append(": ").append(page.of(g.says())).append(" (")
                    .append(g.clause().ref()).append(")\n");
        }
        for (Ending e : p.endings()) {
            out.append("  ").append(events(e.events().stream().toList())).append(" → ").append(e.to().name()).append(": ")
                    .append(page.of(e.says())).append(" (").append(e.clause().ref()).append(")\n");
        }
        for (FilingDuty f : p.filings()) {
            out.append("  ").append(events(f.changes().stream().toList())).append(": ")
                    .append(page.of("受理，之后须及时向「" + f.authority() + "」备案（CHANGE_FILING，无具体期限；以 `filed: true` 或 CHANGE_FILED 履行；超过 "
                                    + Obligations.FILING_LATE_AFTER_DAYS + " 日为逾期）",
                            "accepted, then to be filed promptly with 「" + f.authority() + "」 (CHANGE_FILING, no due date; met by `filed: true` or "
                                    + "CHANGE_FILED; late after " + Obligations.FILING_LATE_AFTER_DAYS + " days)"))
                    .append(" (").append(f.clause().ref()).append(")\n");
        }
        for (Remark r : p.remarks()) {
            out.append("  ").append(events(r.events().stream().toList())).append(": ").append(page.of("记为", "noted")).append(' ').append(r.code())
                    .append(": ").append(page.of(r.says())).append(" (").append(r.clause().ref()).append(")\n");
        }
        for (OwnTransition t : p.ownTransitions()) {
            out.append("  ").append(t.from()).append(" --").append(t.event()).append("--> ").append(t.to()).append(": ")
                    .append(page.of(t.says())).append(" (").append(t.clause().ref()).append(")\n");
        }
        p.sanction().ifPresent(x -> out.append("  LEAD_DEFAULTED: ").append(page.of(x.says())).append(", ")
                .append(page.of(values.get(x.years()) + " 年，最后一日按解读 R9 计算", values.get(x.years()) + " years, the last day per reading R9"))
                .append(" (").append(x.clause().ref()).append(")\n"));
        out.append('\n').append(page.of("核心状态的转换", "transitions of the core state")).append('\n');
        for (Transition t : p.transitions()) {
            out.append("  ").append(Columns.pad(t.from().name(), 14)).append(" --").append(t.event())
                    .append(t.when().map(w -> " [" + page.of(w) + "]").orElse("")).append("--> ").append(t.to().name())
                    .append(" (").append(t.clause().ref()).append(")\n");
        }
        return out.toString();
    }

    private static String events(List<EventType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    private String cite(Clause c) {
        return page.of("条款 ", "clause ") + c.ref() + c.quote().map(q -> ": 「" + q + "」").orElse("");
    }
}

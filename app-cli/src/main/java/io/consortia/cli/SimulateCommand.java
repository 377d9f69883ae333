package io.consortia.cli;

import io.consortia.calendar.StatutoryCalendar;
import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import io.consortia.io.input.TreeFile;
import io.consortia.cli.render.Columns;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.cli.render.Table;
import io.consortia.io.json.Json;
import io.consortia.io.json.SimulationJson;
import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.Flag;
import io.consortia.kernel.lifecycle.GrantedMeasure;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.HistoryReader;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.Note;
import io.consortia.kernel.lifecycle.Obligation;
import io.consortia.kernel.lifecycle.RunningProject;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.SimulationError;
import io.consortia.kernel.lifecycle.SimulationOptions;
import io.consortia.kernel.lifecycle.Simulator;
import io.consortia.kernel.lifecycle.TimelineEntry;
import io.consortia.kernel.parameter.AppliedOverride;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.sanction.UnitRef;
import io.consortia.kernel.text.Text;
import io.vavr.control.Either;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia simulate HISTORY}: replays a lifecycle history (contract §4) through its
 * jurisdiction's policy: the timeline with every rejection's reason and clause, the transitions
 * time makes, the obligations as of a date, the sanctions. Periods are counted per reading R9
 * ({@code --reading R9=civil}); the policy's thresholds may be overridden for the run ({@code
 * --set}); the statutory calendar may be extended with holiday-cn files ({@code --calendar}).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Replay a consortium's lifecycle history through its jurisdiction's rules.",
                "The history is YAML or JSON (contract §4). Working days are counted on China's statutory calendar (bundled years, "
                        + "the user calendar directory, --calendar); a date outside the years it covers is an error unless "
                        + "--approximate-weekdays is given."})
final class SimulateCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "HISTORY", description = "The history file (.yaml, .yml or .json).")
    String history;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class,
            description = "Simulate up to this date (default: the last event's date); later events are not replayed.")
    LocalDate asOf;

    @Option(names = "--reading", paramLabel = "ID=OPTION",
            description = "Switch a reading, e.g. R9=civil (repeatable; the lifecycle reads R9, how periods are counted).")
    List<String> readings;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override a parameter for this run only, e.g. jiyuan.notice.workingDays=7 (repeatable; see 'consortia parameters').")
    List<String> overrides;

    @Mixin
    CalendarArgs calendars;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--approximate-weekdays",
            description = "Count a date outside the statutory calendar's years as Monday-Friday working days (reported) instead of failing.")
    boolean approximate;

    /** The run's day count, for the sanctions' last days. */
    private DayCount dayCount;

    /** How the text is shown. */
    private Page page;

    @Override
    public Integer call() {
        ReadingSet readingSet = ReadingOptions.parse(readings, top.catalog().readings());
        Overrides set = AssessmentArgs.overrides(top, overrides);
        Map<String, LifecyclePolicy> policies = policies(top);
        Inputs inputs = top.inputs();
        TreeFile tree = inputs.tree(history);
        History h = inputs.read(tree, t -> HistoryReader.read(t, policies));
        Optional<UnitRef> lead = h.profile().map(p -> lead(profile(inputs, p, tree)));
        StatutoryCalendar calendar = calendars.load(top);
        CalendarMode mode = approximate ? CalendarMode.WEEKDAY_APPROXIMATION : CalendarMode.STATUTORY;
        Jurisdiction j = top.catalog().get(h.jurisdiction()).orElseThrow();
        Edition edition = edition(j).orElseThrow();
        Bindings values = edition.bind(set);
        dayCount = Reading.dayCount(readingSet);
        Decider decider = new Decider(edition.lifecycle().orElseThrow(),
                new SimulationOptions(calendar.calendar(), mode, dayCount, values));
        Either<SimulationError, Simulation> run = Simulator.run(decider, h.events(), Optional.ofNullable(asOf), lead);
        if (run.isLeft()) {
            SimulationError e = run.getLeft();
            String hint = e instanceof SimulationError.CalendarGap
                    ? " (add the year's holiday-cn file with --calendar, or use --approximate-weekdays to count Monday-Friday)" : "";
            throw new InputException(tree.describe(new Problem(e.path(), e.message().en() + hint)));
        }
        Simulation s = run.get();
        page = top.page();
        top.out.print(format == Format.json
                ? Json.pretty(SimulationJson.of(s, history, dayCount, values.applied(), sources(calendar), top.lang)) + "\n"
                : page.fit(text(s, j, values.applied())));
        return 0;
    }

    /** The lifecycle policy of every installed jurisdiction that has one: its newest edition's. */
    static Map<String, LifecyclePolicy> policies(ConsortiaCommand top) {
        return top.facade().policies();
    }

    static Optional<LifecyclePolicy> policy(Jurisdiction j) {
        return io.consortia.facade.Consortia.policy(j);
    }

    /** The newest edition of the jurisdiction that governs a lifecycle. */
    static Optional<Edition> edition(Jurisdiction j) {
        return io.consortia.facade.Consortia.lifecycleEdition(j);
    }

    /**
     * The profile the history names, relative to the history file (to the working directory for a
     * history on standard input): a regular YAML or JSON file, read within the same limits.
     */
    private Profile profile(Inputs inputs, String relative, TreeFile tree) {
        if (!TreeFile.Format.isYamlOrJson(relative)) {
            throw new InputException(tree.describe(new Problem("profile", "must name a .yaml, .yml or .json file")));
        }
        Path file;
        try {
            Path parent = history.equals(TreeFile.STDIN) ? null : Path.of(history).getParent();
            file = parent == null ? Path.of(relative) : parent.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(tree.describe(new Problem("profile", "not a valid file name")));
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InputException(tree.describe(new Problem("profile", (java.nio.file.Files.exists(file) ? "not a regular file: " : "no such file: ")
                    + file + " (the path is relative to the history file)")));
        }
        return inputs.read(file.toString(), ProfileReader::read);
    }

    private static UnitRef lead(Profile p) {
        return new UnitRef(p.lead().creditCode(), Optional.of(p.lead().name()));
    }

    /** Where each year of the calendar came from, for the years not bundled (the user's directory, --calendar). */
    private static Map<Integer, String> sources(StatutoryCalendar calendar) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        calendar.years().forEach((y, data) -> {
            if (!data.source().startsWith(io.consortia.calendar.ChineseStatutoryCalendar.BUNDLED)) {
                out.put(y, data.source());
            }
        });
        return out;
    }

    private String counting() {
        return dayCount == DayCount.CIVIL ? "civil" : "inclusive";
    }

    // ---------------------------------------------------------------------------------------------
    // text: a readable timeline

    private String text(Simulation s, Jurisdiction j, List<AppliedOverride> applied) {
        StringBuilder out = new StringBuilder();
        out.append(Notes.name(j.identity().name(), page)).append(" · ").append(page.of("生命周期：", "lifecycle of ")).append(history).append('\n');
        out.append(page.of("截至 ", "as of ")).append(s.asOf()).append(" · ")
                .append(s.calendarMode() == CalendarMode.STATUTORY ? page.of("法定工作日历", "statutory working-day calendar")
                        : page.of("允许按周一至周五近似", "weekday approximation allowed"))
                .append(" · ").append(page.of("期间计法", "periods counted")).append(" R9=").append(counting());
        if (!s.approximatedYears().isEmpty()) {
            String years = s.approximatedYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.append(" · ").append(page.of(years + " 年按周一至周五近似（APPROXIMATED）", "APPROXIMATED Monday-Friday for " + years));
        }
        out.append('\n');
        if (!applied.isEmpty()) {
            out.append(page.of("参数假设（仅本次运行）：", "overrides (this run only): "))
                    .append(applied.stream().map(o -> Notes.override(o, page)).collect(Collectors.joining(", "))).append('\n');
        }
        out.append('\n').append(page.of("时间线", "timeline")).append('\n');
        String accepted = page.of("受理", "accepted");
        int eventWidth = s.timeline().stream().mapToInt(e -> Columns.width(event(e))).max().orElse(0);
        for (TimelineEntry e : s.timeline()) {
            String outcome = !e.accepted() ? page.of("驳回", "REJECTED") + "  (" + page.of("仍为 ", "stays ") + e.state().name() + ")"
                    : e.reason().isPresent() ? accepted + "  → " + e.state().name() : accepted + "  (" + e.state().name() + ")";
            out.append("  ").append(e.on()).append("  ").append(Columns.pad(event(e), Math.min(24, eventWidth))).append(' ').append(outcome).append('\n');
            String clause = e.clause().map(c -> " (" + c.ref() + ")").orElse("");
            e.reason().ifPresent(r -> lines(out, r, clause));
            for (int i = 0; i < e.notes().size(); i++) {
                lines(out, e.notes().get(i).text(), i == 0 && e.reason().isEmpty() ? clause : "");
            }
        }
        if (s.notReplayed() > 0) {
            out.append("  … ").append(page.of(s.asOf() + " 之后的 " + s.notReplayed() + " 个事件未回放",
                    s.notReplayed() + " later event" + (s.notReplayed() == 1 ? "" : "s") + " after " + s.asOf() + " not replayed")).append('\n');
        }
        out.append('\n').append(page.of("最终状态", "final state")).append(": ").append(s.finalState().name()).append(' ')
                .append(page.of(s.finalState().label())).append('\n');
        out.append('\n').append(page.of("截至 " + s.asOf() + " 的义务", "obligations as of " + s.asOf())).append('\n');
        if (s.obligations().isEmpty()) {
            out.append("  ").append(page.of("无", "none")).append('\n');
        }
        Table obligations = new Table("  ");
        for (Obligation o : s.obligations()) {
            String when = o.due().map(d -> page.of("期限 ", "due ") + d).orElse(page.of("备案，自 ", "filing since ") + o.since());
            StringBuilder what = new StringBuilder(page.of(o.what())).append(" (").append(o.clause().ref()).append(')');
            o.metOn().ifPresent(d -> what.append(" · ").append(page.of("履行于 ", "met ")).append(d));
            if (o.late()) {
                what.append(o.metOn().isPresent() ? ", " : " · ").append(page.of("逾期", "late"));
            }
            obligations.row(when, o.status().name(), what.toString());
        }
        out.append(obligations.render(page));
        out.append('\n').append(page.of("处罚", "sanctions")).append('\n');
        if (s.sanctions().isEmpty()) {
            out.append("  ").append(page.of("无", "none")).append('\n');
        }
        for (Sanction b : s.sanctions()) {
            out.append("  ").append(page.of(b.unit().display() + " 自 " + b.from() + " 至 " + b.lastDay(dayCount) + "（含当日）不得牵头或参与",
                    b.unit().display() + " barred from " + b.from() + " to " + b.lastDay(dayCount) + " inclusive"))
                    .append(" (").append(b.reason()).append(", ").append(b.jurisdiction()).append(")\n");
        }
        if (!s.measures().isEmpty()) {
            out.append('\n').append(page.of("已给予的支持措施", "support measures granted")).append('\n');
            for (GrantedMeasure m : s.measures()) {
                out.append("  ").append(m.on()).append("  ").append(page.of(m.what())).append(" (").append(m.clause().ref()).append(")\n");
            }
        }
        if (!s.flags().isEmpty()) {
            out.append('\n').append(page.of("待主管部门决定的事项", "pending decisions of the authority")).append('\n');
            for (Flag f : s.flags()) {
                out.append("  ").append(page.of("自 ", "since ")).append(f.raisedOn()).append("  ").append(page.of(f.what())).append(" (")
                        .append(f.clause().ref()).append(")\n");
            }
        }
        if (!s.projects().isEmpty()) {
            out.append('\n').append(page.of("在研项目", "projects running")).append('\n');
            for (RunningProject p : s.projects()) {
                out.append("  ").append(project(p, page)).append('\n');
            }
        }
        return out.toString();
    }

    /** An event as the timeline names it: its type, and "(time)" when time made it. */
    private String event(TimelineEntry e) {
        return e.timeDriven() ? e.event() + page.of("（时间）", " (time)") : e.event();
    }

    /** A running project: its name and level, whether entrusted; or its level and start. */
    private static String project(RunningProject p, Page page) {
        String entrusted = p.entrusted() ? page.of("，受托", ", entrusted") : "";
        return p.name().map(n -> n + " (" + p.level() + entrusted + ")")
                .orElse(page.of(p.since() + " 起的 " + p.level() + (p.entrusted() ? " 受托" : "") + " 项目",
                        p.level() + (p.entrusted() ? " entrusted" : "") + " project since " + p.since()));
    }

    private void lines(StringBuilder out, Text text, String suffix) {
        List<String> ls = page.lines(text);
        for (int i = 0; i < ls.size(); i++) {
            out.append("      ").append(ls.get(i)).append(i == ls.size() - 1 ? suffix : "").append('\n');
        }
    }
}

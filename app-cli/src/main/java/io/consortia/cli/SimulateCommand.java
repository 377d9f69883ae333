package io.consortia.cli;

import io.consortia.calendar.StatutoryCalendar;
import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import io.consortia.io.input.TreeFile;
import io.consortia.cli.render.DisplayWidth;
import io.consortia.cli.render.Notes;
import io.consortia.io.json.Json;
import io.consortia.io.json.Language;
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
@Command(name = "simulate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Replay a consortium's lifecycle history (YAML or JSON, contract §4) through its jurisdiction's rules.",
                "Working days are counted on China's statutory calendar (bundled years, the user calendar directory, --calendar); "
                        + "a date outside the years it covers is an error unless --approximate-weekdays is given."})
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

    @Option(names = "--lang", defaultValue = "BOTH", description = "Language of messages: ZH, EN or BOTH (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--approximate-weekdays",
            description = "Count a date outside the statutory calendar's years as Monday-Friday working days (reported) instead of failing.")
    boolean approximate;

    /** The run's day count, for the sanctions' last days. */
    private DayCount dayCount;

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
        top.out.print(format == Format.json
                ? Json.pretty(SimulationJson.of(s, history, dayCount, values.applied(), sources(calendar), lang)) + "\n"
                : text(s, j, values.applied()));
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
        out.append(j.identity().name().zh()).append(' ').append(j.identity().name().en()).append(" · lifecycle of ").append(history)
                .append('\n');
        out.append("as of ").append(s.asOf()).append(" · ")
                .append(s.calendarMode() == CalendarMode.STATUTORY ? "statutory working-day calendar" : "weekday approximation allowed")
                .append(" · periods counted R9=").append(counting());
        if (!s.approximatedYears().isEmpty()) {
            out.append(" · APPROXIMATED Monday-Friday for ")
                    .append(s.approximatedYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        out.append('\n');
        if (!applied.isEmpty()) {
            out.append("overrides (this run only): ").append(applied.stream().map(Notes::override).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append("\ntimeline\n");
        for (TimelineEntry e : s.timeline()) {
            String event = e.timeDriven() ? e.event() + " (time)" : e.event();
            String outcome = !e.accepted() ? "REJECTED  (stays " + e.state().name() + ")"
                    : e.reason().isPresent() ? "accepted  → " + e.state().name() : "accepted  (" + e.state().name() + ")";
            out.append("  ").append(e.on()).append("  ").append(DisplayWidth.pad(event, 24)).append(' ').append(outcome).append('\n');
            String clause = e.clause().map(c -> " (" + c.ref() + ")").orElse("");
            e.reason().ifPresent(r -> lines(out, r, clause));
            for (int i = 0; i < e.notes().size(); i++) {
                lines(out, e.notes().get(i).text(), i == 0 && e.reason().isEmpty() ? clause : "");
            }
        }
        if (s.notReplayed() > 0) {
            out.append("  … ").append(s.notReplayed()).append(" later event").append(s.notReplayed() == 1 ? "" : "s")
                    .append(" after ").append(s.asOf()).append(" not replayed\n");
        }
        out.append("\nfinal state: ").append(s.finalState().name()).append(' ').append(lang.of(s.finalState().label())).append('\n');
        out.append("\nobligations as of ").append(s.asOf()).append('\n');
        if (s.obligations().isEmpty()) {
            out.append("  none\n");
        }
        for (Obligation o : s.obligations()) {
            String when = o.due().map(d -> "due " + d).orElse("filing since " + o.since());
            out.append("  ").append(DisplayWidth.pad(when, 24)).append(DisplayWidth.pad(o.status().name(), 8))
                    .append(lang.of(o.what())).append(" (").append(o.clause().ref()).append(')');
            o.metOn().ifPresent(d -> out.append(" · met ").append(d));
            if (o.late()) {
                out.append(o.metOn().isPresent() ? ", late" : " · late");
            }
            out.append('\n');
        }
        out.append("\nsanctions\n");
        if (s.sanctions().isEmpty()) {
            out.append("  none\n");
        }
        for (Sanction b : s.sanctions()) {
            out.append("  ").append(b.unit().display()).append(" barred from ").append(b.from()).append(" to ").append(b.lastDay(dayCount))
                    .append(" inclusive (").append(b.reason()).append(", ").append(b.jurisdiction()).append(")\n");
        }
        if (!s.measures().isEmpty()) {
            out.append("\nsupport measures granted\n");
            for (GrantedMeasure m : s.measures()) {
                out.append("  ").append(m.on()).append("  ").append(lang.of(m.what())).append(" (").append(m.clause().ref()).append(")\n");
            }
        }
        if (!s.flags().isEmpty()) {
            out.append("\npending decisions of the authority\n");
            for (Flag f : s.flags()) {
                out.append("  since ").append(f.raisedOn()).append("  ").append(lang.of(f.what())).append(" (").append(f.clause().ref())
                        .append(")\n");
            }
        }
        if (!s.projects().isEmpty()) {
            out.append("\nprojects running\n");
            for (RunningProject p : s.projects()) {
                out.append("  ").append(p.describe()).append('\n');
            }
        }
        return out.toString();
    }

    private void lines(StringBuilder out, Text text, String suffix) {
        List<String> ls = lang.lines(text);
        for (int i = 0; i < ls.size(); i++) {
            out.append("      ").append(ls.get(i)).append(i == ls.size() - 1 ? suffix : "").append('\n');
        }
    }
}

package io.consortia.facade;

import io.consortia.calendar.ChineseStatutoryCalendar;
import io.consortia.facade.record.DecisionRecord;
import io.consortia.facade.record.Replay;
import io.consortia.io.input.Documents;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.InputProblem;
import io.consortia.io.input.Parsed;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.gap.GapPlan;
import io.consortia.kernel.gap.GapPlanner;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.SimulationOptions;
import io.consortia.kernel.lifecycle.Simulator;
import io.consortia.kernel.parameter.AppliedOverride;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.sanction.UnitRef;
import io.vavr.Lazy;
import io.vavr.control.Either;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The consortia kernel for a host application: the installed jurisdictions, and what can be asked
 * of them. Build one with {@link #discover()} (every jurisdiction module found through {@link
 * ServiceLoader}) or {@link #of(Iterable)} (providers the host hands over), keep it, and share it:
 * it is immutable and thread-safe, holds no global state, and every answer is an immutable value.
 *
 * <p>Bad input is a value, never an exception: {@code Either.left} holds every problem found,
 * each an {@link InputProblem} naming its place (the input and line for a document, {@code
 * readings.R1}, {@code set[0]} or {@code jurisdictions[1]} for a setting). A legal outcome, an
 * INELIGIBLE verdict included, is a right value.
 *
 * <pre>{@code
 * Consortia consortia = Consortia.discover().getOrElseThrow(errors -> new IllegalStateException(String.join("; ", errors)));
 * Profile profile = consortia.readProfile(yaml, "profile.yaml", TreeFile.Format.YAML).orElseThrow();
 * consortia.assess(profile, Settings.defaults().withJurisdictions("suzhou"))
 *         .forEach(decisions -> decisions.forEach(d -> System.out.println(d.jurisdiction() + " " + d.assessment().verdict())));
 * }</pre>
 *
 * @since 0.2
 */
public final class Consortia {

    /**
     * Chinese policies count days in China's time zone: "today" is today there. China Standard
     * Time is UTC+8 all year (no daylight saving time since 1991): a fixed offset, so that no host
     * loads the time-zone database to learn the date.
     */
    public static final ZoneId CHINA = java.time.ZoneOffset.ofHours(8);

    private final List<JurisdictionProvider> providers;
    private final JurisdictionCatalog catalog;
    private final Clock clock;
    private final InputLimits limits;
    private final Lazy<WorkingDayCalendar> calendar;
    private final Lazy<Versions> versions;

    private Consortia(List<JurisdictionProvider> providers, JurisdictionCatalog catalog, Clock clock, InputLimits limits,
                      Lazy<WorkingDayCalendar> calendar, Lazy<Versions> versions) {
        this.providers = providers;
        this.catalog = catalog;
        this.clock = clock;
        this.limits = limits;
        this.calendar = calendar;
        this.versions = versions;
    }

    /** Every jurisdiction module visible to this module, found through {@link ServiceLoader}. */
    public static Either<List<String>, Consortia> discover() {
        return of(ServiceLoader.load(JurisdictionProvider.class));
    }

    /** Every jurisdiction module in a module layer (and its parents): plug-ins loaded in a layer of their own. */
    public static Either<List<String>, Consortia> discover(ModuleLayer layer) {
        return of(ServiceLoader.load(layer, JurisdictionProvider.class));
    }

    /**
     * The jurisdictions of these providers.
     *
     * @return the facade, or every problem found: a provider that fails, two with one id, none at all
     */
    public static Either<List<String>, Consortia> of(Iterable<? extends JurisdictionProvider> providers) {
        List<JurisdictionProvider> list = new ArrayList<>();
        providers.forEach(list::add);
        if (list.isEmpty()) {
            return Either.left(List.of("no jurisdiction module is installed (none found through ServiceLoader)"));
        }
        List<JurisdictionProvider> fixed = List.copyOf(list);
        return JurisdictionCatalog.of(fixed).map(c -> new Consortia(fixed, c, Clock.system(CHINA), InputLimits.DEFAULT,
                Lazy.of(ChineseStatutoryCalendar::load), Lazy.of(() -> Versions.of(fixed))));
    }

    /**
     * The jurisdictions of a catalog already made, for example of plug-ins loaded in module layers
     * of their own (the catalog keeps each jurisdiction's provider).
     */
    public static Consortia of(JurisdictionCatalog catalog) {
        List<JurisdictionProvider> fixed = catalog.all().stream().map(j -> catalog.provider(j.id()).orElseThrow()).toList();
        return new Consortia(fixed, catalog, Clock.system(CHINA), InputLimits.DEFAULT, Lazy.of(ChineseStatutoryCalendar::load),
                Lazy.of(() -> Versions.of(fixed)));
    }

    /** The same jurisdictions with another clock: "today", the reference date when neither settings nor profile give one. */
    public Consortia withClock(Clock c) {
        return new Consortia(providers, catalog, Objects.requireNonNull(c, "clock"), limits, calendar, versions);
    }

    /** The same jurisdictions reading documents within other limits (default: {@link InputLimits#DEFAULT}). */
    public Consortia withLimits(InputLimits l) {
        return new Consortia(providers, catalog, clock, Objects.requireNonNull(l, "limits"), calendar, versions);
    }

    /** The same jurisdictions simulating on another working-day calendar (default: China's statutory calendar). */
    public Consortia withCalendar(WorkingDayCalendar c) {
        Objects.requireNonNull(c, "calendar");
        return new Consortia(providers, catalog, clock, limits, Lazy.of(() -> c), versions);
    }

    // ------------------------------------------------------------------ what is installed

    /** The kernel's catalog of the installed jurisdictions. */
    public JurisdictionCatalog catalog() {
        return catalog;
    }

    /** Every installed jurisdiction, by id. */
    public List<Jurisdiction> jurisdictions() {
        return catalog.all();
    }

    public Optional<Jurisdiction> jurisdiction(String id) {
        return catalog.get(id);
    }

    /** Every parameter of every jurisdiction's newest edition: the names overrides take. */
    public List<Parameter> parameters() {
        return catalog.parameters();
    }

    /**
     * A rule by id: {@code suzhou.S5}, or the catalog id alone ({@code S5}) when one jurisdiction
     * has it.
     */
    public Optional<Rule> rule(String id) {
        String text = id.strip();
        Optional<RuleId> parsed = RuleId.parse(text);
        if (parsed.isPresent()) {
            return catalog.rule(parsed.get());
        }
        List<Rule> found = new ArrayList<>();
        for (Jurisdiction j : catalog.all()) {
            j.rule(new RuleId(j.id(), text.toUpperCase(Locale.ROOT))).ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The module versions of the kernel, the facade and every jurisdiction, as their descriptors give them. */
    public Versions versions() {
        return versions.get();
    }

    /** The limits documents are read within. */
    public InputLimits limits() {
        return limits;
    }

    // ------------------------------------------------------------------ reading documents

    /** Reads a profile from YAML or JSON text; {@code name} is what problems call the input. */
    public Parsed<Profile> readProfile(String text, String name, TreeFile.Format format) {
        return Documents.profile(text, name, format, limits, catalog.facts());
    }

    /** Reads a profile from a stream of YAML or JSON (at most the size limit and one byte are read; the stream is not closed). */
    public Parsed<Profile> readProfile(InputStream in, String name, TreeFile.Format format) {
        return Documents.profile(in, name, format, limits, catalog.facts());
    }

    /** Reads a registry from YAML or JSON text. */
    public Parsed<Registry> readRegistry(String text, String name, TreeFile.Format format) {
        return Documents.registry(text, name, format, limits);
    }

    /** Reads a lifecycle history from YAML or JSON text. */
    public Parsed<History> readHistory(String text, String name, TreeFile.Format format) {
        return Documents.history(text, name, format, limits, policies());
    }

    // ------------------------------------------------------------------ assess, gap, simulate

    /** What settings resolve to, checked against the installed jurisdictions. */
    record Resolved(List<Jurisdiction> jurisdictions, ReadingSet readings, Overrides overrides, List<String> specs, Optional<LocalDate> asOf,
                    Optional<Registry> registry) {

        LocalDate asOf(Profile p, Clock clock) {
            return asOf.orElseGet(() -> p.appliedOn().orElseGet(() -> LocalDate.now(clock)));
        }

        String asOfSource(Profile p) {
            return asOf.isPresent() ? "asOf" : p.appliedOn().isPresent() ? "appliedOn" : "today";
        }

        AssessmentOptions options(Profile p, Clock clock) {
            return new AssessmentOptions(asOf(p, clock), readings, registry, overrides);
        }
    }

    Either<List<InputProblem>, Resolved> resolve(Settings s) {
        List<InputProblem> problems = new ArrayList<>();
        List<Jurisdiction> selected = new ArrayList<>();
        for (int i = 0; i < s.jurisdictions().size(); i++) {
            String id = s.jurisdictions().get(i);
            Optional<Jurisdiction> j = catalog.get(id);
            if (j.isEmpty()) {
                problems.add(setting("jurisdictions[" + i + "]", "unknown jurisdiction " + quote(id) + "; installed: " + String.join(", ", catalog.ids())));
            } else if (!selected.contains(j.get())) {
                selected.add(j.get());
            }
        }
        ReadingSet readings = Readings.of(s.readings(), catalog.readings())
                .peekLeft(refused -> refused.forEach(r -> problems.add(setting("readings." + r.id(), r.message()))))
                .getOrElse(ReadingSet.defaults());
        Overrides overrides = Overrides.none();
        if (!s.overrides().isEmpty()) {
            Either<List<String>, Overrides> parsed = catalog.overrides(s.overrides());
            parsed.peekLeft(ps -> ps.forEach(p -> problems.add(setting("set", p.startsWith("--set ") ? p.substring(6) : p))));
            overrides = parsed.getOrElse(Overrides.none());
        }
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        return Either.right(new Resolved(selected.isEmpty() ? catalog.all() : selected, readings, overrides, s.overrides(), s.asOf(), s.registry()));
    }

    private static InputProblem setting(String path, String message) {
        return new InputProblem("", -1, -1, path, message);
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 64 ? s.substring(0, 64) + "…" : s) + "\"";
    }

    /**
     * Assesses a profile in the jurisdictions the settings name (all, when none), in their order.
     * Evaluates every rule and keeps every finding with its evidence.
     *
     * @return one decision per jurisdiction, or the settings' problems
     */
    public Either<List<InputProblem>, List<Decision>> assess(Profile profile, Settings settings) {
        Objects.requireNonNull(profile, "profile");
        return resolve(settings).map(r -> {
            List<Decision> out = new ArrayList<>();
            AssessmentOptions options = r.options(profile, clock);
            // One panel: the members are transposed once for every jurisdiction asked.
            List<Assessment> assessments = catalog.panel(r.jurisdictions()).assess(profile, options);
            for (int i = 0; i < assessments.size(); i++) {
                out.add(decision(profile, r.jurisdictions().get(i), assessments.get(i), options, r.asOfSource(profile), r.specs()));
            }
            return List.copyOf(out);
        });
    }

    /**
     * One decision with options already resolved (for hosts that resolve their own options, as the
     * command does).
     *
     * @param asOfSource where the options' date came from: {@code asOf}, {@code appliedOn} or {@code today}
     * @param overrideSpecs the overrides as given, {@code NAME=VALUE}
     */
    public Decision decide(Profile profile, Jurisdiction jurisdiction, AssessmentOptions options, String asOfSource, List<String> overrideSpecs) {
        return decision(profile, jurisdiction, jurisdiction.assess(profile, options), options, asOfSource, overrideSpecs);
    }

    private static Decision decision(Profile profile, Jurisdiction jurisdiction, Assessment assessment, AssessmentOptions options,
                                     String asOfSource, List<String> overrideSpecs) {
        Edition edition = jurisdiction.editionOn(options.asOf()).orElse(jurisdiction.editions().get(0));
        return new Decision(profile, assessment, edition, options.asOf(), asOfSource, options.readings(),
                overrideSpecs, options.overrides(), options.registry());
    }

    /** The gap plan of one jurisdiction. */
    public record Gap(Jurisdiction jurisdiction, GapPlan plan) {}

    /**
     * What stands between the profile and ELIGIBLE in each jurisdiction the settings name (all,
     * when none): changes and open questions, each plan checked by assessing the changed profile.
     * With more than one jurisdiction, ranked: those whose plan closes the gap first, the cheapest first.
     */
    public Either<List<InputProblem>, List<Gap>> gap(Profile profile, Settings settings) {
        Objects.requireNonNull(profile, "profile");
        return resolve(settings).map(r -> {
            List<Gap> out = new ArrayList<>();
            for (Jurisdiction j : r.jurisdictions()) {
                out.add(new Gap(j, GapPlanner.plan(j, profile, r.options(profile, clock))));
            }
            if (out.size() > 1) {
                out.sort(Comparator.comparing((Gap g) -> !g.plan().closes()).thenComparingInt(g -> g.plan().cost()));
            }
            return List.copyOf(out);
        });
    }

    /** The lifecycle policy of every installed jurisdiction that has one: its newest edition's. */
    public Map<String, LifecyclePolicy> policies() {
        Map<String, LifecyclePolicy> out = new LinkedHashMap<>();
        for (Jurisdiction j : catalog.all()) {
            policy(j).ifPresent(p -> out.put(j.id(), p));
        }
        return out;
    }

    /** A jurisdiction's lifecycle policy: its newest edition's that has one. */
    public static Optional<LifecyclePolicy> policy(Jurisdiction j) {
        return lifecycleEdition(j).flatMap(Edition::lifecycle);
    }

    /** A jurisdiction's newest edition that governs a lifecycle. */
    public static Optional<Edition> lifecycleEdition(Jurisdiction j) {
        List<Edition> editions = j.editions();
        for (int i = editions.size() - 1; i >= 0; i--) {
            if (editions.get(i).lifecycle().isPresent()) {
                return Optional.of(editions.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Replays a lifecycle history through its jurisdiction's procedure with the published
     * parameters and the default readings: the timeline, the obligations as of the date, the
     * sanctions.
     *
     * @param asOf the date to simulate to (default: the last event's)
     * @param profile the consortium's profile, when known (names the lead in a sanction)
     * @param mode the statutory calendar only, or a Monday–Friday approximation outside its years
     * @return the simulation, or the problem that stopped it, with its place ({@code events[3].on})
     */
    public Either<List<InputProblem>, Simulation> simulate(History history, Optional<LocalDate> asOf, Optional<Profile> profile,
                                                           CalendarMode mode) {
        return simulate(history, asOf, profile, mode, Settings.defaults()).map(Simulated::simulation);
    }

    /**
     * A simulation with what it ran under: how periods were counted (reading R9) and the parameter
     * overrides applied.
     */
    public record Simulated(Simulation simulation, DayCount dayCount, List<AppliedOverride> overrides) {}

    /**
     * Replays a lifecycle history under the settings' readings (R9: how periods are counted) and
     * parameter overrides (a lifecycle parameter such as {@code jiyuan.notice.workingDays}); the
     * settings' jurisdictions, date and registry are not used.
     */
    public Either<List<InputProblem>, Simulated> simulate(History history, Optional<LocalDate> asOf, Optional<Profile> profile,
                                                          CalendarMode mode, Settings settings) {
        Optional<Edition> edition = catalog.get(history.jurisdiction()).flatMap(Consortia::lifecycleEdition);
        if (edition.isEmpty()) {
            return Either.left(List.of(setting("jurisdiction", "no installed jurisdiction " + quote(history.jurisdiction())
                    + " with a lifecycle policy (installed: " + String.join(", ", policies().keySet()) + ")")));
        }
        return resolve(settings.withJurisdictions(List.of())).flatMap(r -> {
            Bindings values = edition.get().bind(r.overrides());
            DayCount count = Reading.dayCount(r.readings());
            Optional<UnitRef> lead = profile.map(p -> new UnitRef(p.lead().creditCode(), Optional.of(p.lead().name())));
            Decider decider = new Decider(edition.get().lifecycle().orElseThrow(), new SimulationOptions(calendar.get(), mode, count, values));
            return Simulator.run(decider, history.events(), asOf, lead)
                    .mapLeft(e -> List.of(setting(e.path(), e.message().en())))
                    .map(s -> new Simulated(s, count, values.applied()));
        });
    }

    // ------------------------------------------------------------------ decision records

    /**
     * The decision record of a decision (docs/formats/decision-record.md).
     *
     * @return the record, or the problem that keeps the profile or registry from a canonical form
     *     (an amount with more significant digits than a JSON number holds exactly), with its place
     */
    public Either<List<InputProblem>, DecisionRecord> record(Decision decision) {
        return DecisionRecord.of(decision, versions());
    }

    /**
     * Assesses a recorded decision's profile again under the current rules, with the recorded date,
     * readings, overrides and registry, and says what changed.
     *
     * @return the replay, or why the record cannot be replayed (altered, of an unknown format
     *     version, a jurisdiction or reading no longer installed), with its place
     */
    public Either<List<InputProblem>, Replay> replay(DecisionRecord record) {
        return Replay.of(this, record, List.of());
    }

    /**
     * Replays a recorded decision under other parameter values: the recorded overrides, with these
     * ({@code NAME=VALUE}) on top, replacing recorded ones of the same name.
     */
    public Either<List<InputProblem>, Replay> replay(DecisionRecord record, List<String> overrides) {
        return Replay.of(this, record, overrides);
    }
}

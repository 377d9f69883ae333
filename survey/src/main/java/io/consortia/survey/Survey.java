package io.consortia.survey;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.Panel;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey of a population in progress: each profile added is assessed in every jurisdiction under
 * the baseline and, in the same pass, under the scenario and with each reading switched, and only
 * counts are kept, so memory does not grow with the population. One survey per thread; {@link
 * #merge} joins them; {@link #result} summarises.
 *
 * <p>Counted per jurisdiction: the verdicts under the baseline and the scenario and the
 * transitions between them; per rule, how often it fails, is unknown, and is the binding
 * constraint (the only binding rule standing between a profile and ELIGIBLE); per reading, how
 * often switching it alone changes the baseline verdict.
 *
 * @since 0.2
 */
public final class Survey {

    /** What a survey is run under: readings and parameter overrides, and the reference date when fixed. */
    public record Setting(ReadingSet readings, Overrides overrides) {
        public Setting {
            Objects.requireNonNull(readings, "readings");
            Objects.requireNonNull(overrides, "overrides");
        }

        public static Setting defaults() {
            return new Setting(ReadingSet.defaults(), Overrides.none());
        }
    }

    /**
     * @param asOf the reference date of every assessment; empty: each profile's {@code appliedOn},
     *     else {@code today}
     * @param scenario a second setting assessed in the same pass, when a what-if is asked
     * @param sensitivity whether to count, for each reading, the profiles whose verdict it flips
     */
    public record Options(Optional<LocalDate> asOf, LocalDate today, Setting baseline, Optional<Setting> scenario, boolean sensitivity,
                          Optional<Registry> registry) {
        public Options {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(registry, "registry");
        }
    }

    private static final Verdict[] VERDICTS = Verdict.values();

    private final List<Jurisdiction> jurisdictions;
    /** The jurisdictions assessing each profile from one pass over its members. */
    private final Panel panel;
    private final Options options;
    private final Tally[] tallies;
    private long profiles;
    private long rejected;
    /** The baseline's options for the last reference date (most populations have one). */
    private AssessmentOptions base;

    public Survey(List<Jurisdiction> jurisdictions, Options options) {
        this(Panel.of(jurisdictions), options);
    }

    private Survey(Panel panel, Options options) {
        this.panel = panel;
        this.jurisdictions = panel.jurisdictions();
        this.options = options;
        this.tallies = new Tally[this.jurisdictions.size()];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new Tally(this.jurisdictions.get(i));
        }
    }

    /** A survey like this one with nothing counted (for another thread). */
    public Survey fresh() {
        return new Survey(panel, options);
    }

    /** Counts an input that could not be read as a profile. */
    public void reject() {
        rejected++;
    }

    /** Assesses a profile and counts what it shows. */
    public void add(Profile profile) {
        profiles++;
        LocalDate asOf = options.asOf().isPresent() ? options.asOf().get() : profile.appliedOn().orElse(options.today());
        if (base == null || !base.asOf().equals(asOf)) {
            base = new AssessmentOptions(asOf, options.baseline().readings(), options.registry(), options.baseline().overrides());
        }
        List<Assessment> assessments = panel.assess(profile, base);
        for (int j = 0; j < tallies.length; j++) {
            Jurisdiction jurisdiction = jurisdictions.get(j);
            Tally t = tallies[j];
            Assessment a = assessments.get(j);
            Verdict v = a.verdict();
            t.base[v.ordinal()]++;
            EditionInfo e = t.info(a);
            // An INELIGIBLE profile stays INELIGIBLE under other readings or parameters when a
            // MANDATORY rule that fails reads none of them: its outcome cannot change. Most of a
            // population is INELIGIBLE, so most re-evaluations are not needed (the counts are
            // the same; SurveyTest checks them against assessing every profile anew).
            long kept = t.count(a, v, e);
            if (options.scenario().isPresent()) {
                Verdict w = (kept & EditionInfo.SCENARIO) != 0 ? v
                        : jurisdiction.reassess(a, options.scenario().get().readings(), options.scenario().get().overrides()).verdict();
                t.scenario[w.ordinal()]++;
                t.transitions[v.ordinal()][w.ordinal()]++;
            }
            if (options.sensitivity()) {
                for (int r = 0; r < t.readings.length; r++) {
                    if ((kept & (1L << r)) != 0) {
                        continue;
                    }
                    Verdict w = jurisdiction.reassess(a, t.flipped[r], base.overrides()).verdict();
                    if (w != v) {
                        t.flips[r]++;
                        t.flipsTo[r][w.ordinal()]++;
                    }
                }
            }
        }
    }

    /** Adds another survey's counts (of the same jurisdictions and options) to this one. */
    public Survey merge(Survey other) {
        profiles += other.profiles;
        rejected += other.rejected;
        for (int j = 0; j < tallies.length; j++) {
            tallies[j].merge(other.tallies[j]);
        }
        return this;
    }

    public long profiles() {
        return profiles;
    }

    public long rejected() {
        return rejected;
    }

    /** The counts so far, as an immutable summary. */
    public SurveyResult result() {
        List<SurveyResult.JurisdictionResult> out = new ArrayList<>();
        for (Tally t : tallies) {
            out.add(t.result());
        }
        return new SurveyResult(profiles, rejected, options, out);
    }

    /**
     * An edition's rules as the survey needs them: each rule's index in the survey's counts, and
     * for each rule which of the settings to re-evaluate it could change: a bit per reading of the
     * sensitivity (the rule reads the reading, or the reading makes it less than MANDATORY) and
     * {@link #SCENARIO} (the rule reads a reading or a parameter the scenario changes, or the
     * scenario makes it less than MANDATORY).
     */
    private final class EditionInfo {
        /** The scenario's bit, beside the readings' bits 0 to 62. */
        static final long SCENARIO = Long.MIN_VALUE;

        final Rule first;
        final int[] map;
        /** For each rule, the settings under which it stays a failing MANDATORY rule if it fails now. */
        final long[] keeps;

        EditionInfo(Tally t, Assessment a) {
            first = a.rule(0);
            int n = a.ruleCount();
            map = new int[n];
            keeps = new long[n];
            Setting base = options.baseline();
            Optional<Setting> scenario = options.scenario();
            for (int i = 0; i < n; i++) {
                Rule rule = a.rule(i);
                map[i] = t.index(rule);
                List<Reading> reads = rule.readings();
                long keep = 0;
                for (int r = 0; r < t.readings.length && r < 63; r++) {
                    if (!reads.contains(t.readings[r]) && rule.strength(t.flipped[r]) == Strength.MANDATORY) {
                        keep |= 1L << r;
                    }
                }
                if (scenario.isPresent() && rule.strength(scenario.get().readings()) == Strength.MANDATORY
                        && reads.stream().noneMatch(r -> base.readings().isAlternative(r) != scenario.get().readings().isAlternative(r))
                        && rule.parameters().stream().noneMatch(p -> changed(t.jurisdiction.id() + "." + p.localName(), base, scenario.get()))) {
                    keep |= SCENARIO;
                }
                keeps[i] = keep;
            }
        }

        private boolean changed(String parameter, Setting base, Setting scenario) {
            return !base.overrides().get(parameter).equals(scenario.overrides().get(parameter));
        }
    }

    /** The counts of one jurisdiction. */
    private final class Tally {
        final Jurisdiction jurisdiction;
        final long[] base = new long[VERDICTS.length];
        final long[] scenario = new long[VERDICTS.length];
        final long[][] transitions = new long[VERDICTS.length][VERDICTS.length];
        /** Rules by id, in the newest edition's order (editions of other dates map by id). */
        final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        final List<Rule> rules = new ArrayList<>();
        long[] fails = new long[0];
        long[] unknowns = new long[0];
        long[] binding = new long[0];
        final Reading[] readings;
        /** The baseline's readings with each reading switched, made once. */
        final ReadingSet[] flipped;
        final long[] flips;
        final long[][] flipsTo;
        /** What is known of each edition's rules, by the identity of its first rule. */
        private final Map<Rule, EditionInfo> editions = new java.util.IdentityHashMap<>();
        private EditionInfo last;

        Tally(Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
            this.readings = jurisdiction.readings().toArray(Reading[]::new);
            this.flipped = new ReadingSet[readings.length];
            ReadingSet baseline = options.baseline().readings();
            for (int r = 0; r < readings.length; r++) {
                flipped[r] = baseline.with(readings[r], !baseline.isAlternative(readings[r]));
            }
            this.flips = new long[readings.length];
            this.flipsTo = new long[readings.length][VERDICTS.length];
            for (Rule r : jurisdiction.latest().rules()) {
                index(r);
            }
        }

        private int index(Rule r) {
            Integer at = ruleIndex.get(r.id().toString());
            if (at != null) {
                return at;
            }
            ruleIndex.put(r.id().toString(), rules.size());
            rules.add(r);
            fails = java.util.Arrays.copyOf(fails, rules.size());
            unknowns = java.util.Arrays.copyOf(unknowns, rules.size());
            binding = java.util.Arrays.copyOf(binding, rules.size());
            return rules.size() - 1;
        }

        /** The assessment's edition, as this survey sees it. */
        EditionInfo info(Assessment a) {
            if (last != null && last.first == a.rule(0)) {
                return last;
            }
            last = editions.computeIfAbsent(a.rule(0), first -> new EditionInfo(this, a));
            return last;
        }

        /**
         * Counts the assessment's findings; returns the settings under which its verdict stays
         * INELIGIBLE (those that keep some failing MANDATORY rule failing; none unless it is
         * INELIGIBLE).
         */
        long count(Assessment run, Verdict verdict, EditionInfo edition) {
            int[] map = edition.map;
            long[] keeps = edition.keeps;
            int blocking = 0;
            int only = -1;
            long kept = 0;
            // A rule that passes (or was not evaluated) counts nowhere: only the others are visited.
            for (int i = run.nextNotPassing(0); i >= 0; i = run.nextNotPassing(i + 1)) {
                Outcome o = run.outcome(i);
                Strength s = run.strength(i);
                if (o == Outcome.FAIL) {
                    fails[map[i]]++;
                    if (s == Strength.MANDATORY) {
                        kept |= keeps[i];
                    }
                } else {
                    unknowns[map[i]]++;
                }
                if (s.bindsVerdict()) {
                    blocking++;
                    only = map[i];
                }
            }
            if (verdict != Verdict.ELIGIBLE && blocking == 1) {
                binding[only]++;
            }
            return verdict == Verdict.INELIGIBLE ? kept : 0;
        }

        void merge(Tally o) {
            add(base, o.base);
            add(scenario, o.scenario);
            for (int i = 0; i < transitions.length; i++) {
                add(transitions[i], o.transitions[i]);
            }
            for (int i = 0; i < o.rules.size(); i++) {
                int at = index(o.rules.get(i));
                fails[at] += o.fails[i];
                unknowns[at] += o.unknowns[i];
                binding[at] += o.binding[i];
            }
            add(flips, o.flips);
            for (int i = 0; i < flipsTo.length; i++) {
                add(flipsTo[i], o.flipsTo[i]);
            }
        }

        private void add(long[] into, long[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }

        SurveyResult.JurisdictionResult result() {
            List<SurveyResult.RuleResult> ruleResults = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                ruleResults.add(new SurveyResult.RuleResult(r.id().toString(), r.strength(), r.clause(), r.requirement(), fails[i], unknowns[i], binding[i]));
            }
            List<SurveyResult.ReadingResult> readingResults = new ArrayList<>();
            for (int i = 0; i < readings.length; i++) {
                readingResults.add(new SurveyResult.ReadingResult(readings[i], flips[i], counts(flipsTo[i])));
            }
            long[][] tr = new long[VERDICTS.length][];
            for (int i = 0; i < tr.length; i++) {
                tr[i] = transitions[i].clone();
            }
            return new SurveyResult.JurisdictionResult(jurisdiction.id(), jurisdiction.identity().name(), jurisdiction.latest().document(),
                    counts(base), options.scenario().isPresent() ? Optional.of(counts(scenario)) : Optional.empty(),
                    options.scenario().isPresent() ? Optional.of(tr) : Optional.empty(), ruleResults,
                    options.sensitivity() ? readingResults : List.of());
        }

        private Map<Verdict, Long> counts(long[] c) {
            Map<Verdict, Long> m = new LinkedHashMap<>();
            for (Verdict v : VERDICTS) {
                m.put(v, c[v.ordinal()]);
            }
            return m;
        }
    }
}

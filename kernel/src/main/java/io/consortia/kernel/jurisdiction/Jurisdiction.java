package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.ReadingChoice;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.engine.Program;
import io.consortia.kernel.engine.ProgramSet;
import io.consortia.kernel.engine.Run;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A jurisdiction as its provider registered it: identity, readings and dated editions. Immutable;
 * obtained from a {@link JurisdictionCatalog}.
 */
public final class Jurisdiction {

    private final Identity identity;
    private final List<Reading> readings;
    private final List<io.consortia.kernel.profile.OwnFact<?>> facts;
    private final List<Edition> editions;
    /**
     * The last date asked and the edition in force on it (surveys ask the same date again and
     * again). Read and written without a lock by every thread that assesses: the pair is immutable,
     * so a thread sees a whole one, and a write lost to another thread's only costs a search.
     */
    private InForce last;

    private record InForce(LocalDate date, Edition edition) {}

    Jurisdiction(Identity identity, List<Reading> readings, List<io.consortia.kernel.profile.OwnFact<?>> facts, List<Edition> editions) {
        this.identity = identity;
        this.readings = List.copyOf(readings);
        this.facts = List.copyOf(facts);
        List<Edition> sorted = new ArrayList<>(editions);
        sorted.sort(Comparator.comparing(e -> e.inForceFrom().orElse(LocalDate.MIN)));
        this.editions = List.copyOf(sorted);
    }

    public Identity identity() {
        return identity;
    }

    public String id() {
        return identity.id();
    }

    /** The readings this jurisdiction's rules consult. */
    public List<Reading> readings() {
        return readings;
    }

    /**
     * The facts of its own the jurisdiction declares, in the order declared.
     *
     * @since 0.3
     */
    public List<io.consortia.kernel.profile.OwnFact<?>> facts() {
        return facts;
    }

    /** The editions, oldest first. */
    public List<Edition> editions() {
        return editions;
    }

    /** The newest edition. */
    public Edition latest() {
        return editions.get(editions.size() - 1);
    }

    /** The edition in force on the date; empty when the date precedes every edition. */
    public Optional<Edition> editionOn(LocalDate date) {
        return Optional.ofNullable(inForce(date));
    }

    /** The newest edition in force on the date, or null. */
    private Edition inForce(LocalDate date) {
        InForce known = last;
        if (known != null && known.date.equals(date)) {
            return known.edition;
        }
        Edition found = null;
        for (int i = editions.size() - 1; i >= 0 && found == null; i--) {
            if (editions.get(i).inForceOn(date)) {
                found = editions.get(i);
            }
        }
        last = new InForce(date, found);
        return found;
    }

    /** The rule with this id in the newest edition that has it. */
    public Optional<Rule> rule(RuleId id) {
        for (int i = editions.size() - 1; i >= 0; i--) {
            Optional<Rule> r = editions.get(i).rule(id);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * Assesses a profile against the edition in force on the reference date (the earliest edition
     * when the date precedes them all, which the assessment records), with the overrides that name
     * that edition's parameters. Evaluates every rule and keeps every finding with its evidence;
     * cross-consortium rules only when a registry is given.
     */
    public Assessment assess(Profile profile, AssessmentOptions options) {
        return assess(profile, options, null, null);
    }

    /** As {@link #assess(Profile, AssessmentOptions)}, reading the members from a scan of a set containing this jurisdiction's programs. */
    Assessment assess(Profile profile, AssessmentOptions options, ProgramSet set, ProgramSet.Scan scan) {
        Edition edition = inForce(options.asOf());
        boolean inForce = edition != null;
        if (edition == null) {
            edition = editions.get(0);
        }
        Bindings bindings = edition.bind(options.overrides());
        Run run = set == null
                ? edition.program().run(profile, options.asOf(), options.readings(), options.registry(), bindings)
                : set.run(edition.program(), scan, options.asOf(), options.readings(), options.registry(), bindings);
        return new Assessment(id(), edition.document(), inForce, readings, edition.namer(), run);
    }

    /** Every edition's compiled rules. */
    List<Program> programs() {
        List<Program> out = new ArrayList<>();
        editions.forEach(e -> out.add(e.program()));
        return out;
    }

    /**
     * The same profile, as already assessed, under other readings and overrides (same reference
     * date and registry): only the rules are evaluated again, not the members, and only those that
     * read a reading or a parameter whose value differs.
     */
    public Assessment reassess(Assessment a, io.consortia.kernel.reading.ReadingSet readings, io.consortia.kernel.parameter.Overrides overrides) {
        Edition inForce = inForce(a.asOf());
        Edition edition = inForce != null ? inForce : editions.get(0);
        Run run = a.run().under(readings, edition.bind(overrides));
        return new Assessment(id(), edition.document(), inForce != null, this.readings, edition.namer(), run);
    }

    /** Every parameter of the newest edition, in the order declared. */
    public List<Parameter> parameters() {
        return latest().parameters();
    }

    /** The parameter with this full name in the newest edition that declares it. */
    public Optional<Parameter> parameter(String name) {
        for (int i = editions.size() - 1; i >= 0; i--) {
            Optional<Parameter> p = editions.get(i).parameter(name);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Jurisdiction[" + id() + "]";
    }
}

package io.consortia.kernel.assessment;

import io.consortia.kernel.engine.Run;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.AppliedOverride;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of one profile in one jurisdiction: the verdict and every finding, in rule
 * order, with what it was assessed against (edition, date, readings, parameter overrides,
 * registry). Findings carry their evidence; their prose is rendered only when asked for.
 *
 * @since 0.1
 */
public final class Assessment {

    private final String jurisdiction;
    private final Document edition;
    private final boolean editionInForce;
    private final List<io.consortia.kernel.reading.Reading> consulted;
    private final Optional<java.util.function.UnaryOperator<String>> naming;
    private final Run run;
    private volatile List<Finding> findings;

    /**
     * @param editionInForce false when the reference date precedes every edition and the earliest
     *     was applied anyway
     * @param consulted the readings the jurisdiction's rules consult (the answers are the run's)
     * @param naming the policy's naming pattern, applied to a field, when it has one
     */
    public Assessment(String jurisdiction, Document edition, boolean editionInForce, List<io.consortia.kernel.reading.Reading> consulted,
                      Optional<java.util.function.UnaryOperator<String>> naming, Run run) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.editionInForce = editionInForce;
        this.consulted = consulted;
        this.naming = Objects.requireNonNull(naming, "naming");
        this.run = Objects.requireNonNull(run, "run");
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    /** The document of the edition applied. */
    public Document edition() {
        return edition;
    }

    public boolean editionInForce() {
        return editionInForce;
    }

    public LocalDate asOf() {
        return run.asOf();
    }

    public Profile profile() {
        return run.profile();
    }

    /** The readings the jurisdiction's rules consult, with the answer used. */
    public List<ReadingChoice> readings() {
        List<ReadingChoice> out = new ArrayList<>(consulted.size());
        for (io.consortia.kernel.reading.Reading r : consulted) {
            out.add(new ReadingChoice(r, run.readings().isAlternative(r)));
        }
        return out;
    }

    /** Whether cross-consortium (⊕) rules were evaluated. */
    public boolean registryUsed() {
        return run.registry().isPresent();
    }

    public Verdict verdict() {
        return run.verdict();
    }

    /** The parameter overrides this assessment applied (those that name this edition's parameters). */
    public List<AppliedOverride> overrides() {
        return run.bindings().applied();
    }

    /** Whether the document is in force (济源's draft for comments is not): contract §2 {@code binding}. */
    public boolean binding() {
        return edition.binding();
    }

    /** The caveat of a document that is not binding. */
    public Optional<Text> caveat() {
        return edition.caveat();
    }

    /**
     * The suggested official name: what the policy's naming pattern gives a consortium of the
     * profile's field ("苏州市电子信息创新联合体"); empty when the policy has no pattern or the profile no field.
     */
    public Optional<String> officialName() {
        return naming.flatMap(n -> run.profile().field().map(n));
    }

    /** Every finding, in rule order (cross-consortium rules only when a registry was given). */
    public List<Finding> findings() {
        List<Finding> f = findings;
        if (f == null) {
            List<Finding> out = new ArrayList<>(run.size());
            for (int i = 0; i < run.size(); i++) {
                if (run.evaluated(i)) {
                    out.add(new Finding(run.program().rules().get(i), run.strength(i), run.outcome(i), run, i));
                }
            }
            f = List.copyOf(out);
            findings = f;
        }
        return f;
    }

    /**
     * How many rules the edition applied has: with {@link #rule}, {@link #evaluated}, {@link
     * #outcome(int)}, {@link #strength(int)} and {@link #nextNotPassing}, the findings by index,
     * without building them (for surveys of millions of profiles).
     */
    public int ruleCount() {
        return run.size();
    }

    /** The edition's rule {@code i}. */
    public io.consortia.kernel.rule.Rule rule(int i) {
        return run.program().rules().get(i);
    }

    /** Whether rule {@code i} was evaluated (a cross-consortium rule is not, without a registry). */
    public boolean evaluated(int i) {
        return run.evaluated(i);
    }

    /** Rule {@code i}'s outcome. */
    public Outcome outcome(int i) {
        return run.outcome(i);
    }

    /**
     * The first rule from {@code i} on that was evaluated and failed or is unknown, or -1: the
     * findings that are not PASS by index, without visiting the others.
     */
    public int nextNotPassing(int i) {
        return run.nextNotPassing(i);
    }

    /** Rule {@code i}'s strength under the readings in force. */
    public io.consortia.kernel.outcome.Strength strength(int i) {
        return run.strength(i);
    }

    /** The findings with this outcome, in rule order. */
    public List<Finding> withOutcome(Outcome outcome) {
        return findings().stream().filter(x -> x.outcome() == outcome).toList();
    }

    /** The finding of a rule, by catalog id ({@code S5}). */
    public Optional<Finding> finding(String catalogId) {
        return findings().stream().filter(x -> x.rule().id().catalogId().equals(catalogId)).findFirst();
    }

    /** The run behind the assessment (kernel use). */
    public Run run() {
        return run;
    }

    @Override
    public String toString() {
        return "Assessment[" + jurisdiction + " " + verdict() + "]";
    }
}

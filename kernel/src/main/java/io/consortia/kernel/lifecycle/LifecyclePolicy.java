package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.ParameterValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a jurisdiction says about a consortium's life, as data: the procedure (steps, actors, core
 * states), the public notice and validity period if any, the annual reports owed, what evaluation
 * grades bring, the guards on changes and dissolution, the changes that end the consortium, the
 * sanction on a defaulting lead, and transitions of its own. From these the kernel builds one
 * transition table, which the {@link Decider} runs and the diagrams and invariants read.
 * Thresholds are parameters of the edition, resolved per run. A jurisdiction states its policy
 * through {@link LifecycleSetup} ({@code EditionSetup.lifecycle()}); the kernel builds this.
 *
 * @since 0.1 (0.2: built by the kernel from the registrar, thresholds as parameters, one table)
 */
public final class LifecyclePolicy {

    private final String jurisdiction;
    private final Procedure procedure;
    private final Clause supervision;
    private final Optional<NoticeRule> notice;
    private final Optional<Validity> validity;
    private final List<ReportDuty> reports;
    private final Optional<GradeScale> gradeScale;
    private final List<GradeRule> gradeRules;
    private final List<Guard> guards;
    private final List<Ending> endings;
    private final Optional<SanctionRule> sanction;
    private final List<FilingDuty> filings;
    private final List<Remark> remarks;
    private final List<OwnTransition> own;
    /**
     * Built when first asked for (a simulation, a diagram), not with the policy: it cannot fail
     * (the draft was checked before the policy was made), and building the five jurisdictions'
     * tables was a tenth of every command's start (docs/performance.md, Start-up). Thread-safe.
     */
    private final io.vavr.Lazy<TransitionTable> table = io.vavr.Lazy.of(() -> TransitionTable.of(this));

    LifecyclePolicy(String jurisdiction, Procedure procedure, Clause supervision, Optional<NoticeRule> notice, Optional<Validity> validity,
                    List<ReportDuty> reports, Optional<GradeScale> gradeScale, List<GradeRule> gradeRules, List<Guard> guards,
                    List<Ending> endings, Optional<SanctionRule> sanction, List<FilingDuty> filings, List<Remark> remarks,
                    List<OwnTransition> own) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.supervision = Objects.requireNonNull(supervision, "supervision");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.reports = List.copyOf(reports);
        this.gradeScale = Objects.requireNonNull(gradeScale, "gradeScale");
        this.gradeRules = List.copyOf(gradeRules);
        this.guards = List.copyOf(guards);
        this.endings = List.copyOf(endings);
        this.sanction = Objects.requireNonNull(sanction, "sanction");
        this.filings = List.copyOf(filings);
        this.remarks = List.copyOf(remarks);
        this.own = List.copyOf(own);
    }

    /** The jurisdiction id ({@code qingdao}). */
    public String jurisdiction() {
        return jurisdiction;
    }

    public Procedure procedure() {
        return procedure;
    }

    /**
     * The clause for what the text leaves to the authority's general supervision (termination,
     * and events the procedure does not otherwise place).
     */
    public Clause supervision() {
        return supervision;
    }

    public Optional<NoticeRule> notice() {
        return notice;
    }

    public Optional<Validity> validity() {
        return validity;
    }

    public List<ReportDuty> reports() {
        return reports;
    }

    /** The grades the text enumerates; empty when it does not (every grade is accepted). */
    public Optional<GradeScale> gradeScale() {
        return gradeScale;
    }

    public List<GradeRule> gradeRules() {
        return gradeRules;
    }

    public List<Guard> guards() {
        return guards;
    }

    public List<Ending> endings() {
        return endings;
    }

    public Optional<SanctionRule> sanction() {
        return sanction;
    }

    /** The changes the text asks to be filed once made. */
    public List<FilingDuty> filings() {
        return filings;
    }

    /** The remarks the text puts on accepted events. */
    public List<Remark> remarks() {
        return remarks;
    }

    /** The filing duty a change of the type opens, if any. */
    public Optional<FilingDuty> filingOn(EventType type) {
        return filings.stream().filter(f -> f.changes().contains(type)).findFirst();
    }

    /** The transitions the jurisdiction adds to the kernel's. */
    public List<OwnTransition> ownTransitions() {
        return own;
    }

    TransitionTable table() {
        return table.get();
    }

    /** The clause of the first step the event records, else the supervision clause. */
    public Clause clauseFor(EventType type) {
        return clauseFor(type.name());
    }

    Clause clauseFor(String event) {
        return procedure.steps().stream().filter(s -> s.events().contains(event)).map(Step::clause).findFirst().orElse(supervision);
    }

    /** Every clause the policy cites, in the order it cites them (the kernel checks their quotes against the document). */
    public List<Clause> clauses() {
        List<Clause> out = new ArrayList<>();
        procedure.steps().forEach(s -> out.add(s.clause()));
        out.add(supervision);
        notice.ifPresent(n -> out.add(n.clause()));
        validity.ifPresent(v -> out.add(v.clause()));
        reports.forEach(r -> out.add(r.clause()));
        gradeScale.ifPresent(g -> out.add(g.clause()));
        gradeRules.forEach(r -> out.add(r.clause()));
        guards.forEach(g -> out.add(g.clause()));
        endings.forEach(e -> out.add(e.clause()));
        sanction.ifPresent(x -> out.add(x.clause()));
        filings.forEach(f -> out.add(f.clause()));
        remarks.forEach(r -> out.add(r.clause()));
        own.forEach(t -> out.add(t.clause()));
        return List.copyOf(out);
    }

    /** The parameters the policy reads (the kernel checks they are declared in the same edition). */
    public List<Param<?>> parameters() {
        Set<Param<?>> out = new LinkedHashSet<>();
        notice.flatMap(NoticeRule::minWorkingDays).ifPresent(out::add);
        validity.ifPresent(v -> out.add(v.years()));
        reports.forEach(r -> out.add(r.due()));
        gradeRules.forEach(r -> r.consecutive().ifPresent(out::add));
        sanction.ifPresent(x -> out.add(x.years()));
        procedure.steps().forEach(s -> out.addAll(s.parameters()));
        return List.copyOf(out);
    }

    /** The guards on the event type, in order. */
    public List<Guard> guardsOn(EventType type) {
        return guards.stream().filter(g -> g.events().contains(type)).toList();
    }

    /** The ending the event type brings, if any. */
    public Optional<Ending> endingOn(EventType type) {
        return endings.stream().filter(e -> e.events().contains(type)).findFirst();
    }

    /** Whether a history may send the event: a core one, or one of this procedure's own. */
    public boolean knows(String eventName) {
        return EventType.byName(eventName).filter(EventType::sendable).isPresent() || procedure.ownEvents().contains(eventName);
    }

    /**
     * Every change of core state the policy allows, with the parameters' declared values: the
     * edges of its state diagram, read from its transition table.
     */
    public List<Transition> transitions() {
        return transitions(DeclaredValues.INSTANCE);
    }

    /** The edges of the state diagram with the parameters' values in force. */
    public List<Transition> transitions(ParameterValues values) {
        return table().all().stream().filter(m -> !m.keepsState()).map(m -> m.view(values)).toList();
    }

    /** Every row of the transition table, state changes and events accepted in place alike. */
    public List<Transition> table(ParameterValues values) {
        return table().all().stream().map(m -> m.view(values)).toList();
    }

    @Override
    public String toString() {
        return "LifecyclePolicy[" + jurisdiction + "]";
    }
}

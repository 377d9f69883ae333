package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a jurisdiction says about a consortium's life, as data the {@link Decider} runs: the
 * procedure (steps, actors, core states), the public notice and validity period if any, the
 * annual reports owed, what evaluation grades bring, the guards on changes and dissolution, the
 * changes that end the consortium, and the sanction on a defaulting lead. Build one with {@link
 * #builder}; a jurisdiction registers it with {@code EditionSetup.lifecycle}.
 *
 * @param jurisdiction the jurisdiction id ({@code qingdao})
 * @param supervision the clause for what the text leaves to the authority's general supervision
 *     (termination, and events the procedure does not otherwise place)
 * @param gradeScale the grades the text enumerates; empty when it does not (every grade is accepted)
 */
public record LifecyclePolicy(String jurisdiction, Procedure procedure, Clause supervision, Optional<NoticeRule> notice,
                              Optional<Validity> validity, List<ReportDuty> reports, Optional<GradeScale> gradeScale,
                              List<GradeRule> gradeRules, List<Guard> guards, List<Ending> endings,
                              Optional<SanctionRule> sanction) {

    public LifecyclePolicy {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(gradeScale, "gradeScale");
        Objects.requireNonNull(sanction, "sanction");
        reports = List.copyOf(reports);
        gradeRules = List.copyOf(gradeRules);
        guards = List.copyOf(guards);
        endings = List.copyOf(endings);
        for (EventType needed : List.of(EventType.APPLIED, EventType.REVIEWED, EventType.ESTABLISHED)) {
            requireStep(procedure, needed, "every procedure");
        }
        if (notice.isPresent()) {
            requireStep(procedure, EventType.NOTICE_STARTED, "a procedure with a public notice");
            requireStep(procedure, EventType.NOTICE_ENDED, "a procedure with a public notice");
        }
        if (validity.isPresent()) {
            requireStep(procedure, EventType.RENEWAL_APPLIED, "a procedure with a validity period");
        }
        for (GradeRule r : gradeRules) {
            if (gradeScale.isPresent() && !gradeScale.get().grades().contains(r.grade())) {
                throw new IllegalArgumentException(jurisdiction + ": a grade rule on " + r.grade() + ", which its scale lacks");
            }
        }
    }

    private static void requireStep(Procedure procedure, EventType type, String who) {
        if (procedure.steps().stream().noneMatch(s -> s.events().contains(type.name()))) {
            throw new IllegalArgumentException(who + " has a step recorded by " + type);
        }
    }

    /** A builder for the policy of the jurisdiction. */
    public static Builder builder(String jurisdiction) {
        return new Builder(jurisdiction);
    }

    /** The clause of the first step the event records, else the supervision clause. */
    public Clause clauseFor(EventType type) {
        return procedure.steps().stream().filter(s -> s.events().contains(type.name())).map(Step::clause).findFirst()
                .orElse(supervision);
    }

    /** Every clause the policy cites, in the order it cites them (for checking quotes against the source). */
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
        return List.copyOf(out);
    }

    /** The parameters the policy reads (declared in the same edition). */
    public List<io.consortia.kernel.parameter.Param<?>> parameters() {
        return List.of();
    }

    /** The guards on the event type, in order. */
    public List<Guard> guardsOn(EventType type) {
        return guards.stream().filter(g -> g.events().contains(type)).toList();
    }

    /** The ending the event type brings, if any. */
    public Optional<Ending> endingOn(EventType type) {
        return endings.stream().filter(e -> e.events().contains(type)).findFirst();
    }

    /** Whether the event name is core or this procedure's own. */
    public boolean knows(String eventName) {
        return EventType.byName(eventName).filter(EventType::sendable).isPresent() || procedure.ownEvents().contains(eventName);
    }

    /**
     * Every change of core state the policy allows: the edges of its state diagram. The decider
     * changes the core state only along these.
     */
    public List<Transition> transitions() {
        List<Transition> out = new ArrayList<>();
        CoreState p = CoreState.PROPOSED;
        CoreState u = CoreState.UNDER_REVIEW;
        CoreState n = CoreState.PUBLIC_NOTICE;
        CoreState e = CoreState.ESTABLISHED;
        out.add(new Transition(p, EventType.APPLIED.name(), Optional.empty(), u, clauseFor(EventType.APPLIED)));
        Text failed = Text.of("未通过审核", "passed: false");
        Text withdrawn = Text.of("撤回申请", "application withdrawn");
        out.add(new Transition(u, EventType.REVIEWED.name(), Optional.of(failed), CoreState.REJECTED, clauseFor(EventType.REVIEWED)));
        out.add(new Transition(u, EventType.DISSOLUTION_REQUESTED.name(), Optional.of(withdrawn), CoreState.DISSOLVED, supervision));
        if (notice.isPresent()) {
            NoticeRule rule = notice.get();
            Text length = rule.minWorkingDays()
                    .map(d -> Text.of("公示满" + d + "个工作日", "after at least " + d + " working days"))
                    .orElse(Text.of("公示结束", "the notice ran"));
            out.add(new Transition(u, EventType.NOTICE_STARTED.name(), Optional.of(Text.of("审核通过后", "after a passed review")), n,
                    rule.clause()));
            out.add(new Transition(n, EventType.NOTICE_ENDED.name(), Optional.of(length), u, rule.clause()));
            out.add(new Transition(n, EventType.NOTICE_OBJECTED.name(), Optional.empty(), u, rule.clause()));
            out.add(new Transition(n, EventType.ESTABLISHED.name(),
                    Optional.of(Text.of("无异议，", "no objection, ").concat("", "", length)), e, rule.clause()));
            out.add(new Transition(u, EventType.ESTABLISHED.name(),
                    Optional.of(Text.of("公示无异议后", "after a notice without objection")), e, clauseFor(EventType.ESTABLISHED)));
            out.add(new Transition(n, EventType.REVIEWED.name(), Optional.of(failed), CoreState.REJECTED, clauseFor(EventType.REVIEWED)));
            out.add(new Transition(n, EventType.DISSOLUTION_REQUESTED.name(), Optional.of(withdrawn), CoreState.DISSOLVED, supervision));
        } else {
            out.add(new Transition(u, EventType.ESTABLISHED.name(), Optional.of(Text.of("审核通过后", "after a passed review")), e,
                    clauseFor(EventType.ESTABLISHED)));
        }
        out.add(new Transition(e, EventType.TERMINATED.name(), Optional.empty(), CoreState.REVOKED, clauseFor(EventType.TERMINATED)));
        List<Guard> dissolutionGuards = guardsOn(EventType.DISSOLUTION_REQUESTED);
        out.add(new Transition(e, EventType.DISSOLUTION_REQUESTED.name(),
                dissolutionGuards.isEmpty() ? Optional.empty()
                        : Optional.of(Text.of("除非：", "unless: ").concat("", "", dissolutionGuards.get(0).says())),
                CoreState.DISSOLVED, dissolutionGuards.isEmpty() ? supervision : dissolutionGuards.get(0).clause()));
        for (GradeRule r : gradeRules) {
            if (r.consequence() instanceof Consequence.Revoke) {
                String times = r.consecutive() == 1 ? "" : " ×" + r.consecutive();
                out.add(new Transition(e, EventType.EVALUATED.name(),
                        Optional.of(Text.of(r.grade().label().zh() + times, r.grade().name() + times)), CoreState.REVOKED, r.clause()));
            }
        }
        for (Ending end : endings) {
            for (EventType t : EnumSet.copyOf(end.events())) {
                out.add(new Transition(e, t.name(), Optional.empty(), end.to(), end.clause()));
            }
        }
        if (validity.isPresent()) {
            Validity v = validity.get();
            out.add(new Transition(e, EventType.EXPIRED.name(),
                    Optional.of(Text.of("组建满" + v.years() + "年", v.years() + " years after establishment")), CoreState.EXPIRED, v.clause()));
            out.add(new Transition(CoreState.EXPIRED, EventType.RENEWAL_APPLIED.name(), Optional.empty(), u, v.clause()));
            out.add(new Transition(CoreState.EXPIRED, EventType.DISSOLUTION_REQUESTED.name(), Optional.empty(), CoreState.DISSOLVED,
                    supervision));
        }
        return List.copyOf(out);
    }

    /** Collects a policy; {@link #build} checks it. */
    public static final class Builder {
        private final String jurisdiction;
        private final List<Step> steps = new ArrayList<>();
        private Clause supervision;
        private NoticeRule notice;
        private Validity validity;
        private final List<ReportDuty> reports = new ArrayList<>();
        private GradeScale gradeScale;
        private final List<GradeRule> gradeRules = new ArrayList<>();
        private final List<Guard> guards = new ArrayList<>();
        private final List<Ending> endings = new ArrayList<>();
        private SanctionRule sanction;

        private Builder(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        public Builder step(Step step) {
            steps.add(step);
            return this;
        }

        public Builder supervision(Clause clause) {
            this.supervision = clause;
            return this;
        }

        public Builder notice(NoticeRule rule) {
            this.notice = rule;
            return this;
        }

        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        public Builder report(ReportDuty duty) {
            reports.add(duty);
            return this;
        }

        public Builder grades(Set<Grade> grades, Clause clause) {
            this.gradeScale = new GradeScale(grades, clause);
            return this;
        }

        public Builder onGrade(GradeRule rule) {
            gradeRules.add(rule);
            return this;
        }

        public Builder guard(Guard guard) {
            guards.add(guard);
            return this;
        }

        public Builder ending(Ending ending) {
            endings.add(ending);
            return this;
        }

        public Builder sanction(SanctionRule rule) {
            this.sanction = rule;
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalArgumentException when the definition is inconsistent (a programming error
         *     in the jurisdiction module)
         * @throws NullPointerException when no supervision clause was given
         */
        public LifecyclePolicy build() {
            return new LifecyclePolicy(jurisdiction, new Procedure(steps), Objects.requireNonNull(supervision, "supervision clause"),
                    Optional.ofNullable(notice), Optional.ofNullable(validity), reports, Optional.ofNullable(gradeScale), gradeRules,
                    guards, endings, Optional.ofNullable(sanction));
        }
    }
}

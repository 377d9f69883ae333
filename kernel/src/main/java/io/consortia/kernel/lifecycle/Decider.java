package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.OutsideCalendar;
import io.consortia.kernel.text.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs a {@link LifecyclePolicy}'s transition table as a pure decider. {@link #decide} takes a
 * state and a history event, finds the table's row for (phase, event), runs its checks and
 * effects, and returns the facts the event establishes, or a rejection with its reason and clause;
 * {@link #evolve} applies facts (each applies itself); {@link #lapses} gives the transitions time
 * makes by itself. No clock and no I/O: calendar, day count and parameter values are {@link
 * SimulationOptions}, so the same history always gives the same result.
 *
 * <p>Rules common to every policy (contract §4): terminal states absorb every later event; an
 * event the table has no row for in the current phase is rejected, saying where it is accepted.
 */
public final class Decider {

    private final LifecyclePolicy policy;
    private final SimulationOptions options;

    public Decider(LifecyclePolicy policy, SimulationOptions options) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
    }

    public LifecyclePolicy policy() {
        return policy;
    }

    public SimulationOptions options() {
        return options;
    }

    // ---------------------------------------------------------------------------------------------
    // decide

    /** Decides the event against the state. Never throws for any state and event. */
    public Decision decide(LifecycleState s, Event e) {
        if (s.phase() instanceof Phase.Closed closed) {
            Closure c = closed.closure();
            return reject(Text.of(
                    "联合体已于" + c.on() + "进入终态（" + c.state().label().zh() + "），不再接受任何事件",
                    "the consortium is " + c.state() + " since " + c.on() + "; a terminal state accepts no further event"), c.clause());
        }
        Context c = new Context(s, e, policy, options);
        Optional<Move> row = policy.table().rows(s.core(), e.name()).stream().filter(m -> !m.timeDriven && m.applies(c)).findFirst();
        if (row.isEmpty()) {
            return misplaced(s, e);
        }
        try {
            return decide(s, e, c, row.get());
        } catch (DateTimeException far) {
            // Counting days past the end of the date range: no calendar covers it.
            return new Decision.Undecidable(new OutsideCalendar(e.on(), options.calendar().coveredYears()));
        }
    }

    private Decision decide(LifecycleState s, Event e, Context c, Move m) {
        Draft d = new Draft(m.clause);
        for (Move.Check check : m.checks) {
            check.apply(c, d);
            if (d.stopped()) {
                break;
            }
        }
        if (d.gap != null) {
            return new Decision.Undecidable(d.gap);
        }
        if (d.rejection != null) {
            return new Decision.Rejected(d.rejection, d.rejectionClause, d.approximated);
        }
        d.reason = m.reason.apply(c);
        for (Move.Effect effect : m.effects) {
            effect.apply(c, d);
            if (d.gap != null) {
                return new Decision.Undecidable(d.gap);
            }
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact.Happened(e));
        Phase next = m.to.isTerminal() ? new Phase.Closed(new Closure(e.on(), m.to, d.reason, d.clause)) : e.enter(s.phase(), c);
        if (next.core() != m.to) {
            throw new IllegalStateException(e.name() + " entered " + next.core() + " where the table leads to " + m.to);
        }
        if (!next.equals(s.phase())) {
            facts.add(new Fact.Moved(e.on(), next));
        }
        facts.addAll(d.facts);
        return new Decision.Accepted(facts, d.reason, Optional.of(d.clause), d.notes, d.approximated);
    }

    /** The rejection of an event the table has no row for in the current phase. */
    private Decision misplaced(LifecycleState s, Event e) {
        List<Move> elsewhere = policy.table().rowsOf(e.name()).stream().filter(m -> !m.timeDriven).toList();
        if (elsewhere.isEmpty()) {
            return reject(absent(e), absentClause(e));
        }
        Set<CoreState> states = new LinkedHashSet<>();
        elsewhere.forEach(m -> states.add(m.from));
        Text label = e.type().map(EventType::label).orElse(Text.of(e.name(), e.name()));
        String zh = states.stream().map(x -> x.label().zh()).collect(Collectors.joining("、"));
        String en = states.stream().map(CoreState::name).collect(Collectors.joining(" or "));
        return reject(Text.of(e.name() + "（" + label.zh() + "）仅在" + zh + "阶段受理；联合体现为" + s.phase().describe().zh(),
                e.name() + " (" + label.en() + ") is accepted while the consortium is " + en + "; it is " + s.phase().describe().en()),
                elsewhere.get(0).clause);
    }

    /** Why the procedure has no place at all for the event. */
    private Text absent(Event e) {
        return e.type().flatMap(EventType::absent)
                .orElse(Text.of("本政策的程序没有" + e.name() + "这一事件", "this policy's procedure has no event " + e.name()));
    }

    private Clause absentClause(Event e) {
        return e.type().filter(t -> t.name().startsWith("NOTICE_")).map(t -> policy.clauseFor(EventType.ESTABLISHED))
                .orElse(policy.supervision());
    }

    private static Decision reject(Text reason, Clause clause) {
        return new Decision.Rejected(reason, clause, new TreeSet<>());
    }

    // ---------------------------------------------------------------------------------------------
    // time

    /** A transition time makes by itself: a timeline entry of its own, with its facts. */
    public record Lapse(LocalDate on, String event, List<Fact> facts, Text reason, Clause clause) {
        public Lapse {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(event, "event");
            facts = List.copyOf(facts);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** The transitions time makes by the end of {@code upTo}: a validity running out. */
    public List<Lapse> lapses(LifecycleState s, LocalDate upTo) {
        if (!(s.phase() instanceof Phase.Established e) || e.expiresOn().isEmpty() || e.expiresOn().get().isAfter(upTo)) {
            return List.of();
        }
        Optional<Move> row = policy.table().rows(CoreState.ESTABLISHED, EventType.EXPIRED.name()).stream().findFirst();
        if (row.isEmpty()) {
            return List.of();
        }
        LocalDate on = e.expiresOn().get();
        Text why = Text.of("有效期届满（" + e.since() + "组建）", "the standing ran out (established " + e.since() + ")");
        return List.of(new Lapse(on, EventType.EXPIRED.name(), List.of(new Fact.Moved(on, new Phase.Expired(on, e.since()))), why,
                row.get().clause));
    }

    // ---------------------------------------------------------------------------------------------
    // evolve

    /** Applies the facts in order. */
    public LifecycleState evolve(LifecycleState s, List<Fact> facts) {
        LifecycleState out = s;
        for (Fact f : facts) {
            out = f.apply(out);
        }
        return out;
    }

    /** Applies one fact. */
    public LifecycleState evolve(LifecycleState s, Fact f) {
        return f.apply(s);
    }
}

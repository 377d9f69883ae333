package io.consortia.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.Decision;
import io.consortia.kernel.lifecycle.Event;
import io.consortia.kernel.sanction.UnitRef;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.LifecycleState;
import io.consortia.kernel.lifecycle.Obligation;
import io.consortia.kernel.lifecycle.ObligationStatus;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.Simulator;
import io.consortia.kernel.lifecycle.TimelineEntry;
import io.consortia.kernel.lifecycle.Transition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The invariants of issue 4 over one random history, for any policy: the kernel checks them on
 * synthetic policies ({@code LifecycleProperties}), every jurisdiction on its own through the TCK.
 * Every assertion names the seed that replays the history ({@link RandomHistories}).
 */
public final class LifecycleInvariants {

    private LifecycleInvariants() {}

    /** The lead every history starts with, in the simulator and in the step-by-step replay alike. */
    private static final Optional<UnitRef> LEAD = Optional.of(UnitRef.named("甲公司"));

    static Simulation simulate(Decider decider, List<Event> events, Optional<LocalDate> asOf) {
        return Simulator.run(decider, events, asOf, LEAD).get();
    }

    /** Every invariant on the history the seed generates for the policy. */
    public static void check(Decider decider, LifecyclePolicy p, long seed) {
        List<Event> events = RandomHistories.history(new Random(seed), p);
        coreStatesOnly(decider, p, events, seed);
        rejectedLeavesStateUnchanged(decider, p, events, seed);
        terminalAbsorbs(decider, p, events, seed);
        deterministic(decider, p, events, seed);
        obligationsNotEarly(decider, p, events, seed);
        transitionsDeclared(decider, p, events, seed);
        acceptedEventsAreRows(decider, p, events, seed);
    }

    /** No exception; every state is a core state; one timeline entry per event. */
    public static void coreStatesOnly(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        Simulation s = simulate(decider, events, Optional.empty());
        assertThat(s.timeline()).as("seed %d, %s", seed, p.jurisdiction()).allSatisfy(e -> assertThat(e.state()).isIn((Object[]) CoreState.values()));
        assertThat(s.timeline().stream().filter(e -> !e.timeDriven())).as("seed %d: one entry per event", seed).hasSize(events.size());
        assertThat(s.finalState()).isIn((Object[]) CoreState.values());
    }

    /** A rejected event changes nothing: leaving it out gives the same simulation. */
    public static void rejectedLeavesStateUnchanged(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        LifecycleState state = LifecycleState.initial(LEAD);
        List<Event> accepted = new ArrayList<>();
        for (Event e : events) {
            for (Decider.Lapse lapse : decider.lapses(state, e.on())) {
                state = decider.evolve(state, lapse.facts());
            }
            Decision d = decider.decide(state, e);
            if (d instanceof Decision.Rejected) {
                assertThat(decider.decide(state, e)).as("seed %d: deciding is a function", seed).isEqualTo(d);
                continue;
            }
            state = decider.evolve(state, ((Decision.Accepted) d).facts());
            accepted.add(e);
        }
        Optional<LocalDate> asOf = Optional.of(events.get(events.size() - 1).on());
        Simulation all = simulate(decider, events, asOf);
        Simulation only = simulate(decider, accepted, asOf);
        assertThat(only.last()).as("seed %d, %s", seed, p.jurisdiction()).isEqualTo(all.last());
        assertThat(only.obligations()).as("seed %d", seed).isEqualTo(all.obligations());
        assertThat(only.timeline().stream().allMatch(TimelineEntry::accepted)).as("seed %d", seed).isTrue();
    }

    /** After a terminal state every event is rejected and the state stays. */
    public static void terminalAbsorbs(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        List<TimelineEntry> t = simulate(decider, events, Optional.empty()).timeline();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).state().isTerminal()) {
                CoreState end = t.get(i).state();
                for (TimelineEntry later : t.subList(i + 1, t.size())) {
                    assertThat(later.accepted()).as("seed %d, %s: %s after %s", seed, p.jurisdiction(), later.event(), end).isFalse();
                    assertThat(later.state()).as("seed %d", seed).isEqualTo(end);
                }
                break;
            }
        }
    }

    /** Replaying the same history gives the same result. */
    public static void deterministic(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        assertThat(simulate(decider, events, Optional.empty())).as("seed %d, %s", seed, p.jurisdiction())
                .isEqualTo(simulate(decider, List.copyOf(events), Optional.empty()));
        assertThat(RandomHistories.history(new Random(seed), p)).as("seed %d: the generator replays", seed).isEqualTo(events);
    }

    /**
     * No obligation is due before the event that creates it, and statuses agree with the dates: a
     * report is MET exactly when a report on its year was accepted, OPEN before its due date and
     * OVERDUE after; a filing has no due date, is never OVERDUE, arises on its change's day, and is
     * late exactly when met or still open more than 30 days after the change.
     */
    public static void obligationsNotEarly(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        Simulation s = simulate(decider, events, Optional.empty());
        for (Obligation o : s.obligations()) {
            LocalDate established = s.last().firstEstablishedOn().orElseThrow();
            assertThat(o.since()).as("seed %d, %s: %s", seed, p.jurisdiction(), o).isAfterOrEqualTo(established).isBeforeOrEqualTo(s.asOf());
            if (o.kind() == Obligation.Kind.CHANGE_FILING) {
                assertThat(o.due()).as("seed %d: a filing has no due date", seed).isEmpty();
                assertThat(o.status()).as("seed %d", seed).isNotEqualTo(ObligationStatus.OVERDUE);
                LocalDate reference = o.metOn().orElse(s.asOf());
                assertThat(o.late()).as("seed %d: %s", seed, o).isEqualTo(reference.isAfter(o.since().plusDays(30)));
                o.metOn().ifPresent(m -> assertThat(m).as("seed %d", seed).isAfterOrEqualTo(o.since()));
                continue;
            }
            LocalDate due = o.due().orElseThrow();
            int year = o.year().orElseThrow();
            assertThat(o.since()).as("seed %d, %s: %s", seed, p.jurisdiction(), o).isBeforeOrEqualTo(due);
            assertThat(o.since().getYear()).as("seed %d", seed).isEqualTo(year);
            assertThat(o.status() == ObligationStatus.MET).as("seed %d", seed).isEqualTo(s.last().ledger().reports().containsKey(year));
            if (o.status() == ObligationStatus.OVERDUE) {
                assertThat(s.asOf()).as("seed %d", seed).isAfter(due);
            }
            if (o.status() == ObligationStatus.OPEN) {
                assertThat(s.asOf()).as("seed %d", seed).isBeforeOrEqualTo(due);
            }
        }
        long accepted = s.timeline().stream()
                .filter(e -> e.accepted() && e.notes().stream().anyMatch(n -> n.code().equals("FILED") || n.code().equals("FILING_OPEN")))
                .count();
        assertThat(s.obligations().stream().filter(o -> o.kind() == Obligation.Kind.CHANGE_FILING).count())
                .as("seed %d: one filing per accepted change the policy files", seed).isEqualTo(accepted);
    }

    /** Every change of state is a declared transition of the policy and says why. */
    public static void transitionsDeclared(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        List<Transition> edges = p.transitions();
        CoreState before = CoreState.PROPOSED;
        for (TimelineEntry e : simulate(decider, events, Optional.empty()).timeline()) {
            if (e.state() != before) {
                CoreState from = before;
                assertThat(edges).as("seed %d, %s: %s --%s--> %s", seed, p.jurisdiction(), from, e.event(), e.state())
                        .anyMatch(t -> t.from() == from && t.to() == e.state() && t.event().equals(e.event()));
                assertThat(e.reason()).as("seed %d: a change of state says why", seed).isPresent();
            }
            before = e.state();
        }
    }

    /** Every accepted event, whether it changes the state or not, is a row of the policy's transition table. */
    public static void acceptedEventsAreRows(Decider decider, LifecyclePolicy p, List<Event> events, long seed) {
        List<Transition> rows = p.table(decider.options().values());
        CoreState before = CoreState.PROPOSED;
        for (TimelineEntry e : simulate(decider, events, Optional.empty()).timeline()) {
            if (e.accepted()) {
                CoreState from = before;
                assertThat(rows).as("seed %d, %s: %s --%s--> %s is a row", seed, p.jurisdiction(), from, e.event(), e.state())
                        .anyMatch(t -> t.from() == from && t.to() == e.state() && t.event().equals(e.event()));
            }
            before = e.state();
        }
    }
}

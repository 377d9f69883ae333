package io.consortia.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the decider over random event sequences, for a policy with every feature and for
 * a plain one. QuickTheories reports the falsifying seed; {@code RandomHistories.history(new
 * Random(seed), policy)} replays the history, and every assertion names the seed too.
 */
class LifecycleProperties {

    private static final int EXAMPLES = 400;
    private static final List<LifecyclePolicy> POLICIES = List.of(TestPolicies.full(), TestPolicies.plain());

    private static Simulation simulate(LifecyclePolicy policy, List<Event> events) {
        return simulate(policy, events, Optional.empty());
    }

    private static Simulation simulate(LifecyclePolicy policy, List<Event> events, Optional<LocalDate> asOf) {
        return Simulator.run(TestPolicies.decider(policy), events, asOf, Optional.of(LeadUnit.named("甲公司"))).get();
    }

    private static void forEachPolicy(long seed, java.util.function.BiConsumer<LifecyclePolicy, List<Event>> check) {
        for (LifecyclePolicy p : POLICIES) {
            check.accept(p, RandomHistories.history(new Random(seed), p));
        }
    }

    @Test
    void simulatingNeverThrowsAndEveryStateIsACoreState() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> forEachPolicy(seed, (p, events) -> {
            Simulation s = simulate(p, events);
            assertThat(s.timeline()).as("seed %d, %s", seed, p.jurisdiction()).allSatisfy(e -> assertThat(e.state()).isIn((Object[]) CoreState.values()));
            assertThat(s.timeline().stream().filter(e -> !e.timeDriven())).as("seed %d: one entry per event", seed).hasSize(events.size());
            assertThat(s.finalState()).isIn((Object[]) CoreState.values());
        }));
    }

    @Test
    void aRejectedEventLeavesTheStateUnchanged() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> forEachPolicy(seed, (p, events) -> {
            Decider decider = TestPolicies.decider(p);
            LifecycleState state = LifecycleState.initial(Optional.empty());
            List<Event> accepted = new ArrayList<>();
            for (Event e : events) {
                for (Fact f : decider.timeFacts(state, e.on())) {
                    state = decider.evolve(state, f);
                }
                Decision d = decider.decide(state, e);
                if (d instanceof Decision.Rejected) {
                    assertThat(decider.decide(state, e)).as("seed %d: deciding is a function", seed).isEqualTo(d);
                    continue;
                }
                state = decider.evolve(state, ((Decision.Accepted) d).facts());
                accepted.add(e);
            }
            // Leaving the rejected events out changes nothing at all.
            Optional<LocalDate> asOf = Optional.of(events.get(events.size() - 1).on());
            Simulation all = simulate(p, events, asOf);
            Simulation only = simulate(p, accepted, asOf);
            assertThat(only.last()).as("seed %d, %s", seed, p.jurisdiction()).isEqualTo(all.last());
            assertThat(only.obligations()).as("seed %d", seed).isEqualTo(all.obligations());
            assertThat(only.timeline().stream().allMatch(TimelineEntry::accepted)).as("seed %d", seed).isTrue();
        }));
    }

    @Test
    void terminalStatesAbsorbEveryLaterEvent() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> forEachPolicy(seed, (p, events) -> {
            List<TimelineEntry> t = simulate(p, events).timeline();
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).state().isTerminal()) {
                    CoreState end = t.get(i).state();
                    for (TimelineEntry later : t.subList(i + 1, t.size())) {
                        assertThat(later.accepted()).as("seed %d: %s after %s", seed, later.event(), end).isFalse();
                        assertThat(later.state()).as("seed %d", seed).isEqualTo(end);
                    }
                    break;
                }
            }
        }));
    }

    @Test
    void replayingAHistoryIsDeterministic() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> forEachPolicy(seed, (p, events) -> {
            assertThat(simulate(p, events)).as("seed %d", seed).isEqualTo(simulate(p, List.copyOf(events)));
            assertThat(RandomHistories.history(new Random(seed), p)).as("seed %d: the generator replays", seed).isEqualTo(events);
        }));
    }

    @Test
    void noObligationIsDueBeforeTheEventThatCreatesIt() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> forEachPolicy(seed, (p, events) -> {
            Simulation s = simulate(p, events);
            for (Obligation o : s.obligations()) {
                LocalDate established = s.last().firstEstablishedOn().orElseThrow();
                assertThat(o.since()).as("seed %d: %s", seed, o).isBeforeOrEqualTo(o.due()).isAfterOrEqualTo(established);
                assertThat(o.since().getYear()).as("seed %d", seed).isEqualTo(o.year());
                assertThat(o.status() == ObligationStatus.MET).as("seed %d", seed).isEqualTo(s.last().reports().containsKey(o.year()));
                if (o.status() == ObligationStatus.OVERDUE) {
                    assertThat(s.asOf()).as("seed %d", seed).isAfter(o.due());
                }
                if (o.status() == ObligationStatus.OPEN) {
                    assertThat(s.asOf()).as("seed %d", seed).isBeforeOrEqualTo(o.due());
                }
            }
        }));
    }

    @Test
    void everyChangeOfStateIsATransitionOfThePolicy() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> forEachPolicy(seed, (p, events) -> {
            List<Transition> edges = p.transitions();
            CoreState before = CoreState.PROPOSED;
            for (TimelineEntry e : simulate(p, events).timeline()) {
                if (e.state() != before) {
                    CoreState from = before;
                    assertThat(edges).as("seed %d: %s --%s--> %s", seed, from, e.event(), e.state())
                            .anyMatch(t -> t.from() == from && t.to() == e.state() && t.event().equals(e.event()));
                    assertThat(e.reason()).as("seed %d: a change of state says why", seed).isPresent();
                }
                before = e.state();
            }
        }));
    }

    @Test
    void theGeneratorReachesEveryStateThePolicyHas() {
        // Guards the properties' strength: random histories must get past establishment.
        Set<CoreState> reached = EnumSet.noneOf(CoreState.class);
        for (long seed = 0; seed < 3000; seed++) {
            LifecyclePolicy p = TestPolicies.full();
            for (TimelineEntry e : simulate(p, RandomHistories.history(new Random(seed), p)).timeline()) {
                reached.add(e.state());
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CoreState.values());
    }
}

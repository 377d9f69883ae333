package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.UnitRef;

import io.consortia.tck.LifecycleInvariants;
import io.consortia.tck.RandomHistories;

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
        return Simulator.run(TestPolicies.decider(policy), events, Optional.empty(), Optional.of(UnitRef.named("甲公司"))).get();
    }

    private interface Invariant {
        void check(Decider decider, LifecyclePolicy p, List<Event> events, long seed);
    }

    /** The invariant on the seed's history for each synthetic policy. */
    private static void forEachPolicy(Invariant invariant) {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            for (LifecyclePolicy p : POLICIES) {
                invariant.check(TestPolicies.decider(p), p, RandomHistories.history(new Random(seed), p), seed);
            }
        });
    }

    @Test
    void simulatingNeverThrowsAndEveryStateIsACoreState() {
        forEachPolicy(LifecycleInvariants::coreStatesOnly);
    }

    @Test
    void aRejectedEventLeavesTheStateUnchanged() {
        forEachPolicy(LifecycleInvariants::rejectedLeavesStateUnchanged);
    }

    @Test
    void terminalStatesAbsorbEveryLaterEvent() {
        forEachPolicy(LifecycleInvariants::terminalAbsorbs);
    }

    @Test
    void replayingAHistoryIsDeterministic() {
        forEachPolicy(LifecycleInvariants::deterministic);
    }

    @Test
    void noObligationIsDueBeforeTheEventThatCreatesIt() {
        forEachPolicy(LifecycleInvariants::obligationsNotEarly);
    }

    @Test
    void everyChangeOfStateIsATransitionOfThePolicy() {
        forEachPolicy(LifecycleInvariants::transitionsDeclared);
    }

    @Test
    void everyAcceptedEventIsARowOfTheTransitionTable() {
        forEachPolicy(LifecycleInvariants::acceptedEventsAreRows);
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

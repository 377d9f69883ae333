package io.consortia.kernel.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.consortia.kernel.outcome.Outcome;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Count and ratio bounds with unknown members (contract §1) against a brute-force enumeration of
 * every way the unknown members could turn out.
 */
class TallyProperties {

    /** PASS iff every completion satisfies, FAIL iff none does, UNKNOWN otherwise. */
    private static Outcome bruteForce(List<Outcome> members, IntPredicate satisfied) {
        int known = (int) members.stream().filter(o -> o == Outcome.PASS).count();
        int unknown = (int) members.stream().filter(o -> o == Outcome.UNKNOWN).count();
        boolean some = false;
        boolean every = true;
        for (int mask = 0; mask < (1 << unknown); mask++) {
            boolean ok = satisfied.test(known + Integer.bitCount(mask));
            some |= ok;
            every &= ok;
        }
        return every ? Outcome.PASS : some ? Outcome.UNKNOWN : Outcome.FAIL;
    }

    private static Conditions.Tally tally(List<Outcome> members) {
        return new Conditions.Tally(
                (int) members.stream().filter(o -> o == Outcome.PASS).count(),
                (int) members.stream().filter(o -> o == Outcome.UNKNOWN).count(),
                members.size());
    }

    @Test
    void countBoundMatchesBruteForce() {
        qt().forAll(lists().of(arbitrary().enumValues(Outcome.class)).ofSizeBetween(0, 12), integers().between(0, 14))
                .checkAssert((members, bound) ->
                        assertThat(tally(members).atLeast(bound)).isEqualTo(bruteForce(members, n -> n >= bound)));
    }

    @Test
    void ratioBoundMatchesBruteForce() {
        qt().forAll(lists().of(arbitrary().enumValues(Outcome.class)).ofSizeBetween(0, 12), integers().between(1, 100))
                .checkAssert((members, percent) -> {
                    int total = members.size();
                    Outcome expected = total == 0 ? Outcome.FAIL : bruteForce(members, n -> n * 100 >= percent * total);
                    assertThat(tally(members).shareAtLeast(percent)).isEqualTo(expected);
                });
    }

    @Test
    void exactBoundariesOfShares() {
        assertThat(new Conditions.Tally(3, 0, 5).shareAtLeast(60)).isEqualTo(Outcome.PASS);
        assertThat(new Conditions.Tally(2, 0, 5).shareAtLeast(60)).isEqualTo(Outcome.FAIL);
        assertThat(new Conditions.Tally(2, 1, 5).shareAtLeast(60)).isEqualTo(Outcome.UNKNOWN);
        assertThat(new Conditions.Tally(5, 0, 10).shareAtLeast(50)).isEqualTo(Outcome.PASS);
        assertThat(new Conditions.Tally(4, 0, 9).shareAtLeast(50)).isEqualTo(Outcome.FAIL);
    }
}

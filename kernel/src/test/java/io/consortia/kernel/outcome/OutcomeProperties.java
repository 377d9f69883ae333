package io.consortia.kernel.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of Kleene's strong three-valued logic, and the verdict algebra of contract §2. */
class OutcomeProperties {

    private static final Gen<Outcome> OUTCOMES = arbitrary().enumValues(Outcome.class);

    @Test
    void conjunctionAndDisjunctionAreCommutativeAndAssociative() {
        qt().forAll(OUTCOMES, OUTCOMES, OUTCOMES).checkAssert((a, b, c) -> {
            assertThat(a.and(b)).isEqualTo(b.and(a));
            assertThat(a.or(b)).isEqualTo(b.or(a));
            assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
            assertThat(a.or(b).or(c)).isEqualTo(a.or(b.or(c)));
        });
    }

    @Test
    void deMorganAndDoubleNegationHold() {
        qt().forAll(OUTCOMES, OUTCOMES).checkAssert((a, b) -> {
            assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
            assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
            assertThat(a.not().not()).isEqualTo(a);
        });
    }

    @Test
    void identitiesAbsorptionAndDistribution() {
        qt().forAll(OUTCOMES, OUTCOMES, OUTCOMES).checkAssert((a, b, c) -> {
            assertThat(a.and(Outcome.PASS)).isEqualTo(a);
            assertThat(a.or(Outcome.FAIL)).isEqualTo(a);
            assertThat(a.and(Outcome.FAIL)).isEqualTo(Outcome.FAIL);
            assertThat(a.or(Outcome.PASS)).isEqualTo(Outcome.PASS);
            assertThat(a.and(a.or(b))).isEqualTo(a);
            assertThat(a.or(a.and(b))).isEqualTo(a);
            assertThat(a.and(b.or(c))).isEqualTo(a.and(b).or(a.and(c)));
        });
    }

    @Test
    void unknownIsTheOnlyValueThatNeedsMoreKnowledge() {
        // Kleene's connectives are monotone in the knowledge order: replacing UNKNOWN by PASS or
        // FAIL never turns a known result into another known result.
        qt().forAll(OUTCOMES, OUTCOMES, arbitrary().pick(Outcome.PASS, Outcome.FAIL)).checkAssert((a, b, known) -> {
            Outcome filledA = a == Outcome.UNKNOWN ? known : a;
            if (a.and(b).isKnown()) {
                assertThat(filledA.and(b)).isEqualTo(a.and(b));
            }
            if (a.or(b).isKnown()) {
                assertThat(filledA.or(b)).isEqualTo(a.or(b));
            }
        });
    }

    record F(Strength strength, Outcome outcome) implements Verdict.Graded {}

    private static final Gen<F> FINDINGS = arbitrary().enumValues(Strength.class)
            .zip(arbitrary().enumValues(Outcome.class), F::new);

    @Test
    void verdictFollowsTheContractOrder() {
        qt().forAll(lists().of(FINDINGS).ofSizeBetween(0, 12)).checkAssert(fs -> {
            boolean mandatoryFail = fs.stream().anyMatch(f -> f.strength == Strength.MANDATORY && f.outcome == Outcome.FAIL);
            boolean bindingUnknown = fs.stream().anyMatch(f -> (f.strength == Strength.MANDATORY || f.strength == Strength.PRESUMPTIVE)
                    && f.outcome == Outcome.UNKNOWN);
            boolean presumptiveFail = fs.stream().anyMatch(f -> f.strength == Strength.PRESUMPTIVE && f.outcome == Outcome.FAIL);
            Verdict expected = mandatoryFail ? Verdict.INELIGIBLE
                    : bindingUnknown ? Verdict.UNDETERMINED
                    : presumptiveFail ? Verdict.ELIGIBLE_WITH_DEVIATIONS : Verdict.ELIGIBLE;
            assertThat(Verdict.of(fs)).isEqualTo(expected);
        });
    }

    @Test
    void verdictIgnoresOrderAndAdvisoryFindings() {
        qt().forAll(lists().of(FINDINGS).ofSizeBetween(0, 12), FINDINGS).checkAssert((fs, extra) -> {
            List<F> shuffled = new ArrayList<>(fs);
            Collections.reverse(shuffled);
            assertThat(Verdict.of(shuffled)).isEqualTo(Verdict.of(fs));
            if (!extra.strength.bindsVerdict()) {
                List<F> more = new ArrayList<>(fs);
                more.add(extra);
                assertThat(Verdict.of(more)).isEqualTo(Verdict.of(fs));
            }
        });
    }

    @Test
    void aMandatoryFailureAlwaysMakesIneligible() {
        qt().forAll(lists().of(FINDINGS).ofSizeBetween(0, 12)).checkAssert(fs -> {
            List<F> more = new ArrayList<>(fs);
            more.add(new F(Strength.MANDATORY, Outcome.FAIL));
            assertThat(Verdict.of(more)).isEqualTo(Verdict.INELIGIBLE);
        });
    }

    @Test
    void noFindingsIsEligible() {
        assertThat(Verdict.of(List.<F>of())).isEqualTo(Verdict.ELIGIBLE);
    }
}

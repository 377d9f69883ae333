package io.consortia.jurisdiction.qingdao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.testkit.Installed;
import io.consortia.kernel.testkit.RandomProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Q2's count of chain enterprises against a brute-force oracle. An enterprise whose chain position
 * is not stated may turn out to be in the chain (at any position) or not in it at all, so every
 * such enterprise is one unknown with two completions; a member of another kind is never a chain
 * enterprise. The rule must PASS iff every completion reaches 3, FAIL iff none does, and be
 * UNKNOWN otherwise, under either answer to R5.
 */
class QingdaoChainEnterprisesProperties {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    @Test
    void q2AgreesWithEveryCompletionOfTheUnstatedChainPositions() {
        Jurisdiction j = Installed.jurisdiction("qingdao");
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = RandomProfiles.profile(r, "370212", ON.getYear());
            boolean leadCounts = r.nextBoolean();
            Assessment a = j.assess(p, AssessmentOptions.on(ON)
                    .withReadings(ReadingSet.defaults().with(QingdaoReadings.R5, leadCounts)));
            Outcome actual = QingdaoRulesTest.finding(a, "Q2").outcome();
            assertThat(actual).as("seed %d, R5=%s, members %s", seed, leadCounts ? "yes" : "no", describe(p))
                    .isEqualTo(oracle(p, leadCounts, 3));
        });
    }

    @Test
    void q2CanBeEveryOutcomeOnRandomProfiles() {
        // Guards the property above against generators that never reach the boundary.
        Jurisdiction j = Installed.jurisdiction("qingdao");
        List<Outcome> seen = new ArrayList<>();
        for (long seed = 0; seed < 400; seed++) {
            Profile p = RandomProfiles.profile(new Random(seed), "370212", ON.getYear());
            seen.add(QingdaoRulesTest.finding(j.assess(p, AssessmentOptions.on(ON)), "Q2").outcome());
        }
        assertThat(seen).contains(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN);
    }

    /** Enumerates every assignment of "in the chain" / "not in the chain" to the unstated enterprises. */
    static Outcome oracle(Profile p, boolean leadCounts, int bound) {
        int known = 0;
        int unstated = 0;
        for (Member m : p.members()) {
            if (!leadCounts && m.id().equals(p.leadId())) {
                continue;
            }
            if (m.kind() == UnitKind.ENTERPRISE) {
                if (m.chainPosition().isPresent()) {
                    known++;
                } else {
                    unstated++;
                }
            }
        }
        boolean somePass = false;
        boolean someFail = false;
        for (int mask = 0; mask < (1 << unstated); mask++) {
            if (known + Integer.bitCount(mask) >= bound) {
                somePass = true;
            } else {
                someFail = true;
            }
        }
        return somePass && !someFail ? Outcome.PASS : someFail && !somePass ? Outcome.FAIL : Outcome.UNKNOWN;
    }

    private static String describe(Profile p) {
        return p.members().stream()
                .map(m -> m.id() + (m.id().equals(p.leadId()) ? "*" : "") + ":" + m.kind() + "/" + m.chainPosition().map(Enum::name).orElse("?"))
                .toList().toString();
    }
}

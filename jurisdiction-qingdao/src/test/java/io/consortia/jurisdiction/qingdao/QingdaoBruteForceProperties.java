package io.consortia.jurisdiction.qingdao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.tck.Fixtures;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Q2's count of chain enterprises through real assessments against brute force. A member whose
 * chain position is not stated may be at any position or OUTSIDE the chain, so each such member
 * has four completions; a member of another kind is never a chain enterprise; OUTSIDE never
 * counts; under R4=updown the midstream does not either; the lead counts only under R5=yes. Q2 must
 * PASS iff every completion reaches 3, FAIL iff none does, UNKNOWN otherwise, under every
 * combination of R4 and R5, and agree with the catalog's text on completed profiles.
 */
class QingdaoBruteForceProperties {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final List<ChainPosition> POSITIONS = List.of(ChainPosition.values());

    private static Profile members(List<UnitKind> kinds, List<ChainPosition> positions) {
        ImmutableProfile.Builder b = ImmutableProfile.builder().from(QingdaoProfiles.eligible()).members(List.of());
        for (int i = 0; i < kinds.size(); i++) {
            ImmutableMember.Builder m = Fixtures.member("m" + (i + 1), kinds.get(i), "370212");
            if (positions.get(i) != null) {
                m.chainPosition(positions.get(i));
            }
            b.addMembers(m.build());
        }
        return b.build();
    }

    /** policy-catalog.md v2, Q2 with R4 and R5, on complete positions (the lead is the first member). */
    static boolean oracle(List<UnitKind> kinds, List<ChainPosition> positions, boolean updown, boolean leadCounts, int bound) {
        Set<ChainPosition> counted = updown ? EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.DOWNSTREAM)
                : EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.MIDSTREAM, ChainPosition.DOWNSTREAM);
        int n = 0;
        for (int i = leadCounts ? 0 : 1; i < kinds.size(); i++) {
            if (kinds.get(i) == UnitKind.ENTERPRISE && counted.contains(positions.get(i))) {
                n++;
            }
        }
        return n >= bound;
    }

    private static Outcome q2(Jurisdiction j, Profile p, ReadingSet readings) {
        return j.assess(p, AssessmentOptions.on(ON).withReadings(readings)).finding("Q2").orElseThrow().outcome();
    }

    @Test
    void q2AgreesWithEveryCompletionOfTheUnstatedChainPositions() {
        Jurisdiction j = Installed.jurisdiction("qingdao");
        List<Outcome> seen = new ArrayList<>();
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(7);
            List<UnitKind> kinds = new ArrayList<>();
            List<ChainPosition> positions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                kinds.add(r.nextInt(4) > 0 ? UnitKind.ENTERPRISE : UnitKind.values()[r.nextInt(UnitKind.values().length)]);
                positions.add(r.nextInt(3) == 0 ? null : POSITIONS.get(r.nextInt(POSITIONS.size())));
            }
            List<List<ChainPosition>> complete = io.consortia.tck.Unknowns.completions(positions, POSITIONS);
            for (int mask = 0; mask < 4; mask++) {
                boolean updown = (mask & 1) != 0;
                boolean leadCounts = (mask & 2) != 0;
                ReadingSet readings = ReadingSet.defaults().with(Reading.R4, updown).with(QingdaoReadings.R5, leadCounts);
                String how = "seed " + seed + ", R4=" + (updown ? "updown" : "any") + ", R5=" + (leadCounts ? "yes" : "no") + ", kinds " + kinds;
                List<Boolean> truths = new ArrayList<>();
                for (List<ChainPosition> c : complete) {
                    truths.add(oracle(kinds, c, updown, leadCounts, 3));
                }
                int k = r.nextInt(complete.size());
                assertThat(q2(j, members(kinds, complete.get(k)), readings)).as("%s, positions %s", how, complete.get(k))
                        .isEqualTo(Outcome.of(truths.get(k)));
                Outcome expected = truths.stream().allMatch(b -> b) ? Outcome.PASS
                        : truths.stream().noneMatch(b -> b) ? Outcome.FAIL : Outcome.UNKNOWN;
                Outcome actual = q2(j, members(kinds, positions), readings);
                assertThat(actual).as("%s, positions %s", how, positions).isEqualTo(expected);
                seen.add(actual);
            }
        });
        // guards the property against generators that never reach a boundary
        assertThat(seen).contains(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN);
    }
}

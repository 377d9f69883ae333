package io.consortia.jurisdiction.neimenggu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.tck.Fixtures;
import io.consortia.tck.Installed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * N5 and N10 through real assessments against brute force: on random profiles with unknown
 * figures or chain positions, the finding's outcome is the one found by completing the unknowns in
 * every way (PASS iff every completion passes, FAIL iff none does, UNKNOWN otherwise), and on
 * completed profiles the kernel agrees with the catalog's text restated as plain Java. A failure
 * names the seed that replays it.
 */
class NeimengguBruteForceProperties {

    /**
     * Values a missing figure may take. Every part of N5 is monotone (more R&D never hurts, more
     * revenue never helps once revenue is positive), so nothing, a smallest positive amount, the
     * amount's bound and more than any known figure reach every outcome a real completion can.
     */
    private static final List<Long> COMPLETIONS = List.of(0L, 1L, 100_000_000L, 1_000_000_000_000_000L);

    /** How many completed profiles per case are also assessed by the kernel. */
    private static final int ASSESSED_COMPLETIONS = 6;

    private static Outcome expected(List<Boolean> completions) {
        if (completions.stream().allMatch(b -> b)) {
            return Outcome.PASS;
        }
        return completions.stream().noneMatch(b -> b) ? Outcome.FAIL : Outcome.UNKNOWN;
    }

    private static Outcome outcome(Profile p, LocalDate on, ReadingSet readings, String rule) {
        Assessment a = Installed.assess("neimenggu", p, on, readings);
        return a.finding(rule).orElseThrow().outcome();
    }

    // ---------------------------------------------------------------- N5

    /** A fiscal-year figure pair; {@code null} is a missing figure. */
    private record Year(Long revenue, Long rd) {}

    private static long revenue(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> 0L;
            case 1 -> 100L * r.nextInt(50_000_000);           // a multiple of 100, so 3% is exact
            default -> (long) (r.nextDouble() * 5_000_000_000L);
        };
    }

    private static long rd(Random r, long revenue) {
        return switch (r.nextInt(7)) {
            case 0 -> 0L;
            case 1 -> revenue * 3 / 100;                         // the share's bound, exactly when revenue % 100 == 0
            case 2 -> Math.max(0, revenue * 3 / 100 - 1);
            case 3 -> 100_000_000L - r.nextInt(2);               // the amount's bound and one below
            case 4 -> 150_000_000L + r.nextInt(2);               // two of these reach the window's 300,000,000
            default -> (long) (revenue * r.nextDouble() * 0.06);
        };
    }

    /** Years {@code last-3 .. last+1}: the window is the middle three; the others must not matter. */
    private static Map<Integer, Year> finances(Random r, int last) {
        Map<Integer, Year> years = new HashMap<>();
        for (int y = last - 3; y <= last + 1; y++) {
            if (r.nextInt(7) == 0) {
                continue;
            }
            long rev = revenue(r);
            years.put(y, new Year(r.nextInt(6) == 0 ? null : rev, r.nextInt(6) == 0 ? null : rd(r, rev)));
        }
        return years;
    }

    private static Profile withLeadFinances(Map<Integer, Year> years) {
        return Fixtures.editMember(NeimengguProfiles.eligible(), "m1", m -> {
            Map<Integer, FiscalYear> f = new HashMap<>();
            years.forEach((y, v) -> f.put(y, new FiscalYear(y, Optional.ofNullable(v.revenue()).map(BigDecimal::valueOf),
                    Optional.ofNullable(v.rd()).map(BigDecimal::valueOf))));
            return m.withFinances(f);
        });
    }

    /** policy-catalog.md v2, N5, on complete figures of the window {@code last-2 .. last}. */
    static boolean oracleN5(Map<Integer, Year> years, int last, boolean eachYear, boolean window) {
        long rdSum = 0;
        long revenueSum = 0;
        boolean everyShare = true;
        boolean everyAmount = true;
        for (int y = last - 2; y <= last; y++) {
            Year f = years.get(y);
            rdSum += f.rd();
            revenueSum += f.revenue();
            everyShare &= f.revenue() > 0 && f.rd() * 100 >= 3 * f.revenue();
            everyAmount &= f.rd() >= 100_000_000L;
        }
        boolean share = eachYear ? everyShare : revenueSum > 0 && rdSum * 100 >= 3 * revenueSum;
        boolean amount = !window ? years.get(last).rd() >= 100_000_000L : eachYear ? everyAmount : rdSum >= 300_000_000L;
        return share || amount;
    }

    /** Every completion of the window's missing figures (years outside it stay as they are). */
    private static List<Map<Integer, Year>> completions(Map<Integer, Year> years, int last) {
        List<Map<Integer, Year>> out = new ArrayList<>();
        out.add(new HashMap<>(years));
        for (int y = last - 2; y <= last; y++) {
            Year f = years.getOrDefault(y, new Year(null, null));
            List<Map<Integer, Year>> next = new ArrayList<>();
            for (Map<Integer, Year> partial : out) {
                for (long rev : f.revenue() == null ? COMPLETIONS : List.of(f.revenue())) {
                    for (long rd : f.rd() == null ? COMPLETIONS : List.of(f.rd())) {
                        Map<Integer, Year> m = new HashMap<>(partial);
                        m.put(y, new Year(rev, rd));
                        next.add(m);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    @Test
    void n5EqualsTheBruteForceOverEveryCompletionOfTheMissingFiguresUnderEveryReading() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            LocalDate on = LocalDate.of(2025 + r.nextInt(2), 1 + r.nextInt(12), 1);
            int last = on.getYear() - 1;
            Map<Integer, Year> years = finances(r, last);
            List<Map<Integer, Year>> complete = completions(years, last);
            for (int mask = 0; mask < 4; mask++) {
                boolean each = (mask & 1) != 0;
                boolean window = (mask & 2) != 0;
                ReadingSet readings = ReadingSet.defaults().with(NeimengguReadings.R2, each).with(NeimengguReadings.R8, window);
                String how = "seed " + seed + ", R2=" + (each ? "each" : "sum") + ", R8=" + (window ? "window" : "last");
                List<Boolean> truths = new ArrayList<>();
                for (Map<Integer, Year> c : complete) {
                    truths.add(oracleN5(c, last, each, window));
                }
                for (int i = 0; i < Math.min(ASSESSED_COMPLETIONS, complete.size()); i++) {
                    int k = r.nextInt(complete.size());
                    assertThat(outcome(withLeadFinances(complete.get(k)), on, readings, "N5"))
                            .as("%s, complete figures %s", how, complete.get(k)).isEqualTo(Outcome.of(truths.get(k)));
                }
                assertThat(outcome(withLeadFinances(years), on, readings, "N5"))
                        .as("%s, figures %s", how, years).isEqualTo(expected(truths));
            }
        });
    }

    // ---------------------------------------------------------------- N10

    private static final List<ChainPosition> POSITIONS = List.of(ChainPosition.values());

    private static Profile members(List<UnitKind> kinds, List<ChainPosition> positions) {
        ImmutableProfile.Builder b = ImmutableProfile.builder().from(NeimengguProfiles.eligible()).members(List.of());
        for (int i = 0; i < kinds.size(); i++) {
            ImmutableMember.Builder m = Fixtures.member("m" + (i + 1), kinds.get(i), "150102");
            if (positions.get(i) != null) {
                m.chainPosition(positions.get(i));
            }
            b.addMembers(m.build());
        }
        return b.build();
    }

    /** policy-catalog.md v2, N10, on complete positions: enterprises (lead included) cover enough of up, mid, down. */
    static boolean oracleN10(List<UnitKind> kinds, List<ChainPosition> positions, int needed) {
        Set<ChainPosition> covered = EnumSet.noneOf(ChainPosition.class);
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == UnitKind.ENTERPRISE && positions.get(i) != ChainPosition.OUTSIDE) {
                covered.add(positions.get(i));
            }
        }
        return covered.size() >= needed;
    }

    @Test
    void n10EqualsTheBruteForceOverEveryPlacementOfTheUnplacedMembers() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(6);
            List<UnitKind> kinds = new ArrayList<>();
            List<ChainPosition> positions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                kinds.add(r.nextInt(3) > 0 ? UnitKind.ENTERPRISE : UnitKind.values()[r.nextInt(UnitKind.values().length)]);
                positions.add(r.nextInt(3) == 0 ? null : POSITIONS.get(r.nextInt(POSITIONS.size())));
            }
            List<List<ChainPosition>> complete = io.consortia.tck.Unknowns.completions(positions, POSITIONS);
            for (boolean two : new boolean[] {false, true}) {
                ReadingSet readings = ReadingSet.defaults().with(NeimengguReadings.R3, two);
                int needed = two ? 2 : 3;
                List<Boolean> truths = new ArrayList<>();
                for (List<ChainPosition> c : complete) {
                    truths.add(oracleN10(kinds, c, needed));
                }
                for (int i = 0; i < Math.min(ASSESSED_COMPLETIONS, complete.size()); i++) {
                    int k = r.nextInt(complete.size());
                    assertThat(outcome(members(kinds, complete.get(k)), on, readings, "N10"))
                            .as("seed %d, R3 %s, kinds %s, positions %s", seed, two ? "two" : "all", kinds, complete.get(k))
                            .isEqualTo(Outcome.of(truths.get(k)));
                }
                assertThat(outcome(members(kinds, positions), on, readings, "N10"))
                        .as("seed %d, R3 %s, kinds %s, positions %s", seed, two ? "two" : "all", kinds, positions)
                        .isEqualTo(expected(truths));
            }
        });
    }

    @Test
    void theGeneratorsReachEveryOutcomeOfBothRules() {
        // Guards the properties above against generators that never reach a boundary.
        Set<Outcome> n5 = EnumSet.noneOf(Outcome.class);
        for (long seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            n5.add(outcome(withLeadFinances(finances(r, 2024)), LocalDate.of(2025, 6, 1), ReadingSet.defaults(), "N5"));
        }
        assertThat(n5).containsExactlyInAnyOrder(Outcome.values());
    }
}

package io.consortia.jurisdiction.neimenggu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Context;
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
 * The custom conditions N5 ({@link RdIntensity}) and N10 ({@link ChainSpread}) against brute
 * force: on random profiles with unknown facts, each condition's outcome equals the one found by
 * completing the unknowns in every way (PASS iff every completion passes, FAIL iff every
 * completion fails, UNKNOWN otherwise), and on every completion it agrees with an independent
 * two-valued oracle. A failure names the seed that replays it.
 */
class NeimengguConditionProperties {

    /** Values a missing figure may take: nothing, the amount bound, and more than any known figure. */
    private static final List<Long> COMPLETIONS = List.of(0L, 100_000_000L, 1_000_000_000_000_000L);

    private static final List<ChainPosition> POSITIONS = List.of(ChainPosition.values());

    private static Context context(Profile p, LocalDate on, ReadingSet readings) {
        return new Context("neimenggu", p, on, readings, Optional.empty());
    }

    private static Outcome expected(List<Boolean> completions) {
        if (completions.stream().allMatch(b -> b)) {
            return Outcome.PASS;
        }
        return completions.stream().noneMatch(b -> b) ? Outcome.FAIL : Outcome.UNKNOWN;
    }

    // ---------------------------------------------------------------- N5

    /** A fiscal-year figure: present with a value, or missing (null). */
    private record Year(Long revenue, Long rd) {}

    private static long revenue(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> 0L;
            case 1 -> 100L * r.nextInt(50_000_000);           // a multiple of 100, so 3% is exact
            default -> (long) (r.nextDouble() * 5_000_000_000L);
        };
    }

    private static long rd(Random r, long revenue) {
        return switch (r.nextInt(6)) {
            case 0 -> 0L;
            case 1 -> revenue * 3 / 100;                         // the share's bound, exactly when revenue % 100 == 0
            case 2 -> Math.max(0, revenue * 3 / 100 - 1);
            case 3 -> 100_000_000L - r.nextInt(2);               // the amount's bound and one below
            default -> (long) (revenue * r.nextDouble() * 0.06);
        };
    }

    /** Years {@code last-3 .. last+1} (the window is the first three of the last four); each part may be missing. */
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

    private static Profile leadWith(Map<Integer, Year> years) {
        ImmutableMember.Builder lead = ImmutableMember.builder().id("m1").name("牵头企业").kind(UnitKind.ENTERPRISE)
                .registeredIn(DivisionCode.of("150203"));
        years.forEach((y, f) -> lead.putFinances(y, new FiscalYear(y,
                Optional.ofNullable(f.revenue()).map(BigDecimal::valueOf), Optional.ofNullable(f.rd()).map(BigDecimal::valueOf))));
        return ImmutableProfile.builder().name("随机联合体").leadId("m1").addMembers(lead.build()).build();
    }

    /** The catalog's N5 on complete figures, restated with longs. */
    private static boolean oracleN5(Map<Integer, Year> years, int last, boolean eachYear) {
        boolean amount = years.get(last).rd() >= 100_000_000L;
        boolean share;
        if (eachYear) {
            share = true;
            for (int y = last - 2; y <= last; y++) {
                Year f = years.get(y);
                share &= f.rd() > 0 && f.rd() * 100 >= f.revenue() * 3;
            }
        } else {
            long rd = 0;
            long revenue = 0;
            for (int y = last - 2; y <= last; y++) {
                rd += years.get(y).rd();
                revenue += years.get(y).revenue();
            }
            share = rd > 0 && rd * 100 >= revenue * 3;
        }
        return share || amount;
    }

    /** Every completion of the window's missing figures (years outside the window stay as they are). */
    private static List<Map<Integer, Year>> completions(Map<Integer, Year> years, int last) {
        List<Map<Integer, Year>> out = new ArrayList<>();
        out.add(new HashMap<>(years));
        for (int y = last - 2; y <= last; y++) {
            int year = y;
            Year f = years.getOrDefault(y, new Year(null, null));
            List<Year> fills = new ArrayList<>();
            for (long rev : f.revenue() == null ? COMPLETIONS : List.of(f.revenue())) {
                for (long rd : f.rd() == null ? COMPLETIONS : List.of(f.rd())) {
                    fills.add(new Year(rev, rd));
                }
            }
            List<Map<Integer, Year>> next = new ArrayList<>();
            for (Map<Integer, Year> partial : out) {
                for (Year fill : fills) {
                    Map<Integer, Year> m = new HashMap<>(partial);
                    m.put(year, fill);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    @Test
    void rdIntensityEqualsTheBruteForceOverEveryCompletionOfTheMissingFigures() {
        Condition n5 = new RdIntensity();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            LocalDate on = LocalDate.of(2024 + r.nextInt(3), 1 + r.nextInt(12), 1);
            int last = on.getYear() - 1;
            Map<Integer, Year> years = finances(r, last);
            for (boolean each : new boolean[] {false, true}) {
                ReadingSet readings = ReadingSet.defaults().with(NeimengguReadings.R2, each);
                List<Boolean> results = new ArrayList<>();
                for (Map<Integer, Year> complete : completions(years, last)) {
                    Outcome o = n5.evaluate(context(leadWith(complete), on, readings)).outcome();
                    boolean truth = oracleN5(complete, last, each);
                    assertThat(o).as("seed %d, R2 %s, complete figures %s", seed, each ? "each" : "sum", complete)
                            .isEqualTo(Outcome.of(truth));
                    results.add(truth);
                }
                assertThat(n5.evaluate(context(leadWith(years), on, readings)).outcome())
                        .as("seed %d, R2 %s, figures %s", seed, each ? "each" : "sum", years)
                        .isEqualTo(expected(results));
            }
        });
    }

    // ---------------------------------------------------------------- N10

    private static Profile members(List<UnitKind> kinds, List<ChainPosition> positions) {
        ImmutableProfile.Builder b = ImmutableProfile.builder().name("随机联合体").leadId("m1");
        for (int i = 0; i < kinds.size(); i++) {
            ImmutableMember.Builder m = ImmutableMember.builder().id("m" + (i + 1)).name("单位" + (i + 1)).kind(kinds.get(i))
                    .registeredIn(DivisionCode.of("150102"));
            if (positions.get(i) != null) {
                m.chainPosition(positions.get(i));
            }
            b.addMembers(m.build());
        }
        return b.build();
    }

    /** The catalog's N10 on complete positions: enterprises cover at least {@code needed} positions. */
    private static boolean oracleN10(List<UnitKind> kinds, List<ChainPosition> positions, int needed) {
        Set<ChainPosition> covered = EnumSet.noneOf(ChainPosition.class);
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == UnitKind.ENTERPRISE) {
                covered.add(positions.get(i));
            }
        }
        return covered.size() >= needed;
    }

    /** Every way of giving each member of unknown position a position (non-enterprises too: they must not matter). */
    private static List<List<ChainPosition>> completions(List<ChainPosition> positions) {
        List<List<ChainPosition>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (ChainPosition p : positions) {
            List<List<ChainPosition>> next = new ArrayList<>();
            for (List<ChainPosition> partial : out) {
                for (ChainPosition choice : p == null ? POSITIONS : List.of(p)) {
                    List<ChainPosition> l = new ArrayList<>(partial);
                    l.add(choice);
                    next.add(l);
                }
            }
            out = next;
        }
        return out;
    }

    @Test
    void chainSpreadEqualsTheBruteForceOverEveryPlacementOfTheUnplacedMembers() {
        Condition n10 = new ChainSpread();
        LocalDate on = LocalDate.of(2025, 6, 1);
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(6);
            List<UnitKind> kinds = new ArrayList<>();
            List<ChainPosition> positions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                kinds.add(r.nextInt(3) > 0 ? UnitKind.ENTERPRISE : UnitKind.values()[r.nextInt(UnitKind.values().length)]);
                positions.add(r.nextInt(3) == 0 ? null : POSITIONS.get(r.nextInt(3)));
            }
            for (boolean two : new boolean[] {false, true}) {
                ReadingSet readings = ReadingSet.defaults().with(NeimengguReadings.R3, two);
                int needed = two ? 2 : 3;
                List<Boolean> results = new ArrayList<>();
                for (List<ChainPosition> complete : completions(positions)) {
                    boolean truth = oracleN10(kinds, complete, needed);
                    assertThat(n10.evaluate(context(members(kinds, complete), on, readings)).outcome())
                            .as("seed %d, R3 %s, kinds %s, positions %s", seed, two ? "two" : "all", kinds, complete)
                            .isEqualTo(Outcome.of(truth));
                    results.add(truth);
                }
                assertThat(n10.evaluate(context(members(kinds, positions), on, readings)).outcome())
                        .as("seed %d, R3 %s, kinds %s, positions %s", seed, two ? "two" : "all", kinds, positions)
                        .isEqualTo(expected(results));
            }
        });
    }
}

package io.consortia.kernel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.FactLevel;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.rule.OwnTest;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.rule.Test;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The compiled evaluation against plain definitions: member tests in CNF against the direct
 * three-valued interpretation, counts, shares, "every" and "some" against brute force over every way
 * the unknown members could turn out, and the R&D arithmetic against brute force over extreme
 * values of the missing figures.
 */
class CompiledTestsProperties {

    private static final Region A = Region.of("3205", "苏州市", "Suzhou");
    private static final Region B = Region.of("15", "内蒙古自治区", "Inner Mongolia");
    private static final String[] CODES = {"320505", "320583", "150102", "152502", "110108", "419001"};
    private static final Trait[] TRAITS = {Trait.INDEPENDENT_LEGAL_PERSON, Trait.ABOVE_DESIGNATED_SIZE, Trait.CORE};
    private static final Attestation[] ATTESTATIONS = {Attestation.QUALIFIED_TEAM, Attestation.COOPERATION_BASIS, Attestation.BACKBONE};

    // Own facts of a jurisdiction "test", and the parameters their tests read.
    static final OwnFact<Boolean> FLAG = new OwnFact<>("test", "flag", FactLevel.MEMBER, FactType.BOOLEAN, Text.of("标志", "flag"));
    static final OwnFact<BigDecimal> PATENTS = new OwnFact<>("test", "patents", FactLevel.MEMBER, FactType.NUMBER, Text.of("专利", "patents"));
    static final OwnFact<String> GRADE = new OwnFact<>("test", "grade", FactLevel.MEMBER,
            FactType.choice(FactType.Choice.of("A", "甲", "A"), FactType.Choice.of("B", "乙", "B"), FactType.Choice.of("C", "丙", "C")),
            Text.of("等级", "grade"));
    static final OwnFact<LocalDate> SINCE = new OwnFact<>("test", "since", FactLevel.MEMBER, FactType.DATE, Text.of("成立", "since"));
    static final Handle<Integer> MIN_PATENTS = new Handle<>("own.patents", Unit.COUNT, 3);
    static final Handle<List<String>> GRADES = new Handle<>("own.grades", Unit.LIST, List.of("A", "B"));
    static final Handle<Integer> YEARS = new Handle<>("own.years", Unit.YEARS, 2);

    static MemberTest randomTest(Random r, int depth) {
        return randomTest(r, depth, false);
    }

    /** A random member test; with {@code own}, tests of own facts among the leaves. */
    static MemberTest randomTest(Random r, int depth, boolean own) {
        int leaves = own ? 7 : 6;
        int pick = depth <= 0 ? r.nextInt(leaves) : r.nextInt(leaves + 2);
        if (pick == 6 && own) {
            return switch (r.nextInt(4)) {
                case 0 -> MemberTest.own(OwnTest.is(FLAG, r.nextInt(4) > 0));
                case 1 -> MemberTest.own(OwnTest.atLeast(PATENTS, MIN_PATENTS));
                case 2 -> MemberTest.own(OwnTest.oneOf(GRADE, GRADES));
                default -> MemberTest.own(OwnTest.yearsBeforeReference(SINCE, YEARS));
            };
        }
        if (pick >= 6) {
            pick = own ? pick - 1 : pick;
        }
        switch (pick) {
            case 0 -> {
                Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
                kinds.add(UnitKind.values()[r.nextInt(UnitKind.values().length)]);
                if (r.nextBoolean()) {
                    kinds.add(UnitKind.values()[r.nextInt(UnitKind.values().length)]);
                }
                return new MemberTest.Kind(kinds);
            }
            case 1 -> {
                return MemberTest.fact(r.nextBoolean() ? TRAITS[r.nextInt(TRAITS.length)] : ATTESTATIONS[r.nextInt(ATTESTATIONS.length)]);
            }
            case 2 -> {
                return new MemberTest.RegisteredIn(r.nextBoolean() ? A : B);
            }
            case 3 -> {
                return new MemberTest.PresentIn(r.nextBoolean() ? A : B);
            }
            case 4 -> {
                Set<ChainPosition> ps = EnumSet.noneOf(ChainPosition.class);
                ps.add(ChainPosition.values()[r.nextInt(3)]);
                if (r.nextBoolean()) {
                    ps.add(ChainPosition.values()[r.nextInt(3)]);
                }
                return new MemberTest.Placed(ps);
            }
            case 5 -> {
                return MemberTest.anyone();
            }
            default -> {
                List<MemberTest> parts = new ArrayList<>();
                int n = 2 + r.nextInt(2);
                for (int i = 0; i < n; i++) {
                    parts.add(randomTest(r, depth - 1, own));
                }
                return pick == 6 ? new MemberTest.And(parts) : new MemberTest.Or(parts);
            }
        }
    }

    static Member randomMember(Random r, String id) {
        ImmutableMember.Builder b = ImmutableMember.builder().id(id).name("单位" + id)
                .kind(UnitKind.values()[r.nextInt(UnitKind.values().length)])
                .registeredIn(DivisionCode.of(CODES[r.nextInt(CODES.length)]));
        if (r.nextInt(4) == 0) {
            b.addStationedIn(DivisionCode.of(CODES[r.nextInt(CODES.length)]));
        }
        int chain = r.nextInt(5);
        if (chain < 4) {
            b.chainPosition(ChainPosition.values()[chain]);
        }
        for (Trait t : TRAITS) {
            int v = r.nextInt(3);
            if (v < 2) {
                b.putTraits(t, v == 0);
            }
        }
        for (Attestation a : ATTESTATIONS) {
            int v = r.nextInt(3);
            if (v < 2) {
                b.putAttested(a, v == 0);
            }
        }
        if (r.nextInt(3) > 0) {
            b.putOwnFacts(FLAG.key(), r.nextBoolean());
        }
        if (r.nextInt(3) > 0) {
            b.putOwnFacts(PATENTS.key(), BigDecimal.valueOf(r.nextInt(6)));
        }
        if (r.nextInt(3) > 0) {
            b.putOwnFacts(GRADE.key(), GRADE.type().keys().get(r.nextInt(3)));
        }
        if (r.nextInt(3) > 0) {
            b.putOwnFacts(SINCE.key(), LocalDate.of(2020 + r.nextInt(6), 1 + r.nextInt(12), 1));
        }
        return b.build();
    }

    @org.junit.jupiter.api.Test
    void compiledMemberTestsAgreeWithTheirDefinition() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            MemberTest t = randomTest(r, 2);
            Member m = randomMember(r, "m1");
            Preds.Regions regions = new Preds.Regions();
            long[] clauses = Preds.clauses(t, regions, new Preds.OwnAtoms());
            Region[] rs = regions.list.toArray(Region[]::new);
            int compiled = Preds.eval(clauses, m.knownBits() | Run.regionKnown(rs), Run.value(m, rs));
            assertThat(Outcome.values()[compiled]).as("seed %s: %s on %s", seed, t, m).isEqualTo(t.test(m, ReadingSet.defaults()));
        });
    }

    /** A parameter handle for tests. */
    record Handle<T>(String localName, Unit unit, T value) implements Param<T> {}

    @org.junit.jupiter.api.Test
    void countsSharesEveryAndSomeAgreeWithBruteForce() {
        qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            MemberTest t = randomTest(r, 2, true);
            // Now and then more than 64 members, so that member sets span several words.
            int n = r.nextInt(8) == 0 ? 60 + r.nextInt(80) : 1 + r.nextInt(9);
            ImmutableProfile.Builder pb = ImmutableProfile.builder().name("测试").leadId("m1");
            for (int i = 1; i <= n; i++) {
                pb.addMembers(randomMember(r, "m" + i));
            }
            Profile profile = pb.build();
            int minimum = r.nextInt(n + 2);
            BigDecimal share = BigDecimal.valueOf(r.nextInt(11), 1);
            Handle<Integer> min = new Handle<>("T.minimum", Unit.COUNT, minimum);
            Handle<BigDecimal> sh = new Handle<>("T.share", Unit.SHARE, share);
            List<Test> tests = List.of(new Test.Count(Population.ALL, t, min), new Test.Share(Population.OTHERS, t, sh),
                    new Test.Every(Population.ALL, MemberTest.kind(UnitKind.ENTERPRISE), t), new Test.Some(Population.MEMBER_UNITS, t));
            Run run = run(profile, tests, List.of(min, sh, MIN_PATENTS, GRADES, YEARS), ReadingSet.defaults());
            List<Outcome> all = new ArrayList<>();
            for (Member m : profile.members()) {
                all.add(t.test(m, ReadingSet.defaults(), run.bindings(), LocalDate.of(2025, 6, 1)));
            }
            List<Outcome> others = all.subList(1, all.size());
            assertThat(run.outcome(0)).as("count, seed %s", seed).isEqualTo(brute(all, (q, total) -> q >= minimum));
            assertThat(run.outcome(1)).as("share, seed %s", seed).isEqualTo(brute(others,
                    (q, total) -> total > 0 && BigDecimal.valueOf(q).compareTo(share.multiply(BigDecimal.valueOf(total))) >= 0));
            List<Outcome> enterprises = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (profile.members().get(i).kind() == UnitKind.ENTERPRISE) {
                    enterprises.add(all.get(i));
                }
            }
            assertThat(run.outcome(2)).as("every, seed %s", seed).isEqualTo(Outcome.all(enterprises));
            assertThat(run.outcome(3)).as("some, seed %s", seed).isEqualTo(Outcome.any(all));
            for (int i = 0; i < 4; i++) {
                assertThat(run.evidence(i)).as("evidence decodes").isNotNull();
            }
        });
    }

    interface Holds {
        boolean test(int qualifying, int total);
    }

    /** PASS when every completion of the unknown members holds, FAIL when none does. */
    static Outcome brute(List<Outcome> members, Holds holds) {
        int known = (int) members.stream().filter(o -> o == Outcome.PASS).count();
        int unknown = (int) members.stream().filter(o -> o == Outcome.UNKNOWN).count();
        boolean some = false;
        boolean every = true;
        for (int k = 0; k <= unknown; k++) {
            boolean ok = holds.test(known + k, members.size());
            some |= ok;
            every &= ok;
        }
        return every ? Outcome.PASS : some ? Outcome.UNKNOWN : Outcome.FAIL;
    }

    static Run run(Profile profile, List<Test> tests, List<Handle<?>> handles, ReadingSet readings) {
        Compiled c = compile(tests, handles);
        return c.program().run(profile, AS_OF, readings, Optional.empty(), c.bindings());
    }

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    record Compiled(Program program, Bindings bindings) {}

    static Compiled compile(List<Test> tests, List<Handle<?>> handles) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            rules.add(new Rule(new RuleId("test", "T" + (i + 1)), Strength.MANDATORY, Optional.empty(), "一", "一", Text.of("测试", "test"),
                    tests.get(i)));
        }
        List<Parameter> params = new ArrayList<>();
        Map<Param<?>, Parameter> byHandle = new IdentityHashMap<>();
        for (Handle<?> h : handles) {
            Parameter p = new Parameter("test." + h.localName(), "test", h.unit(), h.value(), "一", "一", Text.of("参数", "parameter"),
                    Optional.empty(), List.of(), params.size());
            params.add(p);
            byHandle.put(h, p);
        }
        Program program = Program.compile("test", rules, h -> byHandle.get(h).slot());
        return new Compiled(program, Bindings.of(params, byHandle, Map.of(), Overrides.none()));
    }

    /**
     * Programs sharing one pass over the members ({@link ProgramSet}) read different fact columns
     * and regions in different orders from the union of their layouts: each must find what it
     * finds alone, outcome and evidence alike.
     */
    @org.junit.jupiter.api.Test
    void programsSharingOneScanAssessAsEachDoesAlone() {
        qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = r.nextInt(6) == 0 ? 60 + r.nextInt(80) : 1 + r.nextInt(9);
            ImmutableProfile.Builder pb = ImmutableProfile.builder().name("测试").leadId("m1");
            for (int i = 1; i <= n; i++) {
                pb.addMembers(randomMember(r, "m" + i));
            }
            Profile profile = pb.build();
            List<Compiled> programs = new ArrayList<>();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                Handle<Integer> min = new Handle<>("T.minimum", Unit.COUNT, r.nextInt(n + 2));
                Handle<BigDecimal> sh = new Handle<>("T.share", Unit.SHARE, BigDecimal.valueOf(r.nextInt(11), 1));
                programs.add(compile(List.of(new Test.Count(Population.ALL, randomTest(r, 2), min),
                        new Test.Share(Population.OTHERS, randomTest(r, 2), sh),
                        new Test.Every(Population.ALL, randomTest(r, 1), randomTest(r, 2)),
                        new Test.Some(Population.MEMBER_UNITS, randomTest(r, 2))), List.of(min, sh)));
            }
            List<Program> set = new ArrayList<>();
            programs.forEach(c -> set.add(c.program()));
            java.util.Collections.shuffle(set, r);
            ProgramSet shared = ProgramSet.of(set);
            ProgramSet.Scan scan = shared.scan(profile);
            for (Compiled c : programs) {
                Run alone = c.program().run(profile, AS_OF, ReadingSet.defaults(), Optional.empty(), c.bindings());
                Run together = shared.run(c.program(), scan, AS_OF, ReadingSet.defaults(), Optional.empty(), c.bindings());
                for (int i = 0; i < 4; i++) {
                    assertThat(together.outcome(i)).as("seed %s, rule %s", seed, i).isEqualTo(alone.outcome(i));
                    assertThat(together.evidence(i)).as("seed %s, rule %s", seed, i).isEqualTo(alone.evidence(i));
                }
                assertThat(together.verdict()).isEqualTo(alone.verdict());
            }
        });
    }

    // ------------------------------------------------------------------ R&D

    private static final long[] FIGURES = {0, 1, 50, 100, 3_000_000, 100_000_000, 300_000_000};
    /** Far beyond any stated figure (which stay below 10^16), as "any amount" must be. */
    private static final long HUGE = 1_000_000_000_000_000_000L;

    @org.junit.jupiter.api.Test
    void rdIntensityAgreesWithBruteForceOverMissingFigures() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Long[][] figures = new Long[3][2];
            ImmutableMember.Builder b = ImmutableMember.builder().id("m1").name("牵头").kind(UnitKind.ENTERPRISE)
                    .registeredIn(DivisionCode.of("150102"));
            for (int y = 0; y < 3; y++) {
                if (r.nextInt(5) == 0) {
                    continue;
                }
                for (int k = 0; k < 2; k++) {
                    figures[y][k] = r.nextInt(4) == 0 ? null : FIGURES[r.nextInt(FIGURES.length)];
                }
                // Now and then a figure beyond 10^15 yuan, so that the exact BigDecimal path is checked too.
                if (r.nextInt(6) == 0) {
                    figures[y][r.nextInt(2)] = 2_000_000_000_000_000L;
                }
                b.putFinances(2022 + y, new FiscalYear(2022 + y, Optional.ofNullable(figures[y][0]).map(BigDecimal::valueOf),
                        Optional.ofNullable(figures[y][1]).map(BigDecimal::valueOf)));
            }
            Member lead = b.build();
            BigDecimal share = new BigDecimal(List.of("0", "0.03", "0.5").get(r.nextInt(3)));
            BigDecimal amount = BigDecimal.valueOf(List.of(0L, 100_000_000L).get(r.nextInt(2)));
            boolean each = r.nextBoolean();
            boolean window = r.nextBoolean();
            Bindings.Ratio ratio = new Bindings.Ratio(share.unscaledValue().longValueExact(), BigDecimal.TEN.pow(Math.max(share.scale(), 0)).longValueExact());
            long amountYuan = amount.longValueExact();
            int parts = RdMath.evaluate(lead, 2024, 3, ratio, amount, amountYuan, each, window);
            // Brute force: each missing figure takes an extreme value.
            List<int[]> missing = new ArrayList<>();
            for (int y = 0; y < 3; y++) {
                for (int k = 0; k < 2; k++) {
                    if (figures[y][k] == null) {
                        missing.add(new int[] {y, k});
                    }
                }
            }
            boolean shareSome = false;
            boolean shareEvery = true;
            boolean amountSome = false;
            boolean amountEvery = true;
            int combos = 1;
            for (int i = 0; i < missing.size(); i++) {
                combos *= 3;
            }
            for (int c = 0; c < combos; c++) {
                long[][] v = new long[3][2];
                int code = c;
                for (int y = 0; y < 3; y++) {
                    v[y][0] = figures[y][0] == null ? -1 : figures[y][0];
                    v[y][1] = figures[y][1] == null ? -1 : figures[y][1];
                }
                for (int[] m : missing) {
                    int pick = code % 3;
                    code /= 3;
                    v[m[0]][m[1]] = m[1] == 0 ? new long[] {0, 1, HUGE}[pick] : new long[] {0, HUGE, HUGE}[pick];
                }
                boolean s = shareHolds(v, ratio, each);
                boolean a = amountHolds(v, amount.longValueExact(), each, window);
                shareSome |= s;
                shareEvery &= s;
                amountSome |= a;
                amountEvery &= a;
            }
            Outcome shareExpected = shareEvery ? Outcome.PASS : shareSome ? Outcome.UNKNOWN : Outcome.FAIL;
            Outcome amountExpected = amountEvery ? Outcome.PASS : amountSome ? Outcome.UNKNOWN : Outcome.FAIL;
            assertThat(Outcome.values()[RdMath.share(parts)]).as("share, seed %s, each %s, share %s, figures %s", seed, each, share,
                    java.util.Arrays.deepToString(figures)).isEqualTo(shareExpected);
            assertThat(Outcome.values()[RdMath.amount(parts)]).as("amount, seed %s, each %s, window %s", seed, each, window).isEqualTo(amountExpected);
        });
    }

    private static boolean shareHolds(long[][] v, Bindings.Ratio ratio, boolean each) {
        if (each) {
            for (long[] y : v) {
                if (!(y[0] > 0 && BigDecimal.valueOf(y[1]).multiply(BigDecimal.valueOf(ratio.den()))
                        .compareTo(BigDecimal.valueOf(y[0]).multiply(BigDecimal.valueOf(ratio.num()))) >= 0)) {
                    return false;
                }
            }
            return true;
        }
        BigDecimal rev = BigDecimal.ZERO;
        BigDecimal rd = BigDecimal.ZERO;
        for (long[] y : v) {
            rev = rev.add(BigDecimal.valueOf(y[0]));
            rd = rd.add(BigDecimal.valueOf(y[1]));
        }
        return rev.signum() > 0 && rd.multiply(BigDecimal.valueOf(ratio.den())).compareTo(rev.multiply(BigDecimal.valueOf(ratio.num()))) >= 0;
    }

    private static boolean amountHolds(long[][] v, long amount, boolean each, boolean window) {
        if (!window) {
            return v[2][1] >= amount;
        }
        if (each) {
            for (long[] y : v) {
                if (y[1] < amount) {
                    return false;
                }
            }
            return true;
        }
        BigDecimal rd = BigDecimal.ZERO;
        for (long[] y : v) {
            rd = rd.add(BigDecimal.valueOf(y[1]));
        }
        return rd.compareTo(BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(3))) >= 0;
    }
}

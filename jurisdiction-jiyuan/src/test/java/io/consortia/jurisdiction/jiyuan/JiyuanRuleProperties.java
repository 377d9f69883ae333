package io.consortia.jurisdiction.jiyuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.testkit.Installed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The member rules J6, J7 (shares), J13 (every member) and J16 (every non-lead enterprise)
 * against brute force, through real assessments: on a random profile, a rule is PASS iff every
 * completion of the unknown facts passes, FAIL iff every completion fails, UNKNOWN otherwise
 * (contract §1), and on every completion the kernel agrees with a count written here, independent
 * of it. The facts these rules read are left unknown often: 规上, the chain position (completed to
 * UPSTREAM, MIDSTREAM, DOWNSTREAM or OUTSIDE), independent legal personality and R&D supporting
 * capability. Readings R1 and R4 and the thresholds J6.share and J7.share (by override) are drawn
 * at random too. QuickTheories reports the falsifying seed and every assertion names it.
 */
class JiyuanRuleProperties {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final Jurisdiction JIYUAN = Installed.jurisdiction("jiyuan");
    private static final List<String> RULES = List.of("J6", "J7", "J13", "J16");
    private static final List<UnitKind> OTHER_KINDS = List.of(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE,
            UnitKind.SERVICE_ORGANIZATION, UnitKind.FINANCIAL_INSTITUTION, UnitKind.OTHER);
    /** Profiles with more completions than this are skipped. */
    private static final int MAX_COMPLETIONS = 1024;

    /** One random case: a profile, readings and the two shares (in percent), and the options they make. */
    private record Case(Profile profile, ReadingSet readings, int aboveSizePercent, int chainPercent, AssessmentOptions options) {

        Case(Profile profile, ReadingSet readings, int aboveSizePercent, int chainPercent) {
            this(profile, readings, aboveSizePercent, chainPercent, AssessmentOptions.on(ON).withReadings(readings)
                    .withOverrides(Overrides.of(Map.of(
                            "jiyuan.J6.share", BigDecimal.valueOf(aboveSizePercent, 2),
                            "jiyuan.J7.share", BigDecimal.valueOf(chainPercent, 2)), JIYUAN::parameter).get()));
        }

        Map<String, Outcome> assessed(Profile p) {
            Assessment a = JIYUAN.assess(p, options);
            Map<String, Outcome> out = new HashMap<>();
            for (String rule : RULES) {
                out.put(rule, a.finding(rule).orElseThrow().outcome());
            }
            return out;
        }

        /** What J6, J7, J13 and J16 are on a profile whose facts are all known, counted directly. */
        Map<String, Outcome> counted(Profile p) {
            boolean leadOut = readings.isAlternative(Reading.R1);
            Set<ChainPosition> chain = readings.isAlternative(Reading.R4)
                    ? EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.DOWNSTREAM)
                    : EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.MIDSTREAM, ChainPosition.DOWNSTREAM);
            int n = 0;
            int aboveSize = 0;
            int placed = 0;
            boolean allLegalPersons = true;
            boolean enterprisesQualify = true;
            for (Member m : p.members()) {
                boolean lead = m.id().equals(p.leadId());
                boolean enterprise = m.kind() == UnitKind.ENTERPRISE;
                boolean inChain = chain.contains(m.chainPosition().orElseThrow());
                allLegalPersons &= m.traits().get(Trait.INDEPENDENT_LEGAL_PERSON);
                if (!lead && enterprise) {
                    enterprisesQualify &= inChain && m.attested().get(Attestation.RD_SUPPORT_CAPABILITY);
                }
                if (lead && leadOut) {
                    continue;
                }
                n++;
                aboveSize += enterprise && m.traits().get(Trait.ABOVE_DESIGNATED_SIZE) ? 1 : 0;
                placed += enterprise && inChain ? 1 : 0;
            }
            Map<String, Outcome> out = new HashMap<>();
            out.put("J6", Outcome.of(n > 0 && aboveSize * 100 >= aboveSizePercent * n));
            out.put("J7", Outcome.of(n > 0 && placed * 100 >= chainPercent * n));
            out.put("J13", Outcome.of(allLegalPersons));
            out.put("J16", Outcome.of(enterprisesQualify));
            return out;
        }
    }

    @Test
    void memberRulesAgreeWithEveryCompletionOfTheirUnknowns() {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Case c = randomCase(r);
            long count = c.profile().members().stream().mapToLong(m -> variants(m).size()).reduce(1, (a, b) -> a * b);
            if (count > MAX_COMPLETIONS) {
                return;
            }
            checked.incrementAndGet();
            List<Profile> completions = completions(c.profile());
            Map<String, Set<Outcome>> seen = new HashMap<>();
            for (Profile q : completions) {
                Map<String, Outcome> assessed = c.assessed(q);
                assertThat(assessed).as("seed %d: on the complete profile %s under %s", seed, q, c).isEqualTo(c.counted(q));
                assessed.forEach((rule, o) -> seen.computeIfAbsent(rule, k -> EnumSet.noneOf(Outcome.class)).add(o));
            }
            Map<String, Outcome> expected = new HashMap<>();
            seen.forEach((rule, outcomes) -> expected.put(rule, outcomes.size() == 1 ? outcomes.iterator().next() : Outcome.UNKNOWN));
            assertThat(c.assessed(c.profile())).as("seed %d: %s", seed, c).isEqualTo(expected);
        });
        assertThat(checked.get()).as("cases actually checked (not skipped for too many completions)").isGreaterThan(150);
    }

    @Test
    void generatorReachesAllThreeOutcomesOfEveryRule() {
        // Guards the property against a generator that never yields an UNKNOWN or never a decided case.
        Map<String, Set<Outcome>> seen = new HashMap<>();
        Random r = new Random(20250601L);
        for (int i = 0; i < 500; i++) {
            Case c = randomCase(r);
            c.assessed(c.profile()).forEach((rule, o) -> seen.computeIfAbsent(rule, k -> EnumSet.noneOf(Outcome.class)).add(o));
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(RULES);
        seen.forEach((rule, outcomes) -> assertThat(outcomes).as(rule).containsExactlyInAnyOrder(Outcome.values()));
    }

    /** 1 to 6 members; kinds and the four facts random, each fact unknown about a third of the time. */
    private static Case randomCase(Random r) {
        int n = 1 + r.nextInt(6);
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            UnitKind kind = r.nextInt(10) < 6 ? UnitKind.ENTERPRISE : OTHER_KINDS.get(r.nextInt(OTHER_KINDS.size()));
            ImmutableMember.Builder b = ImmutableMember.builder().id("m" + i).name("单位" + i).kind(kind)
                    .registeredIn(DivisionCode.of("419001"));
            for (Trait t : List.of(Trait.ABOVE_DESIGNATED_SIZE, Trait.INDEPENDENT_LEGAL_PERSON)) {
                int v = r.nextInt(3);
                if (v < 2) {
                    b.putTraits(t, v == 0);
                }
            }
            int rd = r.nextInt(3);
            if (rd < 2) {
                b.putAttested(Attestation.RD_SUPPORT_CAPABILITY, rd == 0);
            }
            if (r.nextInt(5) < 3) {
                b.chainPosition(ChainPosition.values()[r.nextInt(ChainPosition.values().length)]);
            }
            members.add(b.build());
        }
        Profile p = ImmutableProfile.builder().name("随机联合体").leadId("m1").members(members).build();
        ReadingSet readings = ReadingSet.defaults().with(Reading.R1, r.nextBoolean()).with(Reading.R4, r.nextBoolean());
        return new Case(p, readings, r.nextBoolean() ? 60 : 1 + r.nextInt(100), r.nextBoolean() ? 50 : 1 + r.nextInt(100));
    }

    /** Every profile that fills each unknown fact of the four with each of its values. */
    private static List<Profile> completions(Profile p) {
        List<List<Member>> partial = List.of(List.of());
        for (Member m : p.members()) {
            List<Member> variants = variants(m);
            List<List<Member>> next = new ArrayList<>();
            for (List<Member> prefix : partial) {
                for (Member v : variants) {
                    List<Member> extended = new ArrayList<>(prefix);
                    extended.add(v);
                    next.add(extended);
                }
            }
            partial = next;
        }
        return partial.stream().map(ms -> (Profile) ImmutableProfile.copyOf(p).withMembers(ms)).toList();
    }

    private static List<Member> variants(Member m) {
        List<Member> out = List.of(m);
        for (Trait t : List.of(Trait.ABOVE_DESIGNATED_SIZE, Trait.INDEPENDENT_LEGAL_PERSON)) {
            if (!m.traits().containsKey(t)) {
                out = expand(out, List.of(x -> trait(x, t, true), x -> trait(x, t, false)));
            }
        }
        if (!m.attested().containsKey(Attestation.RD_SUPPORT_CAPABILITY)) {
            out = expand(out, List.of(x -> rd(x, true), x -> rd(x, false)));
        }
        if (m.chainPosition().isEmpty()) {
            List<UnaryOperator<Member>> positions = new ArrayList<>();
            for (ChainPosition c : ChainPosition.values()) {
                positions.add(x -> ImmutableMember.copyOf(x).withChainPosition(c));
            }
            out = expand(out, positions);
        }
        return out;
    }

    private static List<Member> expand(List<Member> members, List<UnaryOperator<Member>> fills) {
        List<Member> out = new ArrayList<>();
        for (Member m : members) {
            for (UnaryOperator<Member> f : fills) {
                out.add(f.apply(m));
            }
        }
        return out;
    }

    private static Member trait(Member m, Trait t, boolean value) {
        Map<Trait, Boolean> traits = new EnumMap<>(Trait.class);
        traits.putAll(m.traits());
        traits.put(t, value);
        return ImmutableMember.copyOf(m).withTraits(traits);
    }

    private static Member rd(Member m, boolean value) {
        Map<Attestation, Boolean> attested = new EnumMap<>(Attestation.class);
        attested.putAll(m.attested());
        attested.put(Attestation.RD_SUPPORT_CAPABILITY, value);
        return ImmutableMember.copyOf(m).withAttested(attested);
    }
}

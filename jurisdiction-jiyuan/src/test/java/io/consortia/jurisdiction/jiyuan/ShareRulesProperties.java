package io.consortia.jurisdiction.jiyuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Context;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.testkit.Installed;
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
 * The share rules J6 and J7 against brute force: a rule is PASS iff every completion of the
 * unknowns passes, FAIL iff every completion fails, UNKNOWN otherwise (contract §1). Each example
 * is a random profile drawn from a seed; QuickTheories reports the falsifying seed, and every
 * assertion names it too.
 *
 * <p>An unknown 规上 flag completes to true or false. An unknown chain position completes to
 * upstream, midstream, downstream, or <em>not placed in the chain</em>: absent means it is not known
 * whether the enterprise is placed at all (the profile has no value for "outside the chain"), so
 * those completions are counted directly rather than built as profiles.
 */
class ShareRulesProperties {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final List<UnitKind> OTHER_KINDS = List.of(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE,
            UnitKind.SERVICE_ORGANIZATION, UnitKind.FINANCIAL_INSTITUTION, UnitKind.OTHER);

    private static Condition rule(String catalogId) {
        Rule rule = Installed.jurisdiction("jiyuan").latest().rule(new RuleId("jiyuan", catalogId)).orElseThrow();
        return rule::evaluate;
    }

    @Test
    void j6AgreesWithEveryCompletionOfTheUnknownAboveSizeFlags() {
        Condition j6 = rule("J6");
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = randomProfile(r);
            ReadingSet readings = randomReadings(r);
            Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
            for (Profile q : sizeCompletions(p)) {
                Outcome o = j6.evaluate(context(q, readings)).outcome();
                assertThat(o).as("seed %d: J6 on the complete profile %s", seed, q).isNotEqualTo(Outcome.UNKNOWN);
                outcomes.add(o);
            }
            assertThat(j6.evaluate(context(p, readings)).outcome()).as("seed %d: J6 with readings %s on %s", seed, readings, p)
                    .isEqualTo(aggregate(outcomes));
        });
    }

    @Test
    void j7AgreesWithEveryCompletionOfTheUnknownChainPositions() {
        Condition j7 = rule("J7");
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = randomProfile(r);
            ReadingSet readings = randomReadings(r);
            assertChainShareAgrees(j7, 50, p, readings, seed);
        });
    }

    @Test
    void chainShareAgreesWithEveryCompletionAtAnyPercentage() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = randomProfile(r);
            ReadingSet readings = randomReadings(r);
            int percent = 1 + r.nextInt(100);
            assertChainShareAgrees(ChainEnterprises.shareAtLeast(Population.MEMBER_UNITS, percent), percent, p, readings, seed);
        });
    }

    @Test
    void generatorReachesAllThreeOutcomesOfJ6AndJ7() {
        // Guards the properties against a generator that never yields an UNKNOWN or never a decided case.
        Condition j6 = rule("J6");
        Condition j7 = rule("J7");
        Set<Outcome> six = EnumSet.noneOf(Outcome.class);
        Set<Outcome> seven = EnumSet.noneOf(Outcome.class);
        Random r = new Random(20250601L);
        for (int i = 0; i < 500; i++) {
            Profile p = randomProfile(r);
            ReadingSet readings = randomReadings(r);
            six.add(j6.evaluate(context(p, readings)).outcome());
            seven.add(j7.evaluate(context(p, readings)).outcome());
        }
        assertThat(six).containsExactlyInAnyOrder(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN);
        assertThat(seven).containsExactlyInAnyOrder(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN);
    }

    /**
     * Enumerates every placement of the members whose position is unknown; each completion is
     * counted directly, and where it is expressible as a profile the condition must agree with the
     * count on it too.
     */
    private static void assertChainShareAgrees(Condition c, int percent, Profile p, ReadingSet readings, long seed) {
        List<Member> counted = readings.isAlternative(Reading.R1) ? p.others() : p.members();
        Set<ChainPosition> positions = readings.isAlternative(JiyuanReadings.R4)
                ? EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.DOWNSTREAM) : EnumSet.allOf(ChainPosition.class);
        List<Member> unknown = p.members().stream().filter(m -> m.chainPosition().isEmpty()).toList();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Map<String, Optional<ChainPosition>> placement : placements(unknown)) {
            int qualify = 0;
            for (Member m : counted) {
                Optional<ChainPosition> at = m.chainPosition().isPresent() ? m.chainPosition() : placement.get(m.id());
                if (m.kind() == UnitKind.ENTERPRISE && at.isPresent() && positions.contains(at.get())) {
                    qualify++;
                }
            }
            Outcome byCount = Outcome.of(!counted.isEmpty() && qualify * 100 >= percent * counted.size());
            outcomes.add(byCount);
            if (placement.values().stream().allMatch(Optional::isPresent)) {
                Profile q = place(p, placement);
                assertThat(c.evaluate(context(q, readings)).outcome())
                        .as("seed %d: chain share >= %d%% on the complete profile %s", seed, percent, q).isEqualTo(byCount);
            }
        }
        assertThat(c.evaluate(context(p, readings)).outcome())
                .as("seed %d: chain share >= %d%% with readings %s on %s", seed, percent, readings, p).isEqualTo(aggregate(outcomes));
    }

    private static Outcome aggregate(Set<Outcome> outcomes) {
        return outcomes.size() == 1 ? outcomes.iterator().next() : Outcome.UNKNOWN;
    }

    private static Context context(Profile p, ReadingSet readings) {
        return new Context("jiyuan", p, ON, readings, Optional.empty());
    }

    /** 1 to 6 members; kinds, 规上 flags and chain positions random, flags and positions often unknown. */
    private static Profile randomProfile(Random r) {
        int n = 1 + r.nextInt(6);
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            UnitKind kind = r.nextInt(10) < 6 ? UnitKind.ENTERPRISE : OTHER_KINDS.get(r.nextInt(OTHER_KINDS.size()));
            ImmutableMember.Builder b = ImmutableMember.builder().id("m" + i).name("单位" + i).kind(kind)
                    .registeredIn(DivisionCode.of("419001"));
            int size = r.nextInt(3);
            if (size < 2) {
                b.putTraits(Trait.ABOVE_DESIGNATED_SIZE, size == 0);
            }
            if (r.nextInt(5) < 3) {
                b.chainPosition(ChainPosition.values()[r.nextInt(3)]);
            }
            members.add(b.build());
        }
        return ImmutableProfile.builder().name("随机联合体").leadId("m1").members(members).build();
    }

    private static ReadingSet randomReadings(Random r) {
        return ReadingSet.defaults().with(Reading.R1, r.nextBoolean()).with(JiyuanReadings.R4, r.nextBoolean());
    }

    /** Every profile that fills each unknown 规上 flag of p with true or false. */
    private static List<Profile> sizeCompletions(Profile p) {
        List<List<Member>> partial = List.of(List.of());
        for (Member m : p.members()) {
            List<Member> variants = m.traits().containsKey(Trait.ABOVE_DESIGNATED_SIZE)
                    ? List.of(m) : List.of(withSize(m, true), withSize(m, false));
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

    private static Member withSize(Member m, boolean value) {
        Map<Trait, Boolean> traits = new HashMap<>(m.traits());
        traits.put(Trait.ABOVE_DESIGNATED_SIZE, value);
        return ImmutableMember.copyOf(m).withTraits(traits);
    }

    /** Every assignment of the members to a position or to "not placed" (empty). */
    private static List<Map<String, Optional<ChainPosition>>> placements(List<Member> members) {
        List<Map<String, Optional<ChainPosition>>> out = new ArrayList<>();
        out.add(Map.of());
        for (Member m : members) {
            List<Map<String, Optional<ChainPosition>>> next = new ArrayList<>();
            for (Map<String, Optional<ChainPosition>> prefix : out) {
                List<Optional<ChainPosition>> choices = new ArrayList<>();
                choices.add(Optional.empty());
                for (ChainPosition c : ChainPosition.values()) {
                    choices.add(Optional.of(c));
                }
                for (Optional<ChainPosition> choice : choices) {
                    Map<String, Optional<ChainPosition>> extended = new HashMap<>(prefix);
                    extended.put(m.id(), choice);
                    next.add(extended);
                }
            }
            out = next;
        }
        return out;
    }

    private static Profile place(Profile p, Map<String, Optional<ChainPosition>> placement) {
        List<Member> members = new ArrayList<>();
        for (Member m : p.members()) {
            Optional<ChainPosition> at = placement.get(m.id());
            members.add(at == null ? m : ImmutableMember.copyOf(m).withChainPosition(at.orElseThrow()));
        }
        return ImmutableProfile.copyOf(p).withMembers(members);
    }
}

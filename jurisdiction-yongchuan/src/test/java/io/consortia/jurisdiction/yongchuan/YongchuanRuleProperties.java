package io.consortia.jurisdiction.yongchuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.Context;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import io.consortia.kernel.testkit.RandomProfiles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every Yongchuan rule treats unknown facts as contract §1 says, checked against brute force: on a
 * random profile, a rule is PASS exactly when every completion of the unknown facts passes, FAIL
 * exactly when every completion fails, and UNKNOWN otherwise. The completions fill every unknown
 * governance item, every unknown attestation of the lead and every member's unknown
 * {@code qualifiedTeam}; a rule that read any other unknown fact could be UNKNOWN on a
 * completion, which the property also rejects. QuickTheories reports the failing seed;
 * {@code new Random(seed)} replays the profile.
 */
class YongchuanRuleProperties {

    /** Profiles with more unknown facts than this are skipped: 2^10 completions is the most we try. */
    private static final int MAX_UNKNOWNS = 10;

    /** One unknown fact and how to make it known. */
    private record Slot(String name, BiFunction<Profile, Boolean, Profile> fill) {}

    private static List<Slot> unknowns(Profile p) {
        List<Slot> slots = new ArrayList<>();
        for (GovernanceItem g : GovernanceItem.values()) {
            if (!p.governance().containsKey(g)) {
                slots.add(new Slot("governance." + g.key(), (q, v) -> Fixtures.governance(q, g, v)));
            }
        }
        for (Member m : p.members()) {
            Set<Attestation> read = m.id().equals(p.leadId()) ? EnumSet.allOf(Attestation.class) : EnumSet.of(Attestation.QUALIFIED_TEAM);
            for (Attestation a : read) {
                if (!m.attested().containsKey(a)) {
                    slots.add(new Slot(m.id() + ".attested." + a.key(), (q, v) -> Fixtures.attest(q, m.id(), a, v)));
                }
            }
        }
        return slots;
    }

    private static Outcome evaluate(Rule rule, Profile p, ReadingSet readings) {
        return rule.evaluate(new Context("yongchuan", p, YongchuanProfiles.ON, readings, Optional.empty())).outcome();
    }

    /**
     * For each rule: PASS iff every completion passes, FAIL iff every completion fails, else
     * UNKNOWN. Each completion is built once and every rule evaluated on it.
     */
    private static Map<Rule, Outcome> bruteForce(List<Rule> rules, Profile p, List<Slot> slots, ReadingSet readings, long seed) {
        Map<Rule, Boolean> anyPass = new HashMap<>();
        Map<Rule, Boolean> anyFail = new HashMap<>();
        for (long bits = 0; bits < 1L << slots.size(); bits++) {
            Profile completed = p;
            for (int i = 0; i < slots.size(); i++) {
                completed = slots.get(i).fill().apply(completed, (bits >> i & 1) == 1);
            }
            for (Rule rule : rules) {
                Outcome o = evaluate(rule, completed, readings);
                assertThat(o).as("seed %d: %s on a completion of every unknown it could read", seed, rule.id()).isNotEqualTo(Outcome.UNKNOWN);
                anyPass.merge(rule, o == Outcome.PASS, Boolean::logicalOr);
                anyFail.merge(rule, o == Outcome.FAIL, Boolean::logicalOr);
            }
        }
        Map<Rule, Outcome> expected = new HashMap<>();
        for (Rule rule : rules) {
            boolean pass = anyPass.get(rule);
            boolean fail = anyFail.get(rule);
            expected.put(rule, pass && fail ? Outcome.UNKNOWN : pass ? Outcome.PASS : Outcome.FAIL);
        }
        return expected;
    }

    @Test
    void everyRuleAgreesWithBruteForceOverTheCompletionsOfItsUnknowns() {
        List<Rule> rules = Installed.jurisdiction("yongchuan").latest().rules();
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = RandomProfiles.profile(r, "500118", YongchuanProfiles.ON.getYear());
            ReadingSet readings = ReadingSet.defaults().with(Reading.R1, r.nextBoolean());
            List<Slot> slots = unknowns(p);
            if (slots.size() > MAX_UNKNOWNS) {
                return;
            }
            checked.incrementAndGet();
            Map<Rule, Outcome> expected = bruteForce(rules, p, slots, readings, seed);
            for (Rule rule : rules) {
                assertThat(evaluate(rule, p, readings))
                        .as("seed %d: %s with unknowns %s under %s", seed, rule.id(), slots.stream().map(Slot::name).toList(), readings)
                        .isEqualTo(expected.get(rule));
            }
        });
        assertThat(checked.get()).as("profiles actually checked (not skipped for too many unknowns)").isGreaterThan(100);
    }
}

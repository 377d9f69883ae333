package io.consortia.jurisdiction.yongchuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import io.consortia.kernel.testkit.RandomProfiles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every Yongchuan rule treats unknown facts as contract §1 says, checked against brute force
 * through real assessments: on a random profile, a rule is PASS exactly when every completion of
 * the unknown facts passes, FAIL exactly when every completion fails, and UNKNOWN otherwise.
 *
 * <p>The completions fill every unknown governance item, every unknown attestation of the lead,
 * and the attestation a member of its kind is asked for: {@code fieldAdvantage} of a university
 * or institute (Y8), {@code backbone} of an enterprise (Y10). A rule that read any other unknown
 * fact (a university's {@code qualifiedTeam}, the lead's {@code backbone} under Y10) would be
 * UNKNOWN on a completion, which the property also rejects. QuickTheories reports the failing
 * seed; {@code new Random(seed)} replays the profile.
 */
class YongchuanRuleProperties {

    /** Profiles with more unknown facts than this are skipped: 2^10 completions is the most we try. */
    private static final int MAX_UNKNOWNS = 10;

    private static final Jurisdiction YONGCHUAN = Installed.jurisdiction("yongchuan");

    /** The rules of the shape "A, or B which implies A". */
    private static final Set<String> IMPLIED = Set.of("Y6.a", "Y7");

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
            for (Attestation a : asked(m, m.id().equals(p.leadId()))) {
                if (!m.attested().containsKey(a)) {
                    slots.add(new Slot(m.id() + ".attested." + a.key(), (q, v) -> Fixtures.attest(q, m.id(), a, v)));
                }
            }
        }
        return slots;
    }

    /** The attestations Yongchuan's rules may ask of the member. */
    private static Set<Attestation> asked(Member m, boolean lead) {
        if (lead) {
            return EnumSet.allOf(Attestation.class);
        }
        if (m.kind() == UnitKind.UNIVERSITY || m.kind() == UnitKind.RESEARCH_INSTITUTE) {
            return EnumSet.of(Attestation.FIELD_ADVANTAGE);
        }
        return m.kind() == UnitKind.ENTERPRISE ? EnumSet.of(Attestation.BACKBONE) : EnumSet.noneOf(Attestation.class);
    }

    /** Every finding's outcome, by catalog id, in rule order. */
    private static Map<String, Outcome> outcomes(Profile p, ReadingSet readings) {
        Assessment a = YONGCHUAN.assess(p, AssessmentOptions.on(YongchuanProfiles.ON).withReadings(readings));
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (Finding f : a.findings()) {
            out.put(f.rule().id().catalogId(), f.outcome());
        }
        return out;
    }

    /**
     * Whether filling made the completion contradict contract §1's implications: quarterlyExchange
     * implies regularExchange, an ipAgreement is a means of an ipSystem. Such a profile is not a
     * possible state of the world; a contradiction the profile itself states is kept (the rules
     * then pass on B, as the catalog's "A, or B which implies A" says).
     */
    private static boolean contradicts(Profile original, Profile completed) {
        return contradicts(original, completed, GovernanceItem.REGULAR_EXCHANGE, GovernanceItem.QUARTERLY_EXCHANGE)
                || contradicts(original, completed, GovernanceItem.IP_SYSTEM, GovernanceItem.IP_AGREEMENT);
    }

    private static boolean contradicts(Profile original, Profile completed, GovernanceItem a, GovernanceItem impliesA) {
        boolean filled = !original.governance().containsKey(a) || !original.governance().containsKey(impliesA);
        return filled && Boolean.FALSE.equals(completed.governance().get(a)) && Boolean.TRUE.equals(completed.governance().get(impliesA));
    }

    /**
     * For each rule: PASS iff every completion passes, FAIL iff every completion fails, else
     * UNKNOWN. The "A, or B which implies A" rules (Y6.a, Y7) are judged over the completions that
     * respect the implication, every other rule over all completions: Y6.b reads
     * {@code quarterlyExchange} alone, so with {@code regularExchange: false} and the rhythm
     * unstated it stays UNKNOWN, as the catalog's table says.
     */
    private static Map<String, Outcome> bruteForce(Profile p, List<Slot> slots, ReadingSet readings, long seed) {
        Map<String, Boolean> anyPass = new HashMap<>();
        Map<String, Boolean> anyFail = new HashMap<>();
        for (long bits = 0; bits < 1L << slots.size(); bits++) {
            Profile completed = p;
            for (int i = 0; i < slots.size(); i++) {
                completed = slots.get(i).fill().apply(completed, (bits >> i & 1) == 1);
            }
            boolean possible = !contradicts(p, completed);
            outcomes(completed, readings).forEach((rule, o) -> {
                assertThat(o).as("seed %d: %s on a completion of every unknown it could read", seed, rule).isNotEqualTo(Outcome.UNKNOWN);
                if (possible || !IMPLIED.contains(rule)) {
                    anyPass.merge(rule, o == Outcome.PASS, Boolean::logicalOr);
                    anyFail.merge(rule, o == Outcome.FAIL, Boolean::logicalOr);
                }
            });
        }
        Map<String, Outcome> expected = new LinkedHashMap<>();
        anyPass.forEach((rule, pass) -> {
            boolean fail = anyFail.get(rule);
            expected.put(rule, pass && fail ? Outcome.UNKNOWN : pass ? Outcome.PASS : Outcome.FAIL);
        });
        return expected;
    }

    @Test
    void everyRuleAgreesWithBruteForceOverTheCompletionsOfItsUnknowns() {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger undecided = new AtomicInteger();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = RandomProfiles.profile(r, "500118", YongchuanProfiles.ON.getYear());
            ReadingSet readings = ReadingSet.defaults().with(Reading.R1, r.nextBoolean());
            List<Slot> slots = unknowns(p);
            if (slots.size() > MAX_UNKNOWNS) {
                return;
            }
            checked.incrementAndGet();
            Map<String, Outcome> actual = outcomes(p, readings);
            if (actual.containsValue(Outcome.UNKNOWN)) {
                undecided.incrementAndGet();
            }
            assertThat(actual)
                    .as("seed %d with unknowns %s under %s", seed, slots.stream().map(Slot::name).toList(), readings)
                    .isEqualTo(bruteForce(p, slots, readings, seed));
        });
        assertThat(checked.get()).as("profiles actually checked (not skipped for too many unknowns)").isGreaterThan(100);
        assertThat(undecided.get()).as("checked profiles with some UNKNOWN finding").isGreaterThan(20);
    }
}

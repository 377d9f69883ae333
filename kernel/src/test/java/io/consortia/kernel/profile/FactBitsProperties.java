package io.consortia.kernel.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.outcome.Outcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The packed fact bits a member and a profile compute once, when built, say what their maps say:
 * a fact's bit is known iff the map states it and holds iff it is stated true; and a division
 * code's number is its digits.
 */
class FactBitsProperties {

    private static <K extends Enum<K>> Map<K, Boolean> randomFacts(Class<K> type, Random r) {
        Map<K, Boolean> out = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            int x = r.nextInt(3);
            if (x < 2) {
                out.put(k, x == 0);
            }
        }
        return out;
    }

    private static Outcome expected(Boolean stated) {
        return stated == null ? Outcome.UNKNOWN : stated ? Outcome.PASS : Outcome.FAIL;
    }

    @Test
    void membersBitsAreTheirMaps() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Map<Trait, Boolean> traits = randomFacts(Trait.class, r);
            Map<Attestation, Boolean> attested = randomFacts(Attestation.class, r);
            UnitKind kind = UnitKind.values()[r.nextInt(UnitKind.values().length)];
            ImmutableMember.Builder b = ImmutableMember.builder().id("m1").name("n").kind(kind)
                    .registeredIn(DivisionCode.of("320505")).traits(traits).attested(attested);
            ChainPosition chain = null;
            if (r.nextBoolean()) {
                chain = ChainPosition.values()[r.nextInt(ChainPosition.values().length)];
                b.chainPosition(chain);
            }
            Member m = b.build();
            for (Trait t : Trait.values()) {
                assertThat(m.trait(t)).as("%s in %s", t, traits).isEqualTo(expected(traits.get(t)));
            }
            for (Attestation a : Attestation.values()) {
                assertThat(m.attests(a)).as("%s in %s", a, attested).isEqualTo(expected(attested.get(a)));
            }
            long known = FactBits.KIND_MASK | (chain == null ? 0 : FactBits.CHAIN_MASK);
            long value = FactBits.of(kind) | (chain == null ? 0 : FactBits.of(chain));
            for (Map.Entry<Trait, Boolean> e : traits.entrySet()) {
                known |= FactBits.of(e.getKey());
                value |= e.getValue() ? FactBits.of(e.getKey()) : 0;
            }
            for (Map.Entry<Attestation, Boolean> e : attested.entrySet()) {
                known |= FactBits.of(e.getKey());
                value |= e.getValue() ? FactBits.of(e.getKey()) : 0;
            }
            assertThat(m.knownBits()).isEqualTo(known);
            assertThat(m.valueBits()).isEqualTo(value);
        });
    }

    @Test
    void profilesGovernanceBitsAreTheirMap() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Map<GovernanceItem, Boolean> governance = randomFacts(GovernanceItem.class, new Random(seed));
            Member lead = ImmutableMember.builder().id("m1").name("n").kind(UnitKind.ENTERPRISE)
                    .registeredIn(DivisionCode.of("320505")).build();
            Profile p = ImmutableProfile.builder().name("p").leadId("m1").addMembers(lead).governance(governance).build();
            for (GovernanceItem g : GovernanceItem.values()) {
                assertThat(p.has(g)).as("%s in %s", g, governance).isEqualTo(expected(governance.get(g)));
            }
            assertThat(p.governanceValue() & ~p.governanceKnown()).as("value ⊆ known").isZero();
            assertThat(Long.bitCount(p.governanceKnown())).isEqualTo(governance.size());
        });
    }

    @Test
    void aDivisionCodesNumberIsItsDigits() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String code = String.format("%02d%04d", 11 + r.nextInt(55), r.nextInt(10_000));
            if (DivisionCode.parse(code).isRight()) {
                assertThat(DivisionCode.of(code).number()).isEqualTo(Integer.parseInt(code));
            }
        });
        assertThat(DivisionCode.of("110108").number()).isEqualTo(110_108);
        assertThat(DivisionCode.of("650000").number()).isEqualTo(650_000);
    }
}

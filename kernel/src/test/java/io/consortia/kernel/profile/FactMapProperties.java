package io.consortia.kernel.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.DivisionCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The yes/no maps of members and profiles, held as bits ({@link FactMap}, through {@link
 * FactMapEncoding}), are the maps Immutables held before: {@code Collections.unmodifiableMap} of an
 * {@code EnumMap} of the same entries, whatever builder method made them (equal both ways, the
 * same hash code, text and order, every change refused); and members built by each path are
 * equal, with equal hash codes and equal fact bits, those of the maps' lookups.
 */
class FactMapProperties {

    /** Random puts, some of a key again (the last value wins, as in a map). */
    private static <K extends Enum<K>> List<Map.Entry<K, Boolean>> puts(Class<K> type, Random r) {
        K[] constants = type.getEnumConstants();
        List<Map.Entry<K, Boolean>> out = new ArrayList<>();
        int n = r.nextInt(constants.length + 4);
        for (int i = 0; i < n; i++) {
            out.add(Map.entry(constants[r.nextInt(constants.length)], r.nextBoolean()));
        }
        return out;
    }

    private static <K extends Enum<K>> Map<K, Boolean> reference(Class<K> type, List<Map.Entry<K, Boolean>> puts) {
        EnumMap<K, Boolean> m = new EnumMap<>(type);
        puts.forEach(e -> m.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(m);
    }

    private static <K extends Enum<K>> void assertSameMap(Map<K, Boolean> actual, Map<K, Boolean> expected, Class<K> type, Object foreign) {
        assertThat(actual).isInstanceOf(FactMap.class);
        assertThat(actual.equals(expected)).isTrue();
        assertThat(expected.equals(actual)).isTrue();
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        for (K k : type.getEnumConstants()) {
            assertThat(actual.get(k)).isEqualTo(expected.get(k));
            assertThat(actual.containsKey(k)).isEqualTo(expected.containsKey(k));
        }
        assertThat(actual.get(foreign)).isNull();
        assertThat(actual.containsKey(foreign)).isFalse();
        assertThat(actual.get(null)).isNull();
        assertThat(actual.containsValue(true)).isEqualTo(expected.containsValue(true));
        assertThat(actual.containsValue(false)).isEqualTo(expected.containsValue(false));
        List<Object> visited = new ArrayList<>();
        actual.forEach((k, v) -> visited.add(Map.entry(k, v)));
        assertThat(visited).isEqualTo(new ArrayList<>(expected.entrySet()));
        K any = type.getEnumConstants()[0];
        assertThatThrownBy(() -> actual.put(any, true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.remove(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(actual::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.putIfAbsent(any, true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.merge(any, true, (a, b) -> a)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.keySet().remove(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyBuilderPathMakesTheMapAnEnumMapWouldHold() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Map.Entry<Trait, Boolean>> traitPuts = puts(Trait.class, r);
            List<Map.Entry<Attestation, Boolean>> attestationPuts = puts(Attestation.class, r);
            Map<Trait, Boolean> traits = reference(Trait.class, traitPuts);
            Map<Attestation, Boolean> attested = reference(Attestation.class, attestationPuts);
            UnitKind kind = UnitKind.values()[r.nextInt(UnitKind.values().length)];

            ImmutableMember.Builder one = base(kind);
            traitPuts.forEach(e -> one.putTraits(e.getKey(), e.getValue()));
            attestationPuts.forEach(one::putAttested);
            ImmutableMember byPuts = one.build();
            ImmutableMember byMaps = base(kind).traits(enumMap(Trait.class, traits))
                    .putAllAttested(attested).build();
            ImmutableMember byWith = base(kind).build().withTraits(traits).withAttested(attested);
            ImmutableMember byFrom = ImmutableMember.builder().from(byPuts).build();
            // A builder's map set again: what it held before is gone.
            ImmutableMember bySetAgain = base(kind).putTraits(Trait.CORE, true).traits(traits).attested(attested).build();

            for (ImmutableMember m : List.of(byPuts, byMaps, byWith, byFrom, bySetAgain)) {
                assertSameMap(m.traits(), traits, Trait.class, Attestation.COOPERATION_BASIS);
                assertSameMap(m.attested(), attested, Attestation.class, Trait.CORE);
                assertThat(m).isEqualTo(byPuts);
                assertThat(m.hashCode()).isEqualTo(byPuts.hashCode());
                assertThat(m.toString()).isEqualTo(byPuts.toString());
                // The bits the maps' entries give, each fact's own bit (FactBits.of).
                long lookedUp = 0;
                for (Map.Entry<Trait, Boolean> e : traits.entrySet()) {
                    long bit = FactBits.of(e.getKey());
                    lookedUp |= bit | (e.getValue() ? bit << 32 : 0);
                }
                for (Map.Entry<Attestation, Boolean> e : attested.entrySet()) {
                    long bit = FactBits.of(e.getKey());
                    lookedUp |= bit | (e.getValue() ? bit << 32 : 0);
                }
                long kindAndChain = FactBits.KIND_MASK | FactBits.CHAIN_MASK;
                assertThat(m.factBits() & ~(kindAndChain | kindAndChain << 32))
                        .isEqualTo(lookedUp);
            }
        });
    }

    @Test
    void profilesGovernanceIsTheMapAnEnumMapWouldHold() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Map.Entry<GovernanceItem, Boolean>> puts = puts(GovernanceItem.class, r);
            Map<GovernanceItem, Boolean> governance = reference(GovernanceItem.class, puts);
            Member lead = base(UnitKind.ENTERPRISE).build();
            ImmutableProfile.Builder b = ImmutableProfile.builder().name("p").leadId("m1").addMembers(lead);
            puts.forEach(e -> b.putGovernance(e.getKey(), e.getValue()));
            ImmutableProfile byPuts = b.build();
            ImmutableProfile byMap = ImmutableProfile.builder().name("p").leadId("m1").addMembers(lead).governance(governance).build();
            for (ImmutableProfile p : List.of(byPuts, byMap, byPuts.withGovernance(enumMap(GovernanceItem.class, Map.of(GovernanceItem.values()[0], true))).withGovernance(governance))) {
                assertSameMap(p.governance(), governance, GovernanceItem.class, Trait.CORE);
                assertThat(p).isEqualTo(byPuts);
                assertThat(p.hashCode()).isEqualTo(byPuts.hashCode());
            }
        });
    }

    @Test
    void aNullKeyOrValueIsRefusedAsBefore() {
        Map<Trait, Boolean> withNull = new java.util.HashMap<>();
        withNull.put(Trait.CORE, null);
        assertThatThrownBy(() -> base(UnitKind.ENTERPRISE).traits(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> base(UnitKind.ENTERPRISE).putTraits(null, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> base(UnitKind.ENTERPRISE).putAttested(new java.util.AbstractMap.SimpleEntry<>(Attestation.BACKBONE, null)))
                .isInstanceOf(NullPointerException.class);
    }

    private static <K extends Enum<K>> EnumMap<K, Boolean> enumMap(Class<K> type, Map<K, Boolean> entries) {
        EnumMap<K, Boolean> m = new EnumMap<>(type);
        m.putAll(entries);
        return m;
    }

    private static ImmutableMember.Builder base(UnitKind kind) {
        return ImmutableMember.builder().id("m1").name("n").kind(kind).registeredIn(DivisionCode.of("320505"));
    }
}

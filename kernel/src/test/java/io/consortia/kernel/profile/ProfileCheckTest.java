package io.consortia.kernel.profile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consortia.kernel.code.DivisionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A profile refuses a member id used twice, however many members it has (small profiles take a path of their own). */
class ProfileCheckTest {

    private static List<Member> members(int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(ImmutableMember.builder().id("m" + i).name("n" + i).kind(UnitKind.ENTERPRISE)
                    .registeredIn(DivisionCode.of("320505")).build());
        }
        return out;
    }

    private static ImmutableProfile.Builder profile(List<Member> members) {
        return ImmutableProfile.builder().name("p").leadId("m1").members(members);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 13, 64, 65, 200})
    void distinctIdsPassAndARepeatedOneIsNamed(int n) {
        assertThatCode(() -> profile(members(n)).build()).doesNotThrowAnyException();
        for (int at : new int[] {1, n / 2, n - 1}) {
            List<Member> twice = members(n);
            twice.set(at, ImmutableMember.builder().from(twice.get(at)).id("m" + at).build());
            assertThatThrownBy(() -> profile(twice).build()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("duplicate member id m" + at);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 64, 65})
    void idsWithTheSameHashCodeAreNotDuplicates(int n) {
        List<Member> members = members(n);
        // "Aa" and "BB" share a hash code.
        members.set(0, ImmutableMember.builder().from(members.get(0)).id("Aa").build());
        members.set(1, ImmutableMember.builder().from(members.get(1)).id("BB").build());
        assertThatCode(() -> ImmutableProfile.builder().name("p").leadId("Aa").members(members).build()).doesNotThrowAnyException();
    }

    /** Against a hash set, on ids drawn from few letters (many repeats, many shared buckets and hash codes). */
    @org.junit.jupiter.api.Test
    void theRepeatedIdNamedIsTheFirstAHashSetFinds() {
        org.quicktheories.QuickTheory.qt().withExamples(2000).forAll(org.quicktheories.generators.SourceDSL.longs().all()).checkAssert(seed -> {
            java.util.Random r = new java.util.Random(seed);
            int n = 1 + r.nextInt(70);
            String[] alphabet = {"A", "a", "B", "BB", "Aa", "m"};
            List<Member> members = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String expected = null;
            for (int i = 0; i < n; i++) {
                StringBuilder id = new StringBuilder();
                for (int k = r.nextInt(3); k >= 0; k--) {
                    id.append(alphabet[r.nextInt(alphabet.length)]);
                }
                if (r.nextInt(4) == 0) {
                    id.append(r.nextInt(1000));
                }
                if (!seen.add(id.toString()) && expected == null) {
                    expected = id.toString();
                }
                members.add(ImmutableMember.builder().id(id.toString()).name("n").kind(UnitKind.ENTERPRISE)
                        .registeredIn(DivisionCode.of("320505")).build());
            }
            ImmutableProfile.Builder b = ImmutableProfile.builder().name("p").leadId(members.get(0).id()).members(members);
            if (expected == null) {
                assertThatCode(b::build).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessage("duplicate member id " + expected);
            }
        });
    }
}

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
}

package io.consortia.kernel.rule;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.text.Text;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A three-valued test of one member, with a label that names what it tests ("规上工业企业").
 * Used by the counting conditions of {@link Conditions}.
 */
public interface MemberTest {

    Outcome test(Member member, Context context);

    Text label();

    static MemberTest of(Text label, BiFunction<Member, Context, Outcome> test) {
        return new MemberTest() {
            @Override
            public Outcome test(Member member, Context context) {
                return test.apply(member, context);
            }

            @Override
            public Text label() {
                return label;
            }
        };
    }

    /** The member is of one of the kinds (always known). */
    static MemberTest kind(UnitKind... kinds) {
        Set<UnitKind> set = EnumSet.copyOf(Arrays.asList(kinds));
        Text label = new Text(
                set.stream().map(k -> k.label().zh()).collect(Collectors.joining("或")),
                set.stream().map(k -> k.label().en()).collect(Collectors.joining(" or ")));
        return of(label, (m, c) -> Outcome.of(set.contains(m.kind())));
    }

    /** The member has the trait (unknown when not recorded). */
    static MemberTest trait(Trait trait) {
        return of(trait.label(), (m, c) -> m.trait(trait));
    }

    /** The member is attested to meet the criterion (unknown when not attested). */
    static MemberTest attests(Attestation criterion) {
        return of(criterion.label(), (m, c) -> m.attests(criterion));
    }

    /** The member is registered in, or has a standing branch in, the region (always known). */
    static MemberTest presentIn(Region region) {
        return of(Text.of("在" + region.name().zh() + "注册或驻区", "registered or stationed in " + region.name().en()),
                (m, c) -> Outcome.of(m.presentIn(region)));
    }

    /** The member's chain position is one of these (unknown when not given). */
    static MemberTest chainPosition(Set<ChainPosition> positions) {
        Text label = new Text(
                "处于产业链" + positions.stream().map(p -> p.label().zh()).collect(Collectors.joining("或")),
                "placed " + positions.stream().map(p -> p.label().en()).collect(Collectors.joining(" or ")) + " in the chain");
        return of(label, (m, c) -> m.chainPosition().map(p -> Outcome.of(positions.contains(p))).orElse(Outcome.UNKNOWN));
    }

    /** Both tests. */
    default MemberTest and(MemberTest other) {
        MemberTest self = this;
        return of(label().concat("且", " and ", other.label()), (m, c) -> self.test(m, c).and(other.test(m, c)));
    }
}

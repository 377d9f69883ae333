package io.consortia.tck;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Small builders and edits for hand-checked test profiles: start from a jurisdiction's eligible
 * profile and change one fact, so that a table test reads as "this fact, this verdict".
 */
public final class Fixtures {

    private Fixtures() {}

    /** A member of a kind registered in a division, with nothing else known. */
    public static ImmutableMember.Builder member(String id, UnitKind kind, String division) {
        return ImmutableMember.builder().id(id).name(kind.label().zh() + id).kind(kind)
                .registeredIn(DivisionCode.of(division));
    }

    public static ImmutableMember.Builder enterprise(String id, String division) {
        return member(id, UnitKind.ENTERPRISE, division);
    }

    /** A university or institute attested to have a qualified team. */
    public static Member academic(String id, UnitKind kind, String division) {
        return member(id, kind, division).putAttested(Attestation.QUALIFIED_TEAM, true).build();
    }

    public static Platform platform(PlatformLevel level, PlatformType type) {
        return new Platform(level.label().zh() + type.label().zh(), level, type);
    }

    /** Every governance item given, all true. */
    public static Map<GovernanceItem, Boolean> fullGovernance() {
        Map<GovernanceItem, Boolean> m = new HashMap<>();
        for (GovernanceItem g : GovernanceItem.values()) {
            m.put(g, true);
        }
        return m;
    }

    public static ImmutableProfile.Builder profile(String name, String leadId) {
        return ImmutableProfile.builder().name(name).leadId(leadId);
    }

    // ---------------------------------------------------------------- edits

    /** Changes one member. */
    public static Profile editMember(Profile p, String id, UnaryOperator<ImmutableMember> change) {
        List<Member> members = new ArrayList<>();
        boolean found = false;
        for (Member m : p.members()) {
            if (m.id().equals(id)) {
                members.add(change.apply(ImmutableMember.copyOf(m)));
                found = true;
            } else {
                members.add(m);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no member " + id);
        }
        return ImmutableProfile.copyOf(p).withMembers(members);
    }

    /** Sets a trait of a member; {@code null} makes it unknown. */
    public static Profile trait(Profile p, String id, Trait trait, Boolean value) {
        return editMember(p, id, m -> {
            Map<Trait, Boolean> t = new HashMap<>(m.traits());
            if (value == null) {
                t.remove(trait);
            } else {
                t.put(trait, value);
            }
            return m.withTraits(t);
        });
    }

    /** Sets an attestation of a member; {@code null} makes it unknown. */
    public static Profile attest(Profile p, String id, Attestation a, Boolean value) {
        return editMember(p, id, m -> {
            Map<Attestation, Boolean> t = new HashMap<>(m.attested());
            if (value == null) {
                t.remove(a);
            } else {
                t.put(a, value);
            }
            return m.withAttested(t);
        });
    }

    /** Sets a governance item; {@code null} makes it unknown. */
    public static Profile governance(Profile p, GovernanceItem item, Boolean value) {
        Map<GovernanceItem, Boolean> g = new HashMap<>(p.governance());
        if (value == null) {
            g.remove(item);
        } else {
            g.put(item, value);
        }
        return ImmutableProfile.copyOf(p).withGovernance(g);
    }

    /** Sets a member's chain position; {@code null} makes it unknown. */
    public static Profile chain(Profile p, String id, ChainPosition position) {
        return editMember(p, id, m -> position == null ? m.withChainPosition(java.util.Optional.empty()) : m.withChainPosition(position));
    }

    /** Sets a member's fiscal year; {@code null} removes it (unknown). */
    public static Profile finances(Profile p, String id, int year, Long revenue, Long rd) {
        return editMember(p, id, m -> {
            Map<Integer, FiscalYear> f = new HashMap<>(m.finances());
            if (revenue == null) {
                f.remove(year);
            } else {
                f.put(year, FiscalYear.of(year, revenue, rd));
            }
            return m.withFinances(f);
        });
    }

    /** Removes members. */
    public static Profile without(Profile p, String... ids) {
        List<String> drop = List.of(ids);
        return ImmutableProfile.copyOf(p).withMembers(p.members().stream().filter(m -> !drop.contains(m.id())).toList());
    }

    /** Adds a member. */
    public static Profile with(Profile p, Member m) {
        List<Member> members = new ArrayList<>(p.members());
        members.add(m);
        return ImmutableProfile.copyOf(p).withMembers(members);
    }

    /** Sets the lead's kind. */
    public static Profile kind(Profile p, String id, UnitKind kind) {
        return editMember(p, id, m -> m.withKind(kind));
    }

    /** Sets a member's registered division. */
    public static Profile registeredIn(Profile p, String id, String division) {
        return editMember(p, id, m -> m.withRegisteredIn(DivisionCode.of(division)));
    }

    /** Sets a member's platforms. */
    public static Profile platforms(Profile p, String id, Platform... platforms) {
        return editMember(p, id, m -> m.withPlatforms(List.of(platforms)));
    }

    /** Sets the field; {@code null} makes it unknown. */
    public static Profile field(Profile p, String field) {
        return field == null ? ImmutableProfile.copyOf(p).withField(java.util.Optional.empty()) : ImmutableProfile.copyOf(p).withField(field);
    }

    /** A chain-positioned enterprise with every trait true. */
    public static Member chainEnterprise(String id, String division, ChainPosition position) {
        ImmutableMember.Builder b = enterprise(id, division).chainPosition(position);
        for (Trait t : Trait.values()) {
            b.putTraits(t, true);
        }
        return b.build();
    }
}

package io.consortia.tck;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactLevel;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The unknown facts of a profile, each with a way to make it known. Used to check knowledge
 * monotonicity: filling an unknown never changes a PASS or FAIL.
 */
public final class Unknowns {

    private Unknowns() {}

    /** One unknown fact and how to fill it with a random known value. */
    public record Slot(String description, BiFunction<Profile, Random, Profile> fill) {}

    /** Every unknown fact of the profile; fiscal years from {@code firstYear} to {@code lastYear}. */
    public static List<Slot> of(Profile p, int firstYear, int lastYear) {
        return of(p, firstYear, lastYear, List.of());
    }

    /**
     * Every unknown fact of the profile, the own facts of a jurisdiction included.
     *
     * @since 0.3
     */
    public static List<Slot> of(Profile p, int firstYear, int lastYear, List<OwnFact<?>> facts) {
        List<Slot> slots = new ArrayList<>();
        for (OwnFact<?> f : facts) {
            if (f.level() == FactLevel.CONSORTIUM && !p.ownFacts().containsKey(f.key())) {
                slots.add(new Slot("facts." + f.key(), (q, r) -> {
                    Map<String, Object> own = new HashMap<>(q.ownFacts());
                    own.put(f.key(), RandomProfiles.value(r, f, lastYear + 1));
                    return ImmutableProfile.copyOf(q).withOwnFacts(own);
                }));
            }
            if (f.level() == FactLevel.MEMBER) {
                for (Member m : p.members()) {
                    if (!m.ownFacts().containsKey(f.key())) {
                        String id = m.id();
                        slots.add(new Slot(id + ".facts." + f.key(), (q, r) -> withMember(q, id, x -> {
                            Map<String, Object> own = new HashMap<>(x.ownFacts());
                            own.put(f.key(), RandomProfiles.value(r, f, lastYear + 1));
                            return ImmutableMember.copyOf(x).withOwnFacts(own);
                        })));
                    }
                }
            }
        }
        if (p.field().isEmpty()) {
            slots.add(new Slot("field", (q, r) -> ImmutableProfile.copyOf(q)
                    .withField(RandomProfiles.FIELDS.get(r.nextInt(RandomProfiles.FIELDS.size())))));
        }
        for (GovernanceItem g : GovernanceItem.values()) {
            if (!p.governance().containsKey(g)) {
                slots.add(new Slot("governance." + g.key(), (q, r) -> {
                    Map<GovernanceItem, Boolean> m = new HashMap<>(q.governance());
                    m.put(g, consistent(g, m, r.nextBoolean()));
                    return ImmutableProfile.copyOf(q).withGovernance(m);
                }));
            }
        }
        for (Member m : p.members()) {
            String id = m.id();
            for (Trait t : Trait.values()) {
                if (!m.traits().containsKey(t)) {
                    slots.add(new Slot(id + "." + t.key(), (q, r) -> withMember(q, id, x -> {
                        Map<Trait, Boolean> traits = new HashMap<>(x.traits());
                        traits.put(t, r.nextBoolean());
                        return ImmutableMember.copyOf(x).withTraits(traits);
                    })));
                }
            }
            for (Attestation a : Attestation.values()) {
                if (!m.attested().containsKey(a)) {
                    slots.add(new Slot(id + ".attested." + a.key(), (q, r) -> withMember(q, id, x -> {
                        Map<Attestation, Boolean> att = new HashMap<>(x.attested());
                        att.put(a, r.nextBoolean());
                        return ImmutableMember.copyOf(x).withAttested(att);
                    })));
                }
            }
            if (m.chainPosition().isEmpty()) {
                slots.add(new Slot(id + ".chainPosition", (q, r) -> withMember(q, id,
                        x -> ImmutableMember.copyOf(x).withChainPosition(ChainPosition.values()[r.nextInt(ChainPosition.values().length)]))));
            }
            if (m.ongoingRdProjects().isEmpty()) {
                slots.add(new Slot(id + ".ongoingRdProjects", (q, r) -> withMember(q, id,
                        x -> ImmutableMember.copyOf(x).withOngoingRdProjects(r.nextInt(5)))));
            }
            for (int y = firstYear; y <= lastYear; y++) {
                int year = y;
                Optional<FiscalYear> fy = m.fiscalYear(y);
                if (fy.isEmpty()) {
                    slots.add(new Slot(id + ".finances." + y, (q, r) -> withMember(q, id, x -> {
                        Map<Integer, FiscalYear> f = new HashMap<>(x.finances());
                        long revenue = 10_000_000L + (long) (r.nextDouble() * 3_000_000_000L);
                        f.put(year, FiscalYear.of(year, revenue, (long) (revenue * r.nextDouble() * 0.08)));
                        return ImmutableMember.copyOf(x).withFinances(f);
                    })));
                } else if (fy.get().revenue().isEmpty() || fy.get().rdExpense().isEmpty()) {
                    slots.add(new Slot(id + ".finances." + y + ".figures", (q, r) -> withMember(q, id, x -> {
                        Map<Integer, FiscalYear> f = new HashMap<>(x.finances());
                        FiscalYear old = f.get(year);
                        BigDecimal revenue = old.revenue().orElse(BigDecimal.valueOf(10_000_000L + r.nextInt(2_000_000_000)));
                        BigDecimal rd = old.rdExpense().orElse(BigDecimal.valueOf(r.nextInt(200_000_000)));
                        f.put(year, new FiscalYear(year, Optional.of(revenue), Optional.of(rd)));
                        return ImmutableMember.copyOf(x).withFinances(f);
                    })));
                }
            }
        }
        return slots;
    }

    /**
     * Contract §1: {@code quarterlyExchange} implies {@code regularExchange}, and {@code ipAgreement}
     * is one means of an {@code ipSystem}. Filling one of a pair never contradicts the other when
     * it is known (永川 Y6.a and Y7 read "A, or B which implies A": with A false, B cannot be true).
     */
    private static boolean consistent(GovernanceItem g, Map<GovernanceItem, Boolean> known, boolean drawn) {
        if (g == GovernanceItem.QUARTERLY_EXCHANGE && Boolean.FALSE.equals(known.get(GovernanceItem.REGULAR_EXCHANGE))
                || g == GovernanceItem.IP_AGREEMENT && Boolean.FALSE.equals(known.get(GovernanceItem.IP_SYSTEM))) {
            return false;
        }
        if (g == GovernanceItem.REGULAR_EXCHANGE && Boolean.TRUE.equals(known.get(GovernanceItem.QUARTERLY_EXCHANGE))
                || g == GovernanceItem.IP_SYSTEM && Boolean.TRUE.equals(known.get(GovernanceItem.IP_AGREEMENT))) {
            return true;
        }
        return drawn;
    }

    private static Profile withMember(Profile p, String id, java.util.function.UnaryOperator<Member> change) {
        List<Member> members = new ArrayList<>();
        for (Member m : p.members()) {
            members.add(m.id().equals(id) ? change.apply(m) : m);
        }
        return ImmutableProfile.copyOf(p).withMembers(members);
    }

    /**
     * Every completion of a list whose {@code null} entries are unknown: each unknown replaced by
     * each of {@code choices} in turn, the known entries kept (brute-force oracles enumerate what
     * an unknown could be, e.g. every chain position of the members whose position is not stated).
     */
    public static <T> List<List<T>> completions(List<T> partial, List<T> choices) {
        List<List<T>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (T known : partial) {
            List<List<T>> next = new ArrayList<>();
            for (List<T> prefix : out) {
                for (T choice : known == null ? choices : List.of(known)) {
                    List<T> l = new ArrayList<>(prefix);
                    l.add(choice);
                    next.add(l);
                }
            }
            out = next;
        }
        return out;
    }
}

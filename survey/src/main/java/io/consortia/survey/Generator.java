package io.consortia.survey;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.parameter.Concepts;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded synthetic population of consortium profiles, built around the installed policies: each
 * profile's home is one of the jurisdictions' regions, its members number around their minimums,
 * its lead's R&D straddles the R&D thresholds, its field is often one they list, and how
 * carefully its facts are stated varies from profile to profile so that every verdict occurs
 * (docs/survey.md gives every distribution). Profile {@code i} depends only on the seed and
 * {@code i}: a population can be generated in any order, in parallel, and any part of it again.
 * Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Generator {

    /** Where outside every home a member may be registered. */
    private static final List<String> ELSEWHERE = List.of("110108", "440305", "310115", "330106", "420111");

    private static final UnitKind[] KINDS = UnitKind.values();
    private static final PlatformLevel[] LEVELS = PlatformLevel.values();
    private static final PlatformType[] TYPES = PlatformType.values();
    private static final String[] IDS = new String[64];

    static {
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = "m" + (i + 1);
        }
    }

    private final long seed;
    private final int minMembers;
    private final int maxMembers;
    private final LocalDate appliedOn;
    private final List<List<DivisionCode>> homes;
    private final List<String> fields;

    /**
     * @param homes for each home region, division codes inside it
     * @param fields industry fields, some of which the policies list
     */
    public Generator(long seed, int minMembers, int maxMembers, LocalDate appliedOn, List<List<DivisionCode>> homes, List<String> fields) {
        if (minMembers < 1 || maxMembers < minMembers || maxMembers > IDS.length) {
            throw new IllegalArgumentException("members from 1 to " + IDS.length + ", min ≤ max: " + minMembers + ".." + maxMembers);
        }
        if (homes.isEmpty() || homes.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("at least one home with at least one division code");
        }
        this.seed = seed;
        this.minMembers = minMembers;
        this.maxMembers = maxMembers;
        this.appliedOn = Objects.requireNonNull(appliedOn, "appliedOn");
        this.homes = homes.stream().map(List::copyOf).toList();
        this.fields = List.copyOf(fields);
    }

    /**
     * The generator for the installed jurisdictions: their regions as homes, the fields their
     * parameters list (plus a few they do not), 3 to 30 members, applied on 2025-06-01.
     */
    public static Generator forCatalog(JurisdictionCatalog catalog, long seed) {
        return forCatalog(catalog, seed, 3, 30, LocalDate.of(2025, 6, 1));
    }

    public static Generator forCatalog(JurisdictionCatalog catalog, long seed, int minMembers, int maxMembers, LocalDate appliedOn) {
        List<List<DivisionCode>> homes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (Jurisdiction j : catalog.all()) {
            homes.add(codesIn(j.identity().region()));
            j.parameters().stream().filter(p -> p.concept().equals(Optional.of(Concepts.FIELDS)))
                    .forEach(p -> ((List<?>) p.value()).forEach(f -> fields.add(String.valueOf(f))));
        }
        fields.addAll(List.of("纺织", "现代农业", "文化创意"));
        return new Generator(seed, minMembers, maxMembers, appliedOn, homes, List.copyOf(fields));
    }

    /** A few division codes inside a region: its prefix completed with small district numbers. */
    static List<DivisionCode> codesIn(Region r) {
        String prefix = r.prefix();
        List<DivisionCode> out = new ArrayList<>();
        if (prefix.length() == 6) {
            out.add(DivisionCode.of(prefix));
            return out;
        }
        String[] tails = prefix.length() == 4 ? new String[] {"02", "05", "06", "83"} : new String[] {"0102", "0203", "2502", "0602"};
        for (String tail : tails) {
            String code = (prefix + tail + "000000").substring(0, 6);
            if (DivisionCode.parse(code).isRight()) {
                out.add(DivisionCode.of(code));
            }
        }
        return out;
    }

    public long seed() {
        return seed;
    }

    /** Profile {@code index} of the population. */
    public Profile profile(long index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        // How carefully the applicants stated their facts: from sloppy to complete.
        double care = CARE[r.nextInt(CARE.length)];
        List<DivisionCode> home = homes.get(r.nextInt(homes.size()));
        int span = maxMembers - minMembers + 1;
        // More small consortia than large ones: the minimums (4 to 10) sit where most profiles are.
        int n = minMembers + Math.min(span - 1, (int) Math.floor(span * Math.pow(r.nextDouble(), 1.6)));
        List<Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(i == 0 ? lead(r, care, home) : member(r, i, care, home));
        }
        ImmutableProfile.Builder b = ImmutableProfile.builder()
                .name("合成联合体" + index)
                .leadId(IDS[0])
                .members(members)
                .appliedOn(appliedOn);
        if (r.nextDouble() < 0.92) {
            b.field(fields.get(r.nextInt(fields.size())));
        }
        for (GovernanceItem g : GovernanceItem.values()) {
            Boolean v = fact(r, care);
            if (v != null) {
                b.putGovernance(g, v);
            }
        }
        return b.build();
    }

    private static final double[] CARE = {0.7, 0.85, 0.95, 0.99, 1.0, 1.0};

    /** True with the care, else false or absent (null). */
    private static Boolean fact(SplittableRandom r, double care) {
        double x = r.nextDouble();
        if (x < care) {
            return Boolean.TRUE;
        }
        return x < care + (1 - care) * 0.4 ? Boolean.FALSE : null;
    }

    private static Boolean bool(SplittableRandom r, double pTrue, double pAbsent) {
        double x = r.nextDouble();
        return x < pAbsent ? null : r.nextDouble() < pTrue;
    }

    private Member lead(SplittableRandom r, double care, List<DivisionCode> home) {
        ImmutableMember.Builder b = ImmutableMember.builder().id(IDS[0]).name("牵头企业").kind(r.nextDouble() < 0.96 ? UnitKind.ENTERPRISE : UnitKind.RESEARCH_INSTITUTE)
                .registeredIn(r.nextDouble() < 0.88 ? home.get(r.nextInt(home.size())) : elsewhere(r))
                .chainPosition(ChainPosition.values()[r.nextInt(3)]);
        boolean branch = r.nextDouble() < 0.05;
        b.putTraits(Trait.INDEPENDENT_LEGAL_PERSON, !branch);
        if (branch || r.nextDouble() < 0.3) {
            b.putTraits(Trait.CENTRAL_SOE_BRANCH, branch);
        }
        put(b, Trait.ABOVE_DESIGNATED_SIZE, bool(r, 0.9, 0.05));
        put(b, Trait.LISTED, bool(r, 0.4, 0.1));
        put(b, Trait.SPECIALIZED_SOPHISTICATED, bool(r, 0.4, 0.1));
        put(b, Trait.FULL_TIME_RD_TEAM, fact(r, care));
        put(b, Trait.EQUITY_FUND, bool(r, 0.65, 1 - care));
        if (r.nextDouble() < care) {
            b.ongoingRdProjects(r.nextInt(6));
        }
        int platforms = r.nextInt(3);
        for (int i = 0; i < platforms; i++) {
            PlatformLevel level = LEVELS[weighted(r, PLATFORM_LEVELS)];
            b.addPlatforms(new Platform("平台" + (i + 1), level,
                    r.nextDouble() < 0.05 ? Optional.empty() : Optional.of(TYPES[r.nextInt(TYPES.length)])));
        }
        int last = appliedOn.getYear() - 1;
        // Revenue of 0.2 to 20 billion yuan; R&D from 1% to 6% of it: the 3% and the 100 million of N5 fall inside.
        double revenue = 2e8 * Math.pow(100, r.nextDouble());
        double share = 0.01 + 0.05 * r.nextDouble();
        for (int y = last - 2; y <= last; y++) {
            if (r.nextDouble() < (1 - care) * 0.8) {
                continue;
            }
            double drift = 0.85 + 0.3 * r.nextDouble();
            long rev = Math.round(revenue * drift / 10_000) * 10_000;
            long rd = Math.round(rev * share * (0.8 + 0.4 * r.nextDouble()) / 10_000) * 10_000;
            b.putFinances(y, new FiscalYear(y, r.nextDouble() < 0.03 ? Optional.empty() : Optional.of(BigDecimal.valueOf(rev)),
                    Optional.of(BigDecimal.valueOf(rd))));
        }
        for (Attestation a : LEAD_ATTESTATIONS) {
            put(b, a, fact(r, care));
        }
        return b.build();
    }

    private static final Attestation[] LEAD_ATTESTATIONS = {Attestation.INDUSTRY_LEADER, Attestation.LEADING_TECHNOLOGY,
            Attestation.INSTITUTION_COOPERATION, Attestation.STRONG_RD, Attestation.ORGANISING_ABILITY, Attestation.COMMERCIALISATION};

    /** Weights of the platform levels: NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT, SELF_BUILT. */
    private static final int[] PLATFORM_LEVELS = {10, 45, 25, 8, 12};

    /** Weights of the member kinds, in {@link UnitKind} order. */
    private static final int[] MEMBER_KINDS = {56, 14, 12, 8, 5, 5};

    private Member member(SplittableRandom r, int i, double care, List<DivisionCode> home) {
        UnitKind kind = KINDS[weighted(r, MEMBER_KINDS)];
        double x = r.nextDouble();
        ImmutableMember.Builder b = ImmutableMember.builder().id(IDS[i]).name("成员" + (i + 1)).kind(kind)
                .registeredIn(x < 0.62 ? home.get(r.nextInt(home.size())) : elsewhere(r));
        if (x >= 0.62 && r.nextDouble() < 0.15) {
            b.addStationedIn(home.get(r.nextInt(home.size())));
        }
        put(b, Trait.CORE, bool(r, 0.5, 0.2));
        put(b, Trait.INDEPENDENT_LEGAL_PERSON, r.nextDouble() < care + (1 - care) / 2 ? Boolean.TRUE : bool(r, 0.3, 0.5));
        put(b, Attestation.COOPERATION_BASIS, fact(r, care));
        if (kind == UnitKind.ENTERPRISE) {
            double c = r.nextDouble();
            if (c < 0.95 * (care + (1 - care) / 2)) {
                b.chainPosition(ChainPosition.values()[r.nextInt(3)]);
            } else if (c < 0.97) {
                b.chainPosition(ChainPosition.OUTSIDE);
            }
            put(b, Trait.ABOVE_DESIGNATED_SIZE, bool(r, 0.72, 1 - care));
            put(b, Attestation.RD_SUPPORT_CAPABILITY, fact(r, care));
            put(b, Attestation.BACKBONE, fact(r, care));
        } else if (kind == UnitKind.UNIVERSITY || kind == UnitKind.RESEARCH_INSTITUTE) {
            put(b, Attestation.QUALIFIED_TEAM, fact(r, care));
            put(b, Attestation.FIELD_ADVANTAGE, fact(r, care));
            put(b, Attestation.RD_SUPPORT_CAPABILITY, fact(r, care));
        } else if (kind == UnitKind.SERVICE_ORGANIZATION || kind == UnitKind.FINANCIAL_INSTITUTION) {
            put(b, Attestation.SERVICE_CAPABILITY, fact(r, care));
            put(b, Attestation.RD_SUPPORT_CAPABILITY, fact(r, care));
        }
        return b.build();
    }

    private static void put(ImmutableMember.Builder b, Trait t, Boolean v) {
        if (v != null) {
            b.putTraits(t, v);
        }
    }

    private static void put(ImmutableMember.Builder b, Attestation a, Boolean v) {
        if (v != null) {
            b.putAttested(a, v);
        }
    }

    private static DivisionCode elsewhere(SplittableRandom r) {
        return DivisionCode.of(ELSEWHERE.get(r.nextInt(ELSEWHERE.size())));
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A seed for profile {@code index}: SplitMix64's finaliser over the pair. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The distributions, for documentation and reports. */
    public Map<String, Object> description() {
        return Map.of("seed", seed, "members", minMembers + "–" + maxMembers, "appliedOn", appliedOn.toString(),
                "homes", homes.size(), "fields", fields);
    }
}

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

    // Every number the generator draws with is named here, and docs/survey.md gives each with its
    // meaning (GeneratorDocTest checks that the two agree). Probabilities are in [0, 1]; weights are
    // relative. The order of the draws is part of the population: changing it changes every profile.

    /** How carefully a profile states its facts, drawn uniformly from these (1.0 twice: a third are complete). */
    static final double[] CARE = {0.7, 0.85, 0.95, 0.99, 1.0, 1.0};
    /** A careless fact (one not stated true) is stated false with this probability, else left absent. */
    static final double CARELESS_FALSE = 0.4;
    /** Members = MIN + floor(span × u^SIZE_SKEW) for a uniform u: more small consortia than large ones. */
    static final double SIZE_SKEW = 1.6;
    /** The profile states an industry field. */
    static final double FIELD_STATED = 0.92;

    /** The lead is an enterprise (else a research institute). */
    static final double LEAD_ENTERPRISE = 0.96;
    /** The lead is registered in the home region (else in one of ELSEWHERE). */
    static final double LEAD_AT_HOME = 0.88;
    /** The lead is a branch (分公司): not an independent legal person, and a central SOE's branch. */
    static final double LEAD_BRANCH = 0.05;
    /** A lead that is not a branch states whether it is a central SOE's branch (false). */
    static final double LEAD_SOE_STATED = 0.3;
    /** The lead's aboveDesignatedSize: {true, absent} probabilities. */
    static final double[] LEAD_ABOVE_SIZE = {0.9, 0.05};
    /** The lead's listed: {true, absent}. */
    static final double[] LEAD_LISTED = {0.4, 0.1};
    /** The lead's specializedSophisticated: {true, absent}. */
    static final double[] LEAD_SPECIALIZED = {0.4, 0.1};
    /** The lead has an equity fund (stated with the profile's care, else absent). */
    static final double LEAD_EQUITY_FUND = 0.65;
    /** R&D projects under way, uniform from 0 to this bound less one (stated with the care). */
    static final int LEAD_PROJECTS_BOUND = 6;
    /** Platforms of the lead, uniform from 0 to this bound less one. */
    static final int LEAD_PLATFORMS_BOUND = 3;
    /** Weights of the platform levels: NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT, SELF_BUILT. */
    static final int[] PLATFORM_LEVELS = {10, 45, 25, 8, 12};
    /** A platform's type is absent (else uniform over the eight types). */
    static final double PLATFORM_TYPE_ABSENT = 0.05;
    /** The lead's revenue: REVENUE_BASE × REVENUE_RANGE^u yuan (0.2 to 20 billion). */
    static final double REVENUE_BASE = 2e8;
    static final double REVENUE_RANGE = 100;
    /** The lead's R&D share of revenue: RD_SHARE_MIN + RD_SHARE_SPAN × u (1% to 6%). */
    static final double RD_SHARE_MIN = 0.01;
    static final double RD_SHARE_SPAN = 0.05;
    /** A year of the last three is missing with probability (1 − care) × YEAR_MISSING. */
    static final double YEAR_MISSING = 0.8;
    /** Each year's revenue drifts by a factor DRIFT_MIN + DRIFT_SPAN × u. */
    static final double DRIFT_MIN = 0.85;
    static final double DRIFT_SPAN = 0.3;
    /** Each year's R&D varies around the share by a factor RD_VARY_MIN + RD_VARY_SPAN × u. */
    static final double RD_VARY_MIN = 0.8;
    static final double RD_VARY_SPAN = 0.4;
    /** A year's revenue is absent (its R&D stated). */
    static final double REVENUE_ABSENT = 0.03;
    /** Figures are rounded to this many yuan. */
    static final long ROUND_YUAN = 10_000;

    /** Weights of the member kinds: ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, SERVICE_ORGANIZATION, FINANCIAL_INSTITUTION, OTHER. */
    static final int[] MEMBER_KINDS = {56, 14, 12, 8, 5, 5};
    /** A member is registered in the home region (else in one of ELSEWHERE). */
    static final double MEMBER_AT_HOME = 0.62;
    /** A member registered elsewhere is stationed (驻区) in the home region. */
    static final double MEMBER_STATIONED = 0.15;
    /** A member's core: {true, absent}. */
    static final double[] MEMBER_CORE = {0.5, 0.2};
    /** A member is an independent legal person with probability care + (1 − care) × this, else {true, absent} below. */
    static final double MEMBER_LEGAL_PERSON = 0.5;
    static final double[] MEMBER_LEGAL_PERSON_ELSE = {0.3, 0.5};
    /** An enterprise member's chain position is stated (uniform over the three) with probability PLACED × (care + (1 − care) / 2). */
    static final double MEMBER_PLACED = 0.95;
    /** Below this, an enterprise member not placed is OUTSIDE the chain; above it, its position is absent. */
    static final double MEMBER_OUTSIDE_BELOW = 0.97;
    /** An enterprise member's aboveDesignatedSize is true (stated with the care, else absent). */
    static final double MEMBER_ABOVE_SIZE = 0.72;

    /** The default number of members, lead included: from MIN to MAX. */
    static final int DEFAULT_MIN_MEMBERS = 3;
    static final int DEFAULT_MAX_MEMBERS = 30;
    /** The default application date of every profile. */
    public static final LocalDate DEFAULT_APPLIED_ON = LocalDate.of(2025, 6, 1);
    /** Fields no policy lists, beside those the policies list. */
    static final String[] EXTRA_FIELDS = {"纺织", "现代农业", "文化创意"};
    /** Districts of a home given as a city (4-digit prefix): the prefix and these. */
    static final String[] CITY_DISTRICTS = {"02", "05", "06", "83"};
    /** Districts of a home given as a province (2-digit prefix): the prefix and these. */
    static final String[] PROVINCE_DISTRICTS = {"0102", "0203", "2502", "0602"};
    /** Division codes outside every home region, where members may be registered. */
    static final String[] ELSEWHERE = {"110108", "440305", "310115", "330106", "420111"};

    private static final DivisionCode[] ELSEWHERE_CODES = java.util.Arrays.stream(ELSEWHERE).map(DivisionCode::of).toArray(DivisionCode[]::new);
    private static final ChainPosition[] PLACES = {ChainPosition.UPSTREAM, ChainPosition.MIDSTREAM, ChainPosition.DOWNSTREAM};
    private static final UnitKind[] KINDS = UnitKind.values();
    private static final PlatformLevel[] LEVELS = PlatformLevel.values();
    private static final PlatformType[] TYPES = PlatformType.values();
    /** Members' ids and names, and platforms' names, by position: made once, not per profile. */
    private static final String[] IDS = new String[64];
    private static final String[] NAMES = new String[64];
    private static final String[] PLATFORM_NAMES = new String[LEAD_PLATFORMS_BOUND];

    static {
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = "m" + (i + 1);
            NAMES[i] = "成员" + (i + 1);
        }
        for (int i = 0; i < PLATFORM_NAMES.length; i++) {
            PLATFORM_NAMES[i] = "平台" + (i + 1);
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
        return forCatalog(catalog, seed, DEFAULT_MIN_MEMBERS, DEFAULT_MAX_MEMBERS, DEFAULT_APPLIED_ON);
    }

    public static Generator forCatalog(JurisdictionCatalog catalog, long seed, int minMembers, int maxMembers, LocalDate appliedOn) {
        List<List<DivisionCode>> homes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (Jurisdiction j : catalog.all()) {
            homes.add(codesIn(j.identity().region()));
            j.parameters().stream().filter(p -> p.concept().equals(Optional.of(Concepts.FIELDS)))
                    .forEach(p -> ((List<?>) p.value()).forEach(f -> fields.add(String.valueOf(f))));
        }
        fields.addAll(List.of(EXTRA_FIELDS));
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
        String[] tails = prefix.length() == 4 ? CITY_DISTRICTS : PROVINCE_DISTRICTS;
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
        int n = minMembers + Math.min(span - 1, (int) Math.floor(span * Math.pow(r.nextDouble(), SIZE_SKEW)));
        List<Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(i == 0 ? lead(r, care, home) : member(r, i, care, home));
        }
        ImmutableProfile.Builder b = ImmutableProfile.builder()
                .name("合成联合体" + index)
                .leadId(IDS[0])
                .members(members)
                .appliedOn(appliedOn);
        if (r.nextDouble() < FIELD_STATED) {
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

    /** True with the care, else false or absent (null). */
    private static Boolean fact(SplittableRandom r, double care) {
        double x = r.nextDouble();
        if (x < care) {
            return Boolean.TRUE;
        }
        return x < care + (1 - care) * CARELESS_FALSE ? Boolean.FALSE : null;
    }

    /** True or false, or absent (null): {@code p} is {true, absent} probabilities; absent first. */
    private static Boolean bool(SplittableRandom r, double[] p) {
        return bool(r, p[0], p[1]);
    }

    private static Boolean bool(SplittableRandom r, double pTrue, double pAbsent) {
        double x = r.nextDouble();
        return x < pAbsent ? null : r.nextDouble() < pTrue;
    }

    private Member lead(SplittableRandom r, double care, List<DivisionCode> home) {
        ImmutableMember.Builder b = ImmutableMember.builder().id(IDS[0]).name("牵头企业").kind(r.nextDouble() < LEAD_ENTERPRISE ? UnitKind.ENTERPRISE : UnitKind.RESEARCH_INSTITUTE)
                .registeredIn(r.nextDouble() < LEAD_AT_HOME ? home.get(r.nextInt(home.size())) : elsewhere(r))
                .chainPosition(PLACES[r.nextInt(PLACES.length)]);
        boolean branch = r.nextDouble() < LEAD_BRANCH;
        b.putTraits(Trait.INDEPENDENT_LEGAL_PERSON, !branch);
        if (branch || r.nextDouble() < LEAD_SOE_STATED) {
            b.putTraits(Trait.CENTRAL_SOE_BRANCH, branch);
        }
        put(b, Trait.ABOVE_DESIGNATED_SIZE, bool(r, LEAD_ABOVE_SIZE));
        put(b, Trait.LISTED, bool(r, LEAD_LISTED));
        put(b, Trait.SPECIALIZED_SOPHISTICATED, bool(r, LEAD_SPECIALIZED));
        put(b, Trait.FULL_TIME_RD_TEAM, fact(r, care));
        put(b, Trait.EQUITY_FUND, bool(r, LEAD_EQUITY_FUND, 1 - care));
        if (r.nextDouble() < care) {
            b.ongoingRdProjects(r.nextInt(LEAD_PROJECTS_BOUND));
        }
        int platforms = r.nextInt(LEAD_PLATFORMS_BOUND);
        for (int i = 0; i < platforms; i++) {
            PlatformLevel level = LEVELS[weighted(r, PLATFORM_LEVELS)];
            b.addPlatforms(new Platform(PLATFORM_NAMES[i], level,
                    r.nextDouble() < PLATFORM_TYPE_ABSENT ? Optional.empty() : Optional.of(TYPES[r.nextInt(TYPES.length)])));
        }
        int last = appliedOn.getYear() - 1;
        // Revenue of 0.2 to 20 billion yuan; R&D from 1% to 6% of it: the 3% and the 100 million of N5 fall inside.
        double revenue = REVENUE_BASE * Math.pow(REVENUE_RANGE, r.nextDouble());
        double share = RD_SHARE_MIN + RD_SHARE_SPAN * r.nextDouble();
        for (int y = last - 2; y <= last; y++) {
            if (r.nextDouble() < (1 - care) * YEAR_MISSING) {
                continue;
            }
            double drift = DRIFT_MIN + DRIFT_SPAN * r.nextDouble();
            long rev = Math.round(revenue * drift / ROUND_YUAN) * ROUND_YUAN;
            long rd = Math.round(rev * share * (RD_VARY_MIN + RD_VARY_SPAN * r.nextDouble()) / ROUND_YUAN) * ROUND_YUAN;
            b.putFinances(y, new FiscalYear(y, r.nextDouble() < REVENUE_ABSENT ? Optional.empty() : Optional.of(BigDecimal.valueOf(rev)),
                    Optional.of(BigDecimal.valueOf(rd))));
        }
        for (Attestation a : LEAD_ATTESTATIONS) {
            put(b, a, fact(r, care));
        }
        return b.build();
    }

    private static final Attestation[] LEAD_ATTESTATIONS = {Attestation.INDUSTRY_LEADER, Attestation.LEADING_TECHNOLOGY,
            Attestation.INSTITUTION_COOPERATION, Attestation.STRONG_RD, Attestation.ORGANISING_ABILITY, Attestation.COMMERCIALISATION};

    private Member member(SplittableRandom r, int i, double care, List<DivisionCode> home) {
        UnitKind kind = KINDS[weighted(r, MEMBER_KINDS)];
        double x = r.nextDouble();
        ImmutableMember.Builder b = ImmutableMember.builder().id(IDS[i]).name(NAMES[i]).kind(kind)
                .registeredIn(x < MEMBER_AT_HOME ? home.get(r.nextInt(home.size())) : elsewhere(r));
        if (x >= MEMBER_AT_HOME && r.nextDouble() < MEMBER_STATIONED) {
            b.addStationedIn(home.get(r.nextInt(home.size())));
        }
        put(b, Trait.CORE, bool(r, MEMBER_CORE));
        put(b, Trait.INDEPENDENT_LEGAL_PERSON, r.nextDouble() < care + (1 - care) * MEMBER_LEGAL_PERSON ? Boolean.TRUE : bool(r, MEMBER_LEGAL_PERSON_ELSE));
        put(b, Attestation.COOPERATION_BASIS, fact(r, care));
        if (kind == UnitKind.ENTERPRISE) {
            double c = r.nextDouble();
            if (c < MEMBER_PLACED * (care + (1 - care) / 2)) {
                b.chainPosition(PLACES[r.nextInt(PLACES.length)]);
            } else if (c < MEMBER_OUTSIDE_BELOW) {
                b.chainPosition(ChainPosition.OUTSIDE);
            }
            put(b, Trait.ABOVE_DESIGNATED_SIZE, bool(r, MEMBER_ABOVE_SIZE, 1 - care));
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
        return ELSEWHERE_CODES[r.nextInt(ELSEWHERE_CODES.length)];
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

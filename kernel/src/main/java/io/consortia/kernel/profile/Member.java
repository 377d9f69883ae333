package io.consortia.kernel.profile;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member unit of a consortium (contract §1 {@code members[]}). Build one with
 * {@code ImmutableMember.builder()}, or read one from a tree with {@link ProfileReader}.
 *
 * <p>Absent facts are unknown: {@link #trait}, {@link #attests} and {@link #chainPosition} say
 * so; {@link #platforms} and {@link #stationedIn} are complete (empty means none).
 */
@Value.Immutable
public abstract class Member {

    /** The member's id, unique within its profile. */
    public abstract String id();

    public abstract String name();

    public abstract Optional<CreditCode> creditCode();

    public abstract UnitKind kind();

    public abstract DivisionCode registeredIn();

    /** Divisions where the member has a standing branch (驻区); complete. */
    public abstract List<DivisionCode> stationedIn();

    public abstract Optional<ChainPosition> chainPosition();

    /** Recorded yes/no facts; a trait not in the map is unknown. */
    public abstract Map<Trait, Boolean> traits();

    public abstract Optional<Integer> ongoingRdProjects();

    /** Platforms built; complete. */
    public abstract List<Platform> platforms();

    /** Figures by fiscal year; a year not in the map is unknown. */
    public abstract Map<Integer, FiscalYear> finances();

    /** Attested judgement criteria; a criterion not in the map is unknown. */
    public abstract Map<Attestation, Boolean> attested();

    /**
     * The jurisdictions' own facts the profile states of the member, by key ({@code
     * lanling.hnteCertified}): a {@link Boolean}, a {@link java.math.BigDecimal}, a choice's key
     * or a {@link java.time.LocalDate}. A fact not in the map is unknown.
     *
     * @since 0.3
     */
    public abstract Map<String, Object> ownFacts();

    /** An own fact's value as stated; empty when unknown. */
    public <T> Optional<T> own(OwnFact<T> fact) {
        return fact.valueIn(ownFacts());
    }

    /**
     * The facts that are known, as bits ({@link FactBits}): the kind, the chain position when
     * given, and every trait and attestation the profile states. Computed once, when built.
     */
    public long knownBits() {
        return FactBits.known(factBits());
    }

    /** The facts that are known to hold, as bits ({@link FactBits}); a subset of {@link #knownBits()}. */
    public long valueBits() {
        return FactBits.value(factBits());
    }

    /**
     * {@link #knownBits()} in the low 32 bits and {@link #valueBits()} in the high 32 bits, computed
     * once, when built, in one pass over each map (members are built by the million in surveys).
     */
    @Value.Derived
    @Value.Auxiliary
    long factBits() {
        long known = FactBits.KIND_MASK;
        long value = FactBits.of(kind());
        if (chainPosition().isPresent()) {
            known |= FactBits.CHAIN_MASK;
            value |= FactBits.of(chainPosition().get());
        }
        return (known | value << 32) | FactBits.packed(traits(), FactBits.TRAIT)
                | FactBits.packed(attested(), FactBits.ATTESTATION);
    }

    /** The number of R&D projects under way, or -1 when not stated (for evaluation without boxing). */
    @Value.Derived
    @Value.Auxiliary
    public int ongoingRdProjectsOrNone() {
        return ongoingRdProjects().orElse(-1);
    }

    /** The fiscal years stated, oldest first (for evaluation by index, without iterators or boxing). */
    @Value.Derived
    @Value.Auxiliary
    public List<FiscalYear> fiscalYears() {
        if (finances().isEmpty()) {
            return List.of();
        }
        List<FiscalYear> years = new java.util.ArrayList<>(finances().values());
        years.sort(java.util.Comparator.comparingInt(FiscalYear::year));
        return List.copyOf(years);
    }

    /** The registration's division code as a number ({@code 320505}), for fast containment tests. */
    @Value.Derived
    @Value.Auxiliary
    public int registeredNumber() {
        return registeredIn().number();
    }

    /** The divisions of the standing branches as numbers (derived, for evaluation without strings). */
    @Value.Derived
    @Value.Auxiliary
    public List<Integer> stationedNumbers() {
        List<DivisionCode> in = stationedIn();
        if (in.isEmpty()) {
            return List.of();
        }
        Integer[] out = new Integer[in.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i).number();
        }
        return List.of(out);
    }

    /** Whether the member states a standing branch anywhere (derived, for evaluation). */
    @Value.Derived
    @Value.Auxiliary
    public boolean hasStations() {
        return !stationedIn().isEmpty();
    }

    /** The trait as an outcome: PASS if recorded true, FAIL if false, UNKNOWN if absent. */
    public Outcome trait(Trait trait) {
        return bit(FactBits.of(trait));
    }

    /** The attestation as an outcome: PASS if attested true, FAIL if false, UNKNOWN if absent. */
    public Outcome attests(Attestation criterion) {
        return bit(FactBits.of(criterion));
    }

    /** A member fact (a trait or an attestation) as an outcome. */
    public Outcome fact(FactKey fact) {
        return bit(FactBits.of(fact));
    }

    private Outcome bit(long bit) {
        if ((knownBits() & bit) == 0) {
            return Outcome.UNKNOWN;
        }
        return (valueBits() & bit) != 0 ? Outcome.PASS : Outcome.FAIL;
    }

    /** Whether the member is registered in the region. */
    public boolean registeredWithin(Region region) {
        return region.contains(registeredNumber());
    }

    /** Whether the member is registered or has a standing branch in the region (在…注册或驻区). */
    public boolean presentIn(Region region) {
        if (registeredWithin(region)) {
            return true;
        }
        List<Integer> stations = stationedNumbers();
        for (int i = 0; i < stations.size(); i++) {
            if (region.contains(stations.get(i))) {
                return true;
            }
        }
        return false;
    }

    public Optional<FiscalYear> fiscalYear(int year) {
        return Optional.ofNullable(finances().get(year));
    }

    @Value.Check
    protected void check() {
        if (id().isBlank() || name().isBlank()) {
            throw new IllegalStateException("a member needs a non-blank id and name");
        }
        finances().forEach((year, figures) -> {
            if (year != figures.year()) {
                throw new IllegalStateException("finances keyed by " + year + " hold year " + figures.year());
            }
        });
        OwnValues.check(ownFacts());
        ongoingRdProjects().ifPresent(n -> {
            if (n < 0) {
                throw new IllegalStateException("ongoingRdProjects is not negative: " + n);
            }
        });
    }
}

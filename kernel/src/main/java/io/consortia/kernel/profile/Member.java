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

    /** The trait as an outcome: PASS if recorded true, FAIL if false, UNKNOWN if absent. */
    public Outcome trait(Trait trait) {
        return Outcome.of(Optional.ofNullable(traits().get(trait)));
    }

    /** The attestation as an outcome: PASS if attested true, FAIL if false, UNKNOWN if absent. */
    public Outcome attests(Attestation criterion) {
        return Outcome.of(Optional.ofNullable(attested().get(criterion)));
    }

    /** Whether the member is registered in the region. */
    public boolean registeredWithin(Region region) {
        return registeredIn().within(region);
    }

    /** Whether the member is registered or has a standing branch in the region (在…注册或驻区). */
    public boolean presentIn(Region region) {
        return registeredWithin(region) || stationedIn().stream().anyMatch(d -> d.within(region));
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
        ongoingRdProjects().ifPresent(n -> {
            if (n < 0) {
                throw new IllegalStateException("ongoingRdProjects is not negative: " + n);
            }
        });
    }
}

package io.consortia.kernel.rule;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.NumberFact;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a finding established, as data: the facts read and their values; for counts and shares the
 * population, who qualifies, fails and is unknown, and what is required; for amounts the figures,
 * years and thresholds; for composites the parts. Prose in Chinese and English is rendered from
 * it at the edge ({@code io.consortia.kernel.explain.Explain}), only when output asks for it; the
 * same evidence feeds {@code gap}, surveys and decision records.
 *
 * <p>Member ids are the profile's; {@code parameter} names a parameter in full
 * ({@code suzhou.S1.minimum}).
 *
 * @since 0.2
 */
public sealed interface Evidence {

    /** A part of a composite: its outcome and evidence. */
    record Part(Outcome outcome, Evidence evidence) {}

    /** Every part must pass. */
    record AllOf(List<Part> parts) implements Evidence {}

    /** Some part must pass. */
    record AnyOf(List<Part> parts) implements Evidence {}

    /** "A, or B which implies A". */
    record Implied(Part a, Part b) implements Evidence {}

    /** A permission: whether it is used ({@code used.outcome()} PASS) or not; the finding passes either way. */
    record Permission(Part used) implements Evidence {}

    /** A yes/no fact of a member or of the consortium's governance: its value as stated (UNKNOWN when not stated). */
    record Fact(Optional<String> member, FactKey fact, Outcome value) implements Evidence {}

    /** A member's kind against the kinds required. */
    record Kind(String member, UnitKind actual, Set<UnitKind> required) implements Evidence {}

    /** Where a member is registered (and stationed, when stations count), against a region. */
    record Location(String member, DivisionCode registeredIn, List<DivisionCode> stationedIn, Region region,
                    boolean stationsCount, boolean within) implements Evidence {}

    /** A member's chain position (empty when not stated) against the positions that place it in the chain. */
    record Placement(String member, Optional<ChainPosition> position, Set<ChainPosition> required) implements Evidence {}

    /**
     * Who among a population passes a member test.
     *
     * @param leadIncluded whether the population counted the lead
     * @param test what was tested, with the readings in force resolved
     * @param population every member counted, in profile order
     */
    record Tally(boolean leadIncluded, MemberTest test, List<String> population, List<String> qualifying,
                 List<String> failing, List<String> unknown) {
        public int size() {
            return population.size();
        }
    }

    /** At least {@code required} of the population pass. */
    record Count(Tally tally, int required, String parameter) implements Evidence {}

    /** Some member of the population passes. */
    record Some(Tally tally) implements Evidence {}

    /** At least the {@code required} share of the population pass. */
    record Share(Tally tally, BigDecimal required, String parameter) implements Evidence {}

    /** Every member that is {@code which} passes the test; {@code tally.population} are those members. */
    record Every(Tally tally, MemberTest which) implements Evidence {}

    /**
     * The chain positions the population's {@code which} members cover.
     *
     * @param present the positions covered
     * @param unplaced members that are {@code which} but state no position
     */
    record Spread(Tally tally, Set<ChainPosition> present, List<String> unplaced, int required, String parameter) implements Evidence {}

    /**
     * The lead's platforms against the levels and types required.
     *
     * @param types empty: any type
     * @param match the first platform that meets the test
     * @param like the first platform of a required level but of another or no stated type, which
     *     "…等创新载体" leaves to a human decision
     */
    record Platforms(String member, List<Platform> platforms, Set<PlatformLevel> levels, Set<PlatformType> types,
                     Optional<Platform> match, Optional<Platform> like, List<String> parameters) implements Evidence {}

    /** A whole-number fact of a member (empty when not stated) against the least value required. */
    record Number(String member, NumberFact fact, Optional<Integer> value, int required, String parameter) implements Evidence {}

    /** The profile's field (empty when not stated) against the listed fields. */
    record Field(Optional<String> field, List<String> fields, String parameter) implements Evidence {}

    /**
     * The lead's R&D: share of revenue or amount, over the fiscal years before the reference year.
     *
     * @param eachYear whether the share is tested year by year (else on the window's sums)
     * @param window whether the amount is read over the window (else in the last year)
     * @param years the window, oldest first
     * @param figures the figures stated for the window's years (a year not listed is unknown)
     * @param sharePart the share part's outcome
     * @param amountPart the amount part's outcome
     * @param readings the readings that chose how to compute, as {@code R2=sum}: a reading, not the text
     */
    record RdIntensity(String member, boolean eachYear, boolean window, List<Integer> years, Map<Integer, FiscalYear> figures,
                       BigDecimal share, BigDecimal amount, Outcome sharePart, Outcome amountPart,
                       List<String> parameters, List<String> readings) implements Evidence {}

    /**
     * ⊕ Bars in force on a date against the lead and the members.
     *
     * @param scope the jurisdiction whose bars count, or empty when every bar counts
     * @param hits each barred unit of the consortium, with its bar and role
     */
    record Bars(LocalDate on, Optional<String> scope, boolean civilDayCount, List<BarHit> hits) implements Evidence {}

    /**
     * A barred unit of the consortium.
     *
     * @param role LEAD, CORE (a member with {@code core: true}), NOT_CORE, or CORE_UNKNOWN
     * @param lastDay the last day the bar applies, as the day count in force reads it
     */
    record BarHit(String member, String role, Sanction sanction, LocalDate lastDay) {}

    /** ⊕ The other consortia of the programme the lead leads. */
    record OtherConsortia(String member, String programme, List<RegisteredConsortium> led) implements Evidence {}

    /**
     * One of the jurisdiction's own facts, of a member or of the consortium ({@code member}
     * empty): its value as stated (empty: not stated) against what the test asks.
     *
     * @param test the test, its parameters bound to their values in the run
     * @param required what the test asks, resolved ({@link OwnTest#required})
     * @param parameters the full names of the parameters it read
     * @since 0.3
     */
    record Own(Optional<String> member, OwnTest test, Optional<Object> value, Object required, List<String> parameters)
            implements Evidence {}

    /** A governance document or body (kept apart from {@link Fact} for the renderer's wording). */
    static Fact governance(GovernanceItem item, Outcome value) {
        return new Fact(Optional.empty(), item, value);
    }

    /**
     * Evidence of a jurisdiction's own condition: a kind, the values it established by name, and
     * its explanation in both languages (the condition writes it; this is the one evidence that
     * carries prose, since only its author knows its meaning).
     */
    record Custom(String kind, Map<String, Object> values, Text summary) implements Evidence {}
}

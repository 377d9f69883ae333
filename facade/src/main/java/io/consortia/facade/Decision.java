package io.consortia.facade;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One profile assessed in one jurisdiction, with everything it was decided under: the assessment
 * (verdict, every finding with its evidence), the edition applied, the reference date and where it
 * came from, the readings, the overrides as given and the registry. Immutable and safe to share
 * between threads; {@link io.consortia.facade.record.DecisionRecord} makes the record a host
 * stores.
 *
 * @param asOfSource where the reference date came from: {@code asOf} (given), {@code appliedOn}
 *     (the profile's) or {@code today} (the host's clock)
 * @param overrideSpecs the overrides as given ({@code NAME=VALUE}), sorted; those that name this
 *     jurisdiction's parameters are in {@link Assessment#overrides()}
 * @since 0.2
 */
public record Decision(Profile profile, Assessment assessment, Edition edition, LocalDate asOf, String asOfSource, ReadingSet readings,
                       List<String> overrideSpecs, Overrides overrides, Optional<Registry> registry) {

    public Decision {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfSource, "asOfSource");
        Objects.requireNonNull(readings, "readings");
        overrideSpecs = overrideSpecs.stream().sorted().toList();
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(registry, "registry");
    }

    /** The jurisdiction's id. */
    public String jurisdiction() {
        return assessment.jurisdiction();
    }
}

package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to assess: the reference date (an input: the kernel has no clock), the readings, the
 * registry for cross-consortium rules, and parameter overrides for a what-if.
 *
 * @since 0.1
 */
public record AssessmentOptions(LocalDate asOf, ReadingSet readings, Optional<Registry> registry, Overrides overrides) {
    public AssessmentOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(readings, "readings");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(overrides, "overrides");
    }

    /** Default readings, no registry, no overrides. */
    public AssessmentOptions(LocalDate asOf, ReadingSet readings, Optional<Registry> registry) {
        this(asOf, readings, registry, Overrides.none());
    }

    /** Default readings, no registry, no overrides. */
    public static AssessmentOptions on(LocalDate asOf) {
        return new AssessmentOptions(asOf, ReadingSet.defaults(), Optional.empty(), Overrides.none());
    }

    public AssessmentOptions withReadings(ReadingSet readings) {
        return new AssessmentOptions(asOf, readings, registry, overrides);
    }

    public AssessmentOptions withRegistry(Registry registry) {
        return new AssessmentOptions(asOf, readings, Optional.of(registry), overrides);
    }

    public AssessmentOptions withOverrides(Overrides overrides) {
        return new AssessmentOptions(asOf, readings, registry, overrides);
    }

    public AssessmentOptions withAsOf(LocalDate asOf) {
        return new AssessmentOptions(asOf, readings, registry, overrides);
    }
}

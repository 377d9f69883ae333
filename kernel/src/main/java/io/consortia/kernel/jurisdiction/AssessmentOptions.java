package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to assess: the reference date (an input: the kernel has no clock), the readings, and the
 * registry for cross-consortium rules.
 */
public record AssessmentOptions(LocalDate asOf, ReadingSet readings, Optional<Registry> registry) {
    public AssessmentOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(readings, "readings");
        Objects.requireNonNull(registry, "registry");
    }

    /** Default readings, no registry. */
    public static AssessmentOptions on(LocalDate asOf) {
        return new AssessmentOptions(asOf, ReadingSet.defaults(), Optional.empty());
    }

    public AssessmentOptions withReadings(ReadingSet readings) {
        return new AssessmentOptions(asOf, readings, registry);
    }

    public AssessmentOptions withRegistry(Registry registry) {
        return new AssessmentOptions(asOf, readings, Optional.of(registry));
    }
}

package io.consortia.kernel.rule;

import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees: the profile, the reference date, the readings in force, the registry when
 * one was supplied, and the jurisdiction assessing.
 */
public record Context(String jurisdiction, Profile profile, LocalDate asOf, ReadingSet readings,
                      Optional<Registry> registry) {
    public Context {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(readings, "readings");
        Objects.requireNonNull(registry, "registry");
    }

    public Member lead() {
        return profile.lead();
    }

    /** Whether the reading is switched to its alternative. */
    public boolean alternative(Reading reading) {
        return readings.isAlternative(reading);
    }
}

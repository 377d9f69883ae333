package io.consortia.kernel.rule;

import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link CustomCondition} sees: the profile, the reference date, the readings in force, the
 * parameter values of the run, the registry when one was supplied, and the jurisdiction assessing.
 *
 * @since 0.2
 */
public interface RuleContext {

    String jurisdiction();

    Profile profile();

    LocalDate asOf();

    /** Whether the reading is switched to its alternative. */
    boolean alternative(Reading reading);

    ParameterValues parameters();

    Optional<Registry> registry();
}

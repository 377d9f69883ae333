package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time during which the consortium was established: from its establishment to the
 * day it left that state (exclusive), or open.
 */
public record Period(LocalDate from, Optional<LocalDate> until) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + ".." + until.get());
        }
    }

    /** Whether the day falls in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && until.map(day::isBefore).orElse(true);
    }
}

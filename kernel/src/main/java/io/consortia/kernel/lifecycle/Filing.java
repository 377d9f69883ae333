package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The filing a change owes (policy-catalog "Change filings"): opened when the change is accepted,
 * met the same day when the change says {@code filed: true}, else by a later {@code CHANGE_FILED}.
 *
 * @param since the day of the change
 * @param event the change it records ({@code RENAMED})
 * @param what what is owed, naming the authority as the text does
 * @param met the day it was met, when it was
 */
public record Filing(LocalDate since, String event, Text what, Clause clause, Optional<LocalDate> met) {

    public Filing {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(met, "met");
    }

    public boolean open() {
        return met.isEmpty();
    }

    Filing metOn(LocalDate day) {
        return met.isPresent() ? this : new Filing(since, event, what, clause, Optional.of(day));
    }
}

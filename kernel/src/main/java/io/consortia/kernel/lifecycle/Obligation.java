package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the consortium owes by a date, as of a date.
 *
 * @param year the year it concerns
 * @param since the day it arose (never after {@code due}): the establishment, or the first day of
 *     the year it concerns
 * @param metOn the day it was met, when it was
 */
public record Obligation(int year, Text what, LocalDate since, LocalDate due, Clause clause, ObligationStatus status,
                         Optional<LocalDate> metOn) {

    public Obligation {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metOn, "metOn");
        if (since.isAfter(due)) {
            throw new IllegalArgumentException("an obligation is not due before it arises: " + since + " > " + due);
        }
        if ((status == ObligationStatus.MET) != metOn.isPresent()) {
            throw new IllegalArgumentException("a met obligation has the day it was met, and only it");
        }
    }

    /** Whether it was met after its due date. */
    public boolean late() {
        return metOn.map(d -> d.isAfter(due)).orElse(false);
    }
}

package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sanction a history produced: the unit is barred in the jurisdiction from {@code from}
 * (inclusive) for {@code years} years, to {@link #until()} (exclusive). The same fields and
 * meaning as a registry sanction (contract §3), so a host can carry it into a registry.
 *
 * @param reason the event that caused it ({@code LEAD_DEFAULTED})
 */
public record Debarment(LeadUnit unit, String jurisdiction, LocalDate from, int years, String reason) {

    public Debarment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        if (years <= 0) {
            throw new IllegalArgumentException("a bar lasts at least a year: " + years);
        }
    }

    /** The first day the bar no longer applies. */
    public LocalDate until() {
        return from.plusYears(years);
    }

    /** Whether the bar applies on the date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until());
    }
}

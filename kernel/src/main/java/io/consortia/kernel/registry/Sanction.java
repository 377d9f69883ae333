package io.consortia.kernel.registry;

import io.consortia.kernel.code.CreditCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A sanction in force against a unit (contract §3 {@code sanctions[]}): from {@code from}
 * (inclusive) for {@code years} years, to {@link #until()} (exclusive).
 */
public record Sanction(Optional<CreditCode> creditCode, Optional<String> name, String jurisdiction,
                       LocalDate from, int years, String reason) {
    public Sanction {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        if (creditCode.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("a sanction names its unit by credit code or name");
        }
        if (years <= 0) {
            throw new IllegalArgumentException("a sanction lasts at least one year: " + years);
        }
    }

    /** The first day the sanction no longer applies. */
    public LocalDate until() {
        return from.plusYears(years);
    }

    /** Whether the sanction applies on the date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until());
    }

    public UnitRef unit() {
        return new UnitRef(creditCode, name);
    }
}

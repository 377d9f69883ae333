package io.consortia.kernel.sanction;

import io.consortia.kernel.code.CreditCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A sanction against a unit: from {@code from} (inclusive) for {@code years} years, to {@link
 * #until()} (exclusive). The registry holds those in force (contract §3 {@code sanctions[]}); a
 * simulated history produces them (a defaulting lead, contract §4 {@code sanctions}).
 *
 * @param jurisdiction where it was imposed
 * @param reason why, e.g. {@code LEAD_DEFAULTED}
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

    /** A sanction against a unit as a history or registry names it. */
    public static Sanction against(UnitRef unit, String jurisdiction, LocalDate from, int years, String reason) {
        return new Sanction(unit.creditCode(), unit.name(), jurisdiction, from, years, reason);
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

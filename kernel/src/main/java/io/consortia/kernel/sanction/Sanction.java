package io.consortia.kernel.sanction;

import io.consortia.kernel.calendar.DayCount;
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

    /** The first day the sanction no longer applies, counting the start day (R9 inclusive). */
    public LocalDate until() {
        return from.getYear() > java.time.Year.MAX_VALUE - years ? LocalDate.MAX : from.plusYears(years);
    }

    /** The last day the bar applies, as the day count reads its years (R9). */
    public LocalDate lastDay(DayCount count) {
        return count.lastDay(from, years);
    }

    /** Whether the sanction applies on the date, counting its start day (R9 inclusive). */
    public boolean inForceOn(LocalDate date) {
        return inForceOn(date, DayCount.INCLUSIVE);
    }

    /** Whether the sanction applies on the date: from its first to its last day, both included. */
    public boolean inForceOn(LocalDate date, DayCount count) {
        return !date.isBefore(from) && !date.isAfter(lastDay(count));
    }

    public UnitRef unit() {
        return new UnitRef(creditCode, name);
    }
}

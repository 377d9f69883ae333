package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.time.Year;

/** Date arithmetic that stays within {@link LocalDate}'s range: a far date saturates at its end. */
final class Dates {

    private Dates() {}

    static LocalDate dayAfter(LocalDate d) {
        return d.equals(LocalDate.MAX) ? d : d.plusDays(1);
    }

    static LocalDate dayBefore(LocalDate d) {
        return d.equals(LocalDate.MIN) ? d : d.minusDays(1);
    }

    static LocalDate plusYears(LocalDate d, int years) {
        return d.getYear() > Year.MAX_VALUE - years ? LocalDate.MAX : d.plusYears(years);
    }

    static LocalDate plusDays(LocalDate d, int days) {
        return LocalDate.MAX.toEpochDay() - d.toEpochDay() < days ? LocalDate.MAX : d.plusDays(days);
    }
}

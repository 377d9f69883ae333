package io.consortia.kernel.calendar;

import java.time.LocalDate;

/**
 * How a period of days or years is counted (reading R9). "D + N years" is the same month and
 * day N years later, or the last day of that month when there is none (29 February → 28 February).
 */
public enum DayCount {
    /** The start day counts: a period of N years from A has its last day on (A + N years) − 1 day. */
    INCLUSIVE,
    /**
     * 《民法典》第二百零一条: the start day is not counted; 第二百零二条: a period in years ends on
     * the corresponding day, A + N years.
     */
    CIVIL;

    /**
     * The last day of a period of {@code years} years that starts on {@code from}; a period that
     * would end past {@link LocalDate#MAX} ends there.
     */
    public LocalDate lastDay(LocalDate from, int years) {
        if (from.getYear() > java.time.Year.MAX_VALUE - years) {
            return LocalDate.MAX;
        }
        LocalDate end = from.plusYears(years);
        return this == INCLUSIVE ? end.minusDays(1) : end;
    }
}

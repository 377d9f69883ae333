package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.ParameterValues;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The consortium's standing lasts a number of years (a parameter) from each establishment; its
 * last day follows reading R9. The consortium is {@link CoreState#EXPIRED} from the day after, unless
 * renewed by applying again ({@link EventType#RENEWAL_APPLIED}) and going through the procedure.
 */
public record Validity(Param<Integer> years, Clause clause) {

    public Validity {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(clause, "clause");
    }

    /** The last day of the standing of a consortium established on the day (at least that day itself). */
    public LocalDate lastDay(LocalDate establishedOn, ParameterValues values, DayCount count) {
        int n = values.get(years);
        if (n <= 0) {
            return establishedOn;
        }
        LocalDate end = Dates.plusYears(establishedOn, n);
        return count == DayCount.INCLUSIVE ? Dates.dayBefore(end) : end;
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.parameter.ParameterValues;
import java.util.Objects;

/**
 * What a simulation counts with, all inputs: the working-day calendar and what to do outside its
 * years, how periods are counted (reading R9), and the values of the policy's parameters (the
 * declared ones, or a run's overrides: {@code Edition.bind}).
 *
 * @since 0.2
 */
public record SimulationOptions(WorkingDayCalendar calendar, CalendarMode mode, DayCount dayCount, ParameterValues values) {

    public SimulationOptions {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(values, "values");
    }

    /** Counting the start day (R9's default). */
    public static SimulationOptions of(WorkingDayCalendar calendar, CalendarMode mode, ParameterValues values) {
        return new SimulationOptions(calendar, mode, DayCount.INCLUSIVE, values);
    }

    public SimulationOptions withDayCount(DayCount count) {
        return new SimulationOptions(calendar, mode, count, values);
    }
}

package io.consortia.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** A week in 2025 with one holiday (Wed 1 Oct) and one adjusted working Saturday (4 Oct). */
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.of(Set.of(2025),
            Map.of(LocalDate.of(2025, 10, 1), "国庆节"), Map.of(LocalDate.of(2025, 10, 4), "补班")).get();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aHolidayIsARestDayAndAnAdjustedWeekendDayIsAWorkingDay() {
        assertThat(CAL.isWorkingDay(d("2025-10-01"), CalendarMode.STATUTORY).get().value()).isFalse();
        assertThat(CAL.isWorkingDay(d("2025-10-04"), CalendarMode.STATUTORY).get().value()).isTrue();
        assertThat(CAL.isWorkingDay(d("2025-10-05"), CalendarMode.STATUTORY).get().value()).isFalse();
        assertThat(CAL.isWorkingDay(d("2025-10-02"), CalendarMode.STATUTORY).get().value()).isTrue();
    }

    @Test
    void addsWorkingDaysAfterTheStartAndCountsBothEndsOfAPeriod() {
        // Tue 30 Sep; Wed 1 Oct off; Thu 2, Fri 3, Sat 4 (adjusted), Mon 6.
        assertThat(CAL.addWorkingDays(d("2025-09-30"), 0, CalendarMode.STATUTORY).get().value()).isEqualTo(d("2025-09-30"));
        assertThat(CAL.addWorkingDays(d("2025-09-30"), 1, CalendarMode.STATUTORY).get().value()).isEqualTo(d("2025-10-02"));
        assertThat(CAL.addWorkingDays(d("2025-09-30"), 4, CalendarMode.STATUTORY).get().value()).isEqualTo(d("2025-10-06"));
        assertThat(CAL.nthWorkingDay(d("2025-09-30"), 5, CalendarMode.STATUTORY).get().value()).isEqualTo(d("2025-10-06"));
        assertThat(CAL.nthWorkingDay(d("2025-10-01"), 1, CalendarMode.STATUTORY).get().value())
                .as("a period that starts on a holiday counts from the next working day").isEqualTo(d("2025-10-02"));
        assertThat(CAL.countWorkingDays(d("2025-09-30"), d("2025-10-06"), CalendarMode.STATUTORY).get().value()).isEqualTo(5);
        assertThat(CAL.countWorkingDays(d("2025-10-06"), d("2025-09-30"), CalendarMode.STATUTORY).get().value()).isZero();
    }

    @Test
    void aDateOutsideTheCoveredYearsIsAnErrorUnlessApproximated() {
        assertThat(CAL.isWorkingDay(d("2026-01-05"), CalendarMode.STATUTORY).getLeft().date()).isEqualTo(d("2026-01-05"));
        assertThat(CAL.countWorkingDays(d("2025-12-30"), d("2026-01-02"), CalendarMode.STATUTORY).getLeft().date())
                .isEqualTo(d("2026-01-01"));
        Counted<Integer> approx = CAL.countWorkingDays(d("2025-12-30"), d("2026-01-02"), CalendarMode.WEEKDAY_APPROXIMATION).get();
        assertThat(approx.value()).isEqualTo(4);
        assertThat(approx.approximatedYears()).containsExactly(2026);
        assertThat(CAL.countWorkingDays(d("2025-12-01"), d("2025-12-05"), CalendarMode.WEEKDAY_APPROXIMATION).get().approximated()).isFalse();
        assertThat(WorkingDayCalendar.empty().coveredYears()).isEmpty();
        assertThat(CAL.isWorkingDay(d("2026-01-05"), CalendarMode.STATUTORY).getLeft().message().en()).contains("2025–2025");
    }

    @Test
    void refusesADateThatIsBothAHolidayAndAWorkingDay() {
        assertThat(WorkingDayCalendar.of(Set.of(2025), Map.of(d("2025-10-01"), "a"), Map.of(d("2025-10-01"), "b")).isLeft()).isTrue();
    }

    @Test
    void aNegativeNumberOfDaysIsAProgrammingError() {
        assertThatThrownBy(() -> CAL.addWorkingDays(d("2025-10-01"), -1, CalendarMode.STATUTORY)).isInstanceOf(IllegalArgumentException.class);
    }
}

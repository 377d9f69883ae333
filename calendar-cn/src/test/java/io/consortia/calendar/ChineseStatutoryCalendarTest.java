package io.consortia.calendar;

import static io.consortia.kernel.calendar.CalendarMode.STATUTORY;
import static io.consortia.kernel.calendar.CalendarMode.WEEKDAY_APPROXIMATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseStatutoryCalendarTest {

    private static final WorkingDayCalendar CN = ChineseStatutoryCalendar.load();

    private static boolean working(String date) {
        return CN.isWorkingDay(LocalDate.parse(date), STATUTORY).get().value();
    }

    @Test
    void coversTheYearsTheDataLists() {
        assertThat(CN.coveredYears().first()).isEqualTo(2000);
        assertThat(CN.coveredYears().last()).isEqualTo(2026);
        assertThat(CN.coveredYears()).hasSize(27);
    }

    @Test
    void nationalDay2024IsSevenRestDaysWithTwoAdjustedWorkingWeekendDays() {
        for (int day = 1; day <= 7; day++) {
            assertThat(working("2024-10-0" + day)).as("2024-10-0" + day).isFalse();
            assertThat(CN.holiday(LocalDate.of(2024, 10, day))).contains("国庆节");
        }
        assertThat(working("2024-09-29")).as("Sunday 29 September, 国庆节补班").isTrue();
        assertThat(working("2024-10-12")).as("Saturday 12 October, 国庆节补班").isTrue();
        assertThat(CN.adjustedWorkday(LocalDate.of(2024, 9, 29))).contains("国庆节补班");
        assertThat(working("2024-10-08")).isTrue();
        assertThat(working("2024-10-13")).as("an ordinary Sunday").isFalse();
    }

    @Test
    void countsFiveWorkingDaysAcrossNationalDayOnTheStatutoryCalendar() {
        // Fri 27 Sep, Sun 29 Sep (adjusted), Mon 30 Sep, then 1-7 October off, Tue 8 and Wed 9 October.
        LocalDate start = LocalDate.of(2024, 9, 27);
        assertThat(CN.nthWorkingDay(start, 5, STATUTORY).get().value()).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(CN.countWorkingDays(start, LocalDate.of(2024, 10, 8), STATUTORY).get().value()).isEqualTo(4);
        assertThat(CN.countWorkingDays(start, LocalDate.of(2024, 10, 9), STATUTORY).get().value()).isEqualTo(5);
    }

    @Test
    void readsDatesOfTheAdjacentYearListedUnderAYear() {
        // The 2000 list holds 1999-12-31 (元旦); the 2001 list holds 2000-12-30 and 2000-12-31.
        assertThat(CN.holiday(LocalDate.of(1999, 12, 31))).contains("元旦");
        assertThat(CN.holiday(LocalDate.of(2000, 12, 31))).contains("元旦");
        assertThat(working("2000-12-29")).isTrue();
    }

    @Test
    void refusesADateOutsideTheCoveredYearsUnlessApproximationIsChosen() {
        LocalDate outside = LocalDate.of(2030, 10, 1);
        assertThat(CN.isWorkingDay(outside, STATUTORY).isLeft()).isTrue();
        assertThat(CN.isWorkingDay(outside, STATUTORY).getLeft().date()).isEqualTo(outside);
        var approx = CN.isWorkingDay(outside, WEEKDAY_APPROXIMATION).get();
        assertThat(approx.value()).as("Tuesday 1 October 2030 is Monday-Friday").isTrue();
        assertThat(approx.approximatedYears()).containsExactly(2030);
    }

    @Test
    void aCountThatCrossesOutOfTheCoveredYearsReportsTheApproximatedYear() {
        var counted = CN.countWorkingDays(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5), WEEKDAY_APPROXIMATION).get();
        assertThat(counted.approximatedYears()).containsExactly(2027);
        assertThat(CN.countWorkingDays(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5), STATUTORY).getLeft().date())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void theBundledYearsAreHolidayCnFilesNamedAfterTheirHolidays() {
        var years = ChineseStatutoryCalendar.bundled();
        assertThat(years).hasSize(27).allSatisfy(y -> assertThat(y.source()).startsWith("bundled (holiday-cn/" + y.year() + ".json"));
        CalendarYear y2025 = years.stream().filter(y -> y.year() == 2025).findFirst().orElseThrow();
        assertThat(y2025.offDays()).hasSize(28).containsEntry(LocalDate.of(2025, 10, 8), "国庆节、中秋节");
        assertThat(y2025.workdays()).containsEntry(LocalDate.of(2025, 9, 28), "国庆节").hasSize(5);
    }
}

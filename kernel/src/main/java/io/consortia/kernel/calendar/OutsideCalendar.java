package io.consortia.kernel.calendar;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The error value of a count that needed a date the calendar does not cover, in {@link
 * CalendarMode#STATUTORY} mode.
 *
 * @param date the first date that was needed and not covered
 * @param coveredYears the years the calendar covers (may be empty)
 */
public record OutsideCalendar(LocalDate date, SortedSet<Integer> coveredYears) {

    public OutsideCalendar {
        Objects.requireNonNull(date, "date");
        coveredYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /** What went wrong and what the caller can do, in both languages. */
    public Text message() {
        String covered = coveredYears.isEmpty() ? "none" : coveredYears.first() + "–" + coveredYears.last();
        String coveredZh = coveredYears.isEmpty() ? "无" : coveredYears.first() + "–" + coveredYears.last() + "年";
        return Text.of(
                date + " 不在法定节假日日历覆盖的年份内（" + coveredZh + "），无法判断是否为工作日；可选择按周一至周五近似计算",
                date + " lies outside the years the statutory holiday calendar covers (" + covered
                        + "), so whether it is a working day is unknown; a Monday-to-Friday approximation can be chosen instead");
    }
}

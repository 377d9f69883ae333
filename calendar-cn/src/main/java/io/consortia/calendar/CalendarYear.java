package io.consortia.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One year of China's statutory calendar as a holiday-cn file states it: the rest days (statutory
 * holidays, {@code isOffDay: true}) and the adjusted working days (调休补班, {@code isOffDay:
 * false}), each with its holiday's name, and where the data came from. A year's list may hold a
 * date of the adjacent year (the 2000 arrangement gives 1999-12-31 off).
 *
 * @param source where it came from: {@code bundled} or a file's path, for {@code consortia calendar}
 * @param papers the State Council notices it follows, when the file names them
 */
public record CalendarYear(int year, SortedMap<LocalDate, String> offDays, SortedMap<LocalDate, String> workdays, List<String> papers,
                           String source) {

    public CalendarYear {
        offDays = Collections.unmodifiableSortedMap(new TreeMap<>(offDays));
        workdays = Collections.unmodifiableSortedMap(new TreeMap<>(workdays));
        papers = List.copyOf(papers);
        Objects.requireNonNull(source, "source");
    }

    /** The same year, said to come from another source. */
    public CalendarYear from(String other) {
        return new CalendarYear(year, offDays, workdays, papers, other);
    }
}

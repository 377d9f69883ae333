package io.consortia.calendar;

import io.consortia.kernel.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The statutory calendar assembled from years of several sources: the bundled ones first, then
 * users' files, a later source replacing an earlier one's year whole (a 2027 file published by the
 * State Council adds 2027; a corrected 2025 file replaces the bundled 2025). Immutable.
 *
 * @param calendar the working-day calendar of the chosen years
 * @param years each covered year as it was chosen, with its source
 */
public record StatutoryCalendar(WorkingDayCalendar calendar, SortedMap<Integer, CalendarYear> years) {

    public StatutoryCalendar {
        years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    /**
     * The calendar of the years, later ones taking precedence over earlier ones for the same year
     * and, for a date two chosen years both list (a year's file may list a date of the next), for
     * that date.
     */
    public static StatutoryCalendar of(List<CalendarYear> layers) {
        SortedMap<Integer, CalendarYear> chosen = new TreeMap<>();
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            chosen.put(layers.get(i).year(), layers.get(i));
            rank.put(layers.get(i).year(), i);
        }
        Map<LocalDate, String> off = new HashMap<>();
        Map<LocalDate, String> work = new HashMap<>();
        chosen.values().stream().sorted((a, b) -> Integer.compare(rank.get(a.year()), rank.get(b.year()))).forEach(y -> {
            y.offDays().forEach((d, n) -> {
                work.remove(d);
                off.put(d, n);
            });
            y.workdays().forEach((d, n) -> {
                off.remove(d);
                work.put(d, n.endsWith("补班") ? n : n + "补班");
            });
        });
        WorkingDayCalendar calendar = WorkingDayCalendar.of(chosen.keySet(), off, work)
                .getOrElseThrow(problem -> new IllegalStateException("inconsistent calendar: " + problem));
        return new StatutoryCalendar(calendar, chosen);
    }

    /** Where the year's data came from, when it is covered. */
    public java.util.Optional<String> source(int year) {
        return java.util.Optional.ofNullable(years.get(year)).map(CalendarYear::source);
    }
}

package io.consortia.kernel.calendar;

import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A working-day calendar: the Monday–Friday week, corrected by named statutory holidays (rest
 * days) and adjusted working days (调休补班, usually weekends), for the years it covers.
 * Immutable and pure; the data is an input (the {@code calendar-cn} module reads the Chinese
 * statutory calendar into one of these).
 *
 * <p>A date outside the covered years cannot be classified exactly. Every query takes a {@link
 * CalendarMode}: {@link CalendarMode#STATUTORY} answers such a date with an {@link
 * OutsideCalendar} error value, {@link CalendarMode#WEEKDAY_APPROXIMATION} treats it as the
 * plain week and reports the approximated years in its {@link Counted} answer.
 */
public final class WorkingDayCalendar {

    private final SortedSet<Integer> coveredYears;
    private final SortedMap<LocalDate, String> holidays;
    private final SortedMap<LocalDate, String> workdays;

    private WorkingDayCalendar(SortedSet<Integer> coveredYears, SortedMap<LocalDate, String> holidays,
                               SortedMap<LocalDate, String> workdays) {
        this.coveredYears = Collections.unmodifiableSortedSet(coveredYears);
        this.holidays = Collections.unmodifiableSortedMap(holidays);
        this.workdays = Collections.unmodifiableSortedMap(workdays);
    }

    /**
     * A calendar from its data. A data set may list a date of an adjacent year under a year (the
     * 2000 list holds 1999-12-31); dates are keyed by themselves, so that is harmless, but only the
     * covered years are answered exactly.
     *
     * @param coveredYears the years for which the lists are complete
     * @param holidays rest days, each with its holiday's name
     * @param adjustedWorkdays working days on what would be rest days, each with its reason
     * @return the calendar, or what is inconsistent (a date that is both, a blank name)
     */
    public static Either<String, WorkingDayCalendar> of(Set<Integer> coveredYears, Map<LocalDate, String> holidays,
                                                        Map<LocalDate, String> adjustedWorkdays) {
        Objects.requireNonNull(coveredYears, "coveredYears");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(adjustedWorkdays, "adjustedWorkdays");
        for (LocalDate d : holidays.keySet()) {
            if (adjustedWorkdays.containsKey(d)) {
                return Either.left(d + " is listed both as a holiday (" + holidays.get(d) + ") and as an adjusted working day ("
                        + adjustedWorkdays.get(d) + ")");
            }
        }
        for (Map.Entry<LocalDate, String> e : holidays.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue().isBlank()) {
                return Either.left("holiday " + e.getKey() + " has no name");
            }
        }
        for (Map.Entry<LocalDate, String> e : adjustedWorkdays.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue().isBlank()) {
                return Either.left("adjusted working day " + e.getKey() + " has no name");
            }
        }
        return Either.right(new WorkingDayCalendar(new TreeSet<>(coveredYears), new TreeMap<>(holidays),
                new TreeMap<>(adjustedWorkdays)));
    }

    /** A calendar that covers no year: every answer is either an error or a weekday approximation. */
    public static WorkingDayCalendar empty() {
        return new WorkingDayCalendar(new TreeSet<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** The years answered exactly. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the date's year is covered. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** The holiday's name, when the date is a listed statutory rest day. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The reason, when the date is a listed adjusted working day. */
    public Optional<String> adjustedWorkday(LocalDate date) {
        return Optional.ofNullable(workdays.get(date));
    }

    /** Whether the date is a working day. */
    public Either<OutsideCalendar, Counted<Boolean>> isWorkingDay(LocalDate date, CalendarMode mode) {
        SortedSet<Integer> approximated = new TreeSet<>();
        Either<OutsideCalendar, Boolean> w = working(date, mode, approximated);
        return w.map(v -> new Counted<>(v, approximated));
    }

    /**
     * The date {@code n} working days after {@code from} ({@code from} itself not counted); {@code
     * from} when {@code n} is 0.
     *
     * @throws IllegalArgumentException when {@code n} is negative (a programming error)
     */
    public Either<OutsideCalendar, Counted<LocalDate>> addWorkingDays(LocalDate from, int n, CalendarMode mode) {
        requireNonNegative(n);
        SortedSet<Integer> approximated = new TreeSet<>();
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            Either<OutsideCalendar, Boolean> w = working(d, mode, approximated);
            if (w.isLeft()) {
                return Either.left(w.getLeft());
            }
            if (w.get()) {
                left--;
            }
        }
        return Either.right(new Counted<>(d, approximated));
    }

    /**
     * The day on which a period that starts on {@code first} has run {@code n} working days, both
     * its first and last days counting: {@code first} itself when it is a working day and {@code n}
     * is 1.
     *
     * @throws IllegalArgumentException when {@code n} is not positive (a programming error)
     */
    public Either<OutsideCalendar, Counted<LocalDate>> nthWorkingDay(LocalDate first, int n, CalendarMode mode) {
        if (n <= 0) {
            throw new IllegalArgumentException("a period runs at least one working day: " + n);
        }
        SortedSet<Integer> approximated = new TreeSet<>();
        Either<OutsideCalendar, Boolean> w = working(first, mode, approximated);
        if (w.isLeft()) {
            return Either.left(w.getLeft());
        }
        int still = w.get() ? n - 1 : n;
        return addWorkingDays(first, still, mode).map(c -> {
            SortedSet<Integer> all = new TreeSet<>(approximated);
            all.addAll(c.approximatedYears());
            return new Counted<>(c.value(), all);
        });
    }

    /** The number of working days from {@code first} to {@code last}, both included; 0 when {@code last} precedes {@code first}. */
    public Either<OutsideCalendar, Counted<Integer>> countWorkingDays(LocalDate first, LocalDate last, CalendarMode mode) {
        SortedSet<Integer> approximated = new TreeSet<>();
        int count = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Either<OutsideCalendar, Boolean> w = working(d, mode, approximated);
            if (w.isLeft()) {
                return Either.left(w.getLeft());
            }
            if (w.get()) {
                count++;
            }
        }
        return Either.right(new Counted<>(count, approximated));
    }

    private Either<OutsideCalendar, Boolean> working(LocalDate date, CalendarMode mode, SortedSet<Integer> approximated) {
        boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (!covers(date)) {
            if (mode == CalendarMode.STATUTORY) {
                return Either.left(new OutsideCalendar(date, coveredYears));
            }
            approximated.add(date.getYear());
            return Either.right(weekday);
        }
        if (holidays.containsKey(date)) {
            return Either.right(false);
        }
        if (workdays.containsKey(date)) {
            return Either.right(true);
        }
        return Either.right(weekday);
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days is not negative: " + n);
        }
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + (coveredYears.isEmpty() ? "no years" : coveredYears.first() + "-" + coveredYears.last())
                + ", " + holidays.size() + " holidays, " + workdays.size() + " adjusted working days]";
    }
}

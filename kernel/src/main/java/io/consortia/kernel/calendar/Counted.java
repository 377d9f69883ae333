package io.consortia.kernel.calendar;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A calendar answer with the years, if any, where it had to approximate by the Monday–Friday
 * week ({@link CalendarMode#WEEKDAY_APPROXIMATION}). Callers must report an approximation.
 *
 * @param <T> the answer
 * @param approximatedYears the uncovered years whose days were approximated; empty when exact
 */
public record Counted<T>(T value, SortedSet<Integer> approximatedYears) {

    public Counted {
        Objects.requireNonNull(value, "value");
        approximatedYears = Collections.unmodifiableSortedSet(new TreeSet<>(approximatedYears));
    }

    /** Whether any day was approximated. */
    public boolean approximated() {
        return !approximatedYears.isEmpty();
    }
}

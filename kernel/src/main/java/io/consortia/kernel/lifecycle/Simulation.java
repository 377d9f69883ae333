package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;

import io.consortia.kernel.calendar.CalendarMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of replaying a history up to an as-of date (contract §4): the timeline, the final
 * state, the obligations with their status as of that date, and what the history brought about.
 *
 * @param asOf the date the simulation runs to
 * @param approximatedYears years whose working days were approximated by the Monday–Friday week
 *     (only in {@link CalendarMode#WEEKDAY_APPROXIMATION}); a caller must report them
 * @param notReplayed how many events of the history lie after {@code asOf} and were not replayed
 */
public record Simulation(String jurisdiction, LocalDate asOf, CalendarMode calendarMode, List<TimelineEntry> timeline,
                         LifecycleState last, List<Obligation> obligations, SortedSet<Integer> approximatedYears,
                         int notReplayed) {

    public Simulation {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendarMode, "calendarMode");
        Objects.requireNonNull(last, "last");
        timeline = List.copyOf(timeline);
        obligations = List.copyOf(obligations);
        approximatedYears = Collections.unmodifiableSortedSet(new TreeSet<>(approximatedYears));
    }

    public CoreState finalState() {
        return last.core();
    }

    /** Sanctions the history produced. */
    public List<Sanction> sanctions() {
        return last.ledger().sanctions();
    }

    /** Support measures the history brought. */
    public List<GrantedMeasure> measures() {
        return last.ledger().measures();
    }

    /** Decisions the authority has yet to take, as of the end. */
    public List<Flag> flags() {
        return last.ledger().flags();
    }

    /** Projects still running at the end. */
    public List<RunningProject> projects() {
        return last.ledger().projects();
    }
}

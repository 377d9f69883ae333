package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.UnitRef;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Replays a history through a {@link Decider} up to an as-of date: before each event, the
 * transitions time has made by its day (each its own timeline entry); then the event, accepted or
 * rejected; then time up to the as-of date; then the obligations as of that date. Pure: the same
 * history, policy, options and date always give the same simulation. Its work is bounded by the
 * number of events, whatever the dates: time makes at most one transition per establishment, and
 * obligations are listed up to {@link Obligations#HORIZON}.
 */
public final class Simulator {

    private Simulator() {}

    /**
     * Simulates.
     *
     * @param events the history, in date order (an event out of order is an error)
     * @param asOf the date to simulate to; by default the last event's date. Events after it are
     *     not replayed (and counted)
     * @param lead the lead unit, when known (names it in a sanction)
     */
    public static Either<SimulationError, Simulation> run(Decider decider, List<Event> events, Optional<LocalDate> asOf,
                                                          Optional<UnitRef> lead) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).on().isBefore(events.get(i - 1).on())) {
                return Either.left(new SimulationError.OutOfOrder(i, events.get(i).on(), events.get(i - 1).on()));
            }
        }
        if (asOf.isEmpty() && events.isEmpty()) {
            return Either.left(new SimulationError.NoDate());
        }
        LocalDate until = asOf.orElseGet(() -> events.get(events.size() - 1).on());
        LifecycleState state = LifecycleState.initial(lead);
        List<TimelineEntry> timeline = new ArrayList<>();
        SortedSet<Integer> approximated = new TreeSet<>();
        int notReplayed = 0;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.on().isAfter(until)) {
                notReplayed = events.size() - i;
                break;
            }
            state = time(decider, state, e.on(), timeline);
            Decision d = decider.decide(state, e);
            approximated.addAll(d.approximatedYears());
            if (d instanceof Decision.Undecidable u) {
                return Either.left(new SimulationError.CalendarGap(i, u.gap()));
            }
            if (d instanceof Decision.Rejected r) {
                timeline.add(new TimelineEntry(e.on(), e.name(), Optional.of(i), false, state.core(), Optional.of(r.reason()),
                        Optional.of(r.clause()), List.of()));
                continue;
            }
            Decision.Accepted a = (Decision.Accepted) d;
            CoreState before = state.core();
            state = decider.evolve(state, a.facts());
            boolean changed = state.core() != before;
            List<Note> notes = new ArrayList<>();
            if (!changed) {
                notes.add(Note.of("ACCEPTED", a.reason()));
            }
            for (Note n : a.notes()) {
                if (notes.stream().noneMatch(x -> x.text().equals(n.text())) && !(changed && n.text().equals(a.reason()))) {
                    notes.add(n);
                }
            }
            timeline.add(new TimelineEntry(e.on(), e.name(), Optional.of(i), true, state.core(),
                    changed ? Optional.of(a.reason()) : Optional.empty(), a.clause(), notes));
        }
        state = time(decider, state, until, timeline);
        List<Obligation> obligations = Obligations.asOf(decider.policy(), decider.options(), state, until);
        return Either.right(new Simulation(decider.policy().jurisdiction(), until, decider.options().mode(), timeline, state, obligations,
                approximated, notReplayed));
    }

    private static LifecycleState time(Decider decider, LifecycleState state, LocalDate upTo, List<TimelineEntry> timeline) {
        LifecycleState s = state;
        for (Decider.Lapse lapse : decider.lapses(s, upTo)) {
            s = decider.evolve(s, lapse.facts());
            timeline.add(new TimelineEntry(lapse.on(), lapse.event(), Optional.empty(), true, s.core(), Optional.of(lapse.reason()),
                    Optional.of(lapse.clause()), List.of()));
        }
        return s;
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a simulation's timeline (contract §4): an event of the history, or a transition
 * time made by itself ({@code EXPIRED}, with no {@code index}).
 *
 * @param event the event name
 * @param index the event's position in the history ({@code events[index]}); empty for time-driven entries
 * @param state the core state after it
 * @param reason why it was rejected, or why the state changed; empty otherwise
 * @param clause the clause behind the reason
 * @param notes other things worth saying about it (what an accepted event did without changing
 *     the state, measures, deadlines)
 */
public record TimelineEntry(LocalDate on, String event, Optional<Integer> index, boolean accepted, CoreState state,
                            Optional<Text> reason, Optional<Clause> clause, List<Note> notes) {

    public TimelineEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clause, "clause");
        notes = List.copyOf(notes);
        if (!accepted && reason.isEmpty()) {
            throw new IllegalArgumentException("a rejection has its reason");
        }
    }

    /** Whether time, not the history, made it. */
    public boolean timeDriven() {
        return index.isEmpty();
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One way a policy lets the core state change: from a state, on an event (under a condition, in
 * words), to a state. The edges of the procedure's state diagram; a simulation never changes the
 * core state along any other.
 *
 * @param event the event name ({@code EXPIRED} for the change time makes)
 */
public record Transition(CoreState from, String event, Optional<Text> when, CoreState to, Clause clause) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(clause, "clause");
    }
}

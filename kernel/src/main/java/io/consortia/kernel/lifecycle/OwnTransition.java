package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * A transition a jurisdiction adds to the kernel's table (a clause of its own): in {@code from},
 * the event leads to {@code to}, either the same state (the event is accepted in place) or a
 * terminal one (it ends the consortium). It takes precedence over the kernel's row for the same
 * state and event.
 *
 * @param event a core event's name, or one of the procedure's own events
 * @param says what happens, in words
 */
public record OwnTransition(CoreState from, String event, CoreState to, Text says, Clause clause) {

    public OwnTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(clause, "clause");
        if (to != from && !to.isTerminal()) {
            throw new IllegalArgumentException("a jurisdiction's transition stays in its state or ends the consortium; "
                    + from + " --" + event + "--> " + to + " does neither (the core events move a consortium between phases)");
        }
        if (from.isTerminal()) {
            throw new IllegalArgumentException("a terminal state has no transitions: " + from);
        }
    }
}

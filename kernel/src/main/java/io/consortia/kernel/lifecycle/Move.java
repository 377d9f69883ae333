package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of a policy's transition table: in core state {@code from}, the event (when its
 * condition holds) leads to {@code to} if every check passes, and then has its effects. The
 * decider, the diagrams ({@link Transition}, the row's public face) and the invariants all read
 * the same rows. Built once per policy; not changed after it is in a table.
 */
final class Move {

    /** A condition a transition puts on the event; it rejects through the draft. */
    @FunctionalInterface
    interface Check {
        void apply(Context c, Draft d);
    }

    /** What an accepted transition does beyond the change of phase: facts, notes, the reason. */
    @FunctionalInterface
    interface Effect {
        void apply(Context c, Draft d);
    }

    final CoreState from;
    final String event;
    final CoreState to;
    final Clause clause;
    Function<ParameterValues, Optional<Text>> when = v -> Optional.empty();
    Optional<Predicate<Context>> branch = Optional.empty();
    final List<Check> checks = new ArrayList<>();
    final List<Effect> effects = new ArrayList<>();
    Function<Context, Text> reason;
    /** Whether only time makes it (a validity running out). */
    boolean timeDriven;

    Move(CoreState from, String event, CoreState to, Clause clause, Text reason) {
        this.from = Objects.requireNonNull(from, "from");
        this.event = Objects.requireNonNull(event, "event");
        this.to = Objects.requireNonNull(to, "to");
        this.clause = Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(reason, "reason");
        this.reason = c -> reason;
        if (from.isTerminal()) {
            throw new IllegalArgumentException("a terminal state has no transitions: " + from);
        }
    }

    static Move of(CoreState from, EventType event, CoreState to, Clause clause, Text reason) {
        return new Move(from, event.name(), to, clause, reason);
    }

    Move when(Text words) {
        when = v -> Optional.of(words);
        return this;
    }

    Move when(Function<ParameterValues, Text> words) {
        when = v -> Optional.of(words.apply(v));
        return this;
    }

    Move branch(Predicate<Context> condition) {
        branch = Optional.of(condition);
        return this;
    }

    Move check(Check check) {
        checks.add(check);
        return this;
    }

    Move checks(List<Check> more) {
        checks.addAll(more);
        return this;
    }

    Move effect(Effect effect) {
        effects.add(effect);
        return this;
    }

    Move reason(Function<Context, Text> why) {
        reason = why;
        return this;
    }

    Move timeDriven() {
        timeDriven = true;
        return this;
    }

    boolean applies(Context c) {
        return branch.map(b -> b.test(c)).orElse(true);
    }

    boolean keepsState() {
        return from == to;
    }

    /** The row as a diagram edge. */
    Transition view(ParameterValues values) {
        return new Transition(from, event, when.apply(values), to, clause);
    }

    @Override
    public String toString() {
        return from + " --" + event + (branch.isPresent() ? "[if]" : "") + "--> " + to;
    }
}

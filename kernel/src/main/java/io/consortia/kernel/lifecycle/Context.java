package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.parameter.Param;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a transition's condition, guards and effects see when an event is decided: the state
 * before it, the event, the policy and the simulation's options (calendar, day count, parameter
 * values). Read-only.
 *
 * @since 0.2
 */
public final class Context {

    private final LifecycleState state;
    private final Event event;
    private final LifecyclePolicy policy;
    private final SimulationOptions options;

    Context(LifecycleState state, Event event, LifecyclePolicy policy, SimulationOptions options) {
        this.state = Objects.requireNonNull(state, "state");
        this.event = Objects.requireNonNull(event, "event");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
    }

    public LifecycleState state() {
        return state;
    }

    public Phase phase() {
        return state.phase();
    }

    public Ledger ledger() {
        return state.ledger();
    }

    public Event event() {
        return event;
    }

    public LifecyclePolicy policy() {
        return policy;
    }

    public SimulationOptions options() {
        return options;
    }

    /** The parameter's value in force for this run. */
    public <T> T value(Param<T> p) {
        return options.values().get(p);
    }

    public DayCount dayCount() {
        return options.dayCount();
    }

    /** The date of the application under way (the event's own date when none is). */
    LocalDate appliedOn() {
        if (state.phase() instanceof Phase.UnderReview u) {
            return u.appliedOn();
        }
        if (state.phase() instanceof Phase.PublicNotice n) {
            return n.appliedOn();
        }
        return event.on();
    }

    /** The last day of validity the policy sets for an establishment on the day (R9), when it has a validity. */
    Optional<LocalDate> usualLastDay(LocalDate establishedOn) {
        return policy.validity().map(v -> v.lastDay(establishedOn, options.values(), options.dayCount()));
    }

    /** The last day of the standing an establishment has: the one its decision states, else the policy's. */
    Optional<LocalDate> lastValidDay(Event.Established e) {
        return policy.validity().isEmpty() ? Optional.empty() : e.validUntil().or(() -> usualLastDay(e.on()));
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;

import io.consortia.kernel.sanction.UnitRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the {@link Decider} knows of a consortium after some history: its core state and the
 * details the policy's rules consult (the review and notice so far, establishment and validity,
 * running projects, grades, reports, flags, measures, sanctions, the lead). Immutable; {@link
 * Decider#evolve} makes the next one with {@code ImmutableLifecycleState.copyOf(state).with…}.
 */
@Value.Immutable
public abstract class LifecycleState {

    public abstract CoreState core();

    /** The date of the (last) application or renewal application. */
    public abstract Optional<LocalDate> appliedOn();

    /** Whether a review has passed since the last application. */
    @Value.Default
    public boolean reviewPassed() {
        return false;
    }

    /** The first day of the notice that is running. */
    public abstract Optional<LocalDate> noticeStartedOn();

    /** Whether a notice has ended without objection since the last application or objection. */
    @Value.Default
    public boolean noticeCleared() {
        return false;
    }

    /** The (last) establishment. */
    public abstract Optional<LocalDate> establishedOn();

    /** The day the standing runs out, under a policy with a validity period. */
    public abstract Optional<LocalDate> expiresOn();

    /** Every stretch of time the consortium was established, in order. */
    public abstract List<Period> establishedPeriods();

    /** Projects running, in the order they started. */
    public abstract List<RunningProject> projects();

    /** Every evaluation grade, in order. */
    public abstract List<Grade> grades();

    /** Reports submitted: the year reported on, and the first day a report on it was submitted. */
    public abstract Map<Integer, LocalDate> reports();

    /** Decisions the authority has yet to take. */
    public abstract List<Flag> flags();

    public abstract List<GrantedMeasure> measures();

    /** Sanctions the history has produced. */
    public abstract List<Sanction> sanctions();

    /** The lead unit, when known (from the profile or the last lead change that named it). */
    public abstract Optional<UnitRef> lead();

    /** Whether the lead has lost its lead status and no new lead has been named since. */
    @Value.Default
    public boolean leadVacant() {
        return false;
    }

    /** How the consortium ended, once terminal. */
    public abstract Optional<Closure> closure();

    /** The state before any event: PROPOSED, with the lead if known. */
    public static LifecycleState initial(Optional<UnitRef> lead) {
        return ImmutableLifecycleState.builder().core(CoreState.PROPOSED).lead(lead).build();
    }

    /** The first establishment, if any. */
    public Optional<LocalDate> firstEstablishedOn() {
        return establishedPeriods().isEmpty() ? Optional.empty() : Optional.of(establishedPeriods().get(0).from());
    }

    /** Whether the consortium was established on the day. */
    public boolean establishedOnDay(LocalDate day) {
        return establishedPeriods().stream().anyMatch(p -> p.contains(day));
    }

    /** Structural consistency only: the core state agrees with the details. */
    @Value.Check
    protected void check() {
        boolean open = !establishedPeriods().isEmpty() && establishedPeriods().get(establishedPeriods().size() - 1).until().isEmpty();
        if ((core() == CoreState.ESTABLISHED) != open) {
            throw new IllegalStateException("ESTABLISHED exactly while an establishment period is open: " + core());
        }
        if (core().isTerminal() != closure().isPresent()) {
            throw new IllegalStateException("a closure exactly in a terminal state: " + core());
        }
        if ((core() == CoreState.PUBLIC_NOTICE) != noticeStartedOn().isPresent()) {
            throw new IllegalStateException("a running notice exactly in PUBLIC_NOTICE: " + core());
        }
    }
}

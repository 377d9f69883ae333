package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.sanction.UnitRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link Decider} knows of a consortium after some history: the phase it is in, and the
 * ledger of what its history has built up. Immutable; {@link Fact}s make the next one.
 *
 * @param phase where it stands, with what belongs to that phase only
 * @param ledger what the whole history has built up
 */
public record LifecycleState(Phase phase, Ledger ledger) {

    public LifecycleState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(ledger, "ledger");
        if ((phase instanceof Phase.Established) != ledger.establishedNow()) {
            throw new IllegalStateException("ESTABLISHED exactly while an establishment period is open: " + phase.core());
        }
    }

    /** The state before any event: PROPOSED, with the lead if known. */
    public static LifecycleState initial(Optional<UnitRef> lead) {
        return new LifecycleState(new Phase.Proposed(), Ledger.initial(lead));
    }

    public CoreState core() {
        return phase.core();
    }

    /** How the consortium ended, once terminal. */
    public Optional<Closure> closure() {
        return phase instanceof Phase.Closed c ? Optional.of(c.closure()) : Optional.empty();
    }

    public LifecycleState with(Phase next) {
        return new LifecycleState(next, ledger);
    }

    public LifecycleState with(Ledger next) {
        return new LifecycleState(phase, next);
    }

    /** The first establishment, if any. */
    public Optional<LocalDate> firstEstablishedOn() {
        return ledger.firstEstablishedOn();
    }

    /** Whether the consortium was established on the day. */
    public boolean establishedOnDay(LocalDate day) {
        return ledger.establishedOnDay(day);
    }

    public List<Sanction> sanctions() {
        return ledger.sanctions();
    }
}

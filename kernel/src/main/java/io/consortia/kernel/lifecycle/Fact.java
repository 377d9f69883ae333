package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an accepted event (or time) establishes, as {@link Decider#decide} returns it. Each fact
 * applies itself to a state, so that {@link Decider#evolve} needs no policy and a new kind of
 * fact cannot be added without saying what it does.
 */
public sealed interface Fact {

    LocalDate on();

    /** The state with this fact applied. */
    LifecycleState apply(LifecycleState s);

    /** The accepted event itself: what it adds to the ledger. */
    record Happened(Event event) implements Fact {
        public Happened {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public LocalDate on() {
            return event.on();
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(event.record(s.ledger()));
        }
    }

    /**
     * The consortium enters another phase (a terminal one included). Leaving ESTABLISHED closes its
     * establishment period on {@code on}; entering it opens one.
     */
    record Moved(LocalDate on, Phase next) implements Fact {
        public Moved {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(next, "next");
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            Ledger l = s.ledger();
            boolean was = s.phase() instanceof Phase.Established;
            if (was && !(next instanceof Phase.Established)) {
                l = l.closePeriod(on);
            }
            if (!was && next instanceof Phase.Established e) {
                l = l.openPeriod(e.since());
            }
            return new LifecycleState(next, l);
        }
    }

    /** The consortium is flagged for the authority's decision. */
    record Flagged(Flag flag) implements Fact {
        public Flagged {
            Objects.requireNonNull(flag, "flag");
        }

        @Override
        public LocalDate on() {
            return flag.raisedOn();
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withFlags(Lists.plus(s.ledger().flags(), flag)));
        }
    }

    /** The pending decisions are settled (a later evaluation that raises none, or the authority's decision). */
    record FlagsCleared(LocalDate on) implements Fact {
        public FlagsCleared {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withFlags(java.util.List.of()));
        }
    }

    /** A support measure follows. */
    record MeasureGranted(GrantedMeasure measure) implements Fact {
        public MeasureGranted {
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public LocalDate on() {
            return measure.on();
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withMeasures(Lists.plus(s.ledger().measures(), measure)));
        }
    }

    /** The lead loses its lead status and is barred. */
    record Barred(Sanction sanction, Clause clause) implements Fact {
        public Barred {
            Objects.requireNonNull(sanction, "sanction");
            Objects.requireNonNull(clause, "clause");
        }

        @Override
        public LocalDate on() {
            return sanction.from();
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withSanctions(Lists.plus(s.ledger().sanctions(), sanction)).withLeadVacant(true));
        }
    }

    /** The lead loses its lead status without a bar (a bar of no years). */
    record Unseated(LocalDate on) implements Fact {
        public Unseated {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withLeadVacant(true));
        }
    }

    /** A change opens the obligation to file it (met at once when the change says it was filed). */
    record FilingOpened(Filing filing) implements Fact {
        public FilingOpened {
            Objects.requireNonNull(filing, "filing");
        }

        @Override
        public LocalDate on() {
            return filing.since();
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withFilings(Lists.plus(s.ledger().filings(), filing)));
        }
    }

    /** A filing with the authority meets every filing then open. */
    record FilingsMet(LocalDate on) implements Fact {
        public FilingsMet {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public LifecycleState apply(LifecycleState s) {
            return s.with(ImmutableLedger.copyOf(s.ledger()).withFilings(s.ledger().filings().stream().map(f -> f.metOn(on)).toList()));
        }
    }
}

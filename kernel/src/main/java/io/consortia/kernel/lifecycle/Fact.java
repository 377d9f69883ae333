package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an accepted event establishes, as {@link Decider#decide} returns it and {@link
 * Decider#evolve} applies it: the event itself, and the consequences the policy attaches to it.
 */
public sealed interface Fact {

    LocalDate on();

    /** The accepted event itself. */
    record Happened(Event event) implements Fact {
        public Happened {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public LocalDate on() {
            return event.on();
        }
    }

    /** The consortium reaches a terminal state. */
    record Ended(LocalDate on, CoreState to, Text reason, Clause clause) implements Fact {
        public Ended {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clause, "clause");
            if (!to.isTerminal()) {
                throw new IllegalArgumentException("Ended leads to a terminal state, not " + to);
            }
        }
    }

    /** Time ran the validity out. */
    record Expired(LocalDate on, Clause clause) implements Fact {
        public Expired {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(clause, "clause");
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
    }

    /** Earlier flags are settled (a later evaluation that raises none). */
    record FlagsCleared(LocalDate on) implements Fact {
        public FlagsCleared {
            Objects.requireNonNull(on, "on");
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
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.OutsideCalendar;
import io.consortia.kernel.text.Text;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** What {@link Decider#decide} makes of an event: accepted with its facts, rejected, or undecidable. */
public sealed interface Decision {

    /** Years whose working days had to be approximated by the Monday–Friday week. */
    SortedSet<Integer> approximatedYears();

    /**
     * The event is accepted.
     *
     * @param facts the event itself and the consequences the policy attaches, to apply in order
     * @param reason what happened, in words
     * @param clause the clause behind it, where one applies
     * @param notes further things worth saying (a measure granted, a deadline, a late report)
     */
    record Accepted(List<Fact> facts, Text reason, Optional<Clause> clause, List<Note> notes, SortedSet<Integer> approximatedYears)
            implements Decision {
        public Accepted {
            facts = List.copyOf(facts);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clause, "clause");
            notes = List.copyOf(notes);
            approximatedYears = Collections.unmodifiableSortedSet(new TreeSet<>(approximatedYears));
            if (facts.isEmpty() || !(facts.get(0) instanceof Fact.Happened)) {
                throw new IllegalArgumentException("an accepted event is its own first fact");
            }
        }
    }

    /** The policy does not accept the event; the state stays as it was. */
    record Rejected(Text reason, Clause clause, SortedSet<Integer> approximatedYears) implements Decision {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clause, "clause");
            approximatedYears = Collections.unmodifiableSortedSet(new TreeSet<>(approximatedYears));
        }
    }

    /** The decision needs working days the calendar does not cover (and no approximation was chosen). */
    record Undecidable(OutsideCalendar gap) implements Decision {
        public Undecidable {
            Objects.requireNonNull(gap, "gap");
        }

        @Override
        public SortedSet<Integer> approximatedYears() {
            return Collections.emptySortedSet();
        }
    }
}

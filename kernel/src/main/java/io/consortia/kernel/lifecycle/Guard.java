package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A condition a policy puts on events while the consortium is established; an event that fails
 * a guard is rejected with the guard's clause and the state is unchanged.
 */
public sealed interface Guard {

    /** The events it guards. */
    Set<EventType> events();

    /** What it requires, in words. */
    Text says();

    Clause clause();

    /**
     * Not while a project of one of {@code levels} runs (only entrusted ones, when {@code
     * entrustedOnly}).
     */
    record NotWhileProject(Set<EventType> events, Set<ProjectLevel> levels, boolean entrustedOnly, Text says, Clause clause)
            implements Guard {
        public NotWhileProject {
            events = Set.copyOf(EnumSet.copyOf(events));
            levels = Set.copyOf(EnumSet.copyOf(levels));
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** The change must show every item of {@code evidence} (stated {@code true}). */
    record RequiresEvidence(Set<EventType> events, Set<Evidence> evidence, Text says, Clause clause) implements Guard {
        public RequiresEvidence {
            events = Set.copyOf(EnumSet.copyOf(events));
            evidence = Set.copyOf(EnumSet.copyOf(evidence));
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(clause, "clause");
            for (EventType e : events) {
                if (e != EventType.MEMBER_ADDED && e != EventType.MEMBER_REMOVED && e != EventType.LEAD_CHANGED
                        && e != EventType.RENAMED) {
                    throw new IllegalArgumentException("only changes carry evidence, not " + e);
                }
            }
        }
    }
}

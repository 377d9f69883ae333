package io.consortia.kernel.reading;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which readings are switched to their alternative; every other reading is at its default.
 * Immutable.
 */
public final class ReadingSet {
    private static final ReadingSet DEFAULTS = new ReadingSet(Set.of());

    private final Set<String> alternatives;

    private ReadingSet(Set<String> alternatives) {
        this.alternatives = Set.copyOf(alternatives);
    }

    /** Every reading at its default. */
    public static ReadingSet defaults() {
        return DEFAULTS;
    }

    /** The readings with these ids switched to their alternatives. */
    public static ReadingSet alternatives(Set<String> ids) {
        return new ReadingSet(ids);
    }

    /** A copy with one reading set to its default or its alternative. */
    public ReadingSet with(Reading reading, boolean alternative) {
        Set<String> next = new TreeSet<>(alternatives);
        if (alternative) {
            next.add(reading.id());
        } else {
            next.remove(reading.id());
        }
        return new ReadingSet(next);
    }

    public boolean isAlternative(Reading reading) {
        return !alternatives.isEmpty() && alternatives.contains(reading.id());
    }

    /** The ids switched to their alternatives, sorted. */
    public Set<String> switched() {
        return new TreeSet<>(alternatives);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadingSet r && r.alternatives.equals(alternatives);
    }

    @Override
    public int hashCode() {
        return alternatives.hashCode();
    }

    @Override
    public String toString() {
        return alternatives.isEmpty() ? "defaults" : "alternatives " + switched();
    }
}

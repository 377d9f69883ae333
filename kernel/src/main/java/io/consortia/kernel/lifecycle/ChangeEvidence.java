package io.consortia.kernel.lifecycle;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change event shows: for each {@link Evidence}, true, false, or not stated (empty).
 * Only a stated {@code true} shows the evidence.
 */
public record ChangeEvidence(Map<Evidence, Boolean> stated) {

    public ChangeEvidence {
        Objects.requireNonNull(stated, "stated");
        EnumMap<Evidence, Boolean> copy = new EnumMap<>(Evidence.class);
        copy.putAll(stated);
        stated = Map.copyOf(copy);
    }

    public static ChangeEvidence none() {
        return new ChangeEvidence(Map.of());
    }

    /** Evidence stated as true. */
    public static ChangeEvidence of(Evidence... shown) {
        EnumMap<Evidence, Boolean> m = new EnumMap<>(Evidence.class);
        for (Evidence e : shown) {
            m.put(e, true);
        }
        return new ChangeEvidence(m);
    }

    /** The same with one item stated. */
    public ChangeEvidence with(Evidence evidence, boolean value) {
        EnumMap<Evidence, Boolean> m = new EnumMap<>(Evidence.class);
        m.putAll(stated);
        m.put(evidence, value);
        return new ChangeEvidence(m);
    }

    public Optional<Boolean> get(Evidence evidence) {
        return Optional.ofNullable(stated.get(evidence));
    }

    /** Whether the evidence is stated as true. */
    public boolean shows(Evidence evidence) {
        return Boolean.TRUE.equals(stated.get(evidence));
    }
}

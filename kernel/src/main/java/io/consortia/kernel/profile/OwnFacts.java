package io.consortia.kernel.profile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The own facts a reader knows: those the installed jurisdictions declare, by key. A profile that
 * states a fact no installed jurisdiction declares is warned and the fact ignored, as any unknown
 * field; one that states a declared fact with a value of the wrong type is bad input.
 *
 * @since 0.3
 */
public final class OwnFacts {

    private static final OwnFacts NONE = new OwnFacts(Map.of());

    private final Map<String, OwnFact<?>> byKey;

    private OwnFacts(Map<String, OwnFact<?>> byKey) {
        this.byKey = byKey;
    }

    /** No own facts: every {@code facts} entry is unknown. */
    public static OwnFacts none() {
        return NONE;
    }

    /** The facts, by key; of two with one key, the first. */
    public static OwnFacts of(Collection<? extends OwnFact<?>> facts) {
        Map<String, OwnFact<?>> m = new LinkedHashMap<>();
        for (OwnFact<?> f : facts) {
            m.putIfAbsent(f.key(), f);
        }
        return new OwnFacts(java.util.Collections.unmodifiableMap(m));
    }

    public Optional<OwnFact<?>> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every fact, in the order given. */
    public List<OwnFact<?>> all() {
        return List.copyOf(byKey.values());
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}

package io.consortia.kernel.profile;

import java.util.Map;
import org.immutables.encode.Encoding;

/**
 * How Immutables holds a {@code Map<K, Boolean>} attribute of the types that enable this encoding
 * ({@code @FactMapEncodingEnabled}, on the {@code profile} package: {@link Member} and {@link Profile}): as a {@link FactMap}, the
 * builder gathering bits instead of filling an {@code EnumMap} that is copied again when built.
 * The generated methods are those Immutables generates for a map attribute without it ({@code
 * putTraits(key, value)}, {@code putTraits(entry)}, {@code putAllTraits(map)}, {@code
 * traits(map)}, {@code withTraits(map)}), with the same meaning. The keys must be the constants of
 * one enum of at most 32.
 *
 * <p>An encoding is compiled before the types that use it (the kernel's POM compiles this class
 * and {@link FactMap} in an execution of their own), as Immutables' documentation of encodings
 * requires. See docs/adr/0025-fact-maps-as-bits.md.
 *
 * @param <K> the enum
 */
@Encoding
final class FactMapEncoding<K> {

    @Encoding.Impl
    private final FactMap<K> map = null;

    @Encoding.Expose
    Map<K, Boolean> get() {
        return map;
    }

    @Encoding.Of
    static <K> FactMap<K> init(Map<? extends K, ? extends Boolean> map) {
        return FactMap.copyOf(map);
    }

    @Encoding.Copy
    @Encoding.Naming("with*")
    FactMap<K> with(Map<? extends K, ? extends Boolean> entries) {
        return FactMap.copyOf(entries);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return map.toString();
    }

    boolean equals(FactMapEncoding<K> other) {
        return map.equals(other.map);
    }

    @Encoding.Builder
    static final class Builder<K> {
        private Class<?> type = null;
        private long bits = 0;

        @Encoding.Init
        @Encoding.Naming("put*")
        void put(K key, boolean value) {
            type = FactMap.typeOf(type, key);
            bits = FactMap.put(bits, key, value);
        }

        @Encoding.Init
        @Encoding.Naming("put*")
        void putEntry(Map.Entry<K, ? extends Boolean> entry) {
            K key = entry.getKey();
            Boolean value = entry.getValue();
            type = FactMap.typeOf(type, key);
            bits = FactMap.put(bits, key, java.util.Objects.requireNonNull(value, value == null ? "value for key: " + key : null));
        }

        @Encoding.Init
        @Encoding.Naming("putAll*")
        void putAll(Map<? extends K, ? extends Boolean> entries) {
            type = FactMap.typeOf(type, entries);
            bits = FactMap.putAll(bits, entries);
        }

        @Encoding.Init
        @Encoding.Copy
        @Encoding.Naming("*")
        void set(Map<? extends K, ? extends Boolean> entries) {
            type = FactMap.typeOf(null, entries);
            bits = FactMap.putAll(0, entries);
        }

        @Encoding.Build
        FactMap<K> build() {
            return FactMap.of(type, bits);
        }
    }
}

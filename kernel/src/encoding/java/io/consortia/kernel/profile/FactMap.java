package io.consortia.kernel.profile;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An unmodifiable map from the constants of one enum (at most 32 of them) to yes/no, stored as
 * bits: the constants stated and those stated true, packed in one {@code long} as {@link
 * FactBits#packed} packs them (the stated ones in the low 32 bits, by ordinal). It is how {@link
 * Member#traits()}, {@link Member#attested()} and {@link Profile#governance()} are held (through
 * {@link FactMapEncoding}): a map as {@code Collections.unmodifiableMap(EnumMap)} is (the {@link
 * Map} contract's equals and hash code, the enum's order, every change refused), built without an
 * {@code EnumMap} per builder and per value (members are built by the million in surveys), and
 * read as bits by {@link Member#factBits()}.
 *
 * @param <K> the enum
 */
final class FactMap<K> extends AbstractMap<K, Boolean> {

    /** The empty map of any enum. */
    private static final FactMap<?> EMPTY = new FactMap<>(null, new Object[0], 0);

    /** The enum, null when empty. */
    private final Class<?> type;
    /** The enum's constants, in order (shared, never changed). */
    private final Object[] universe;
    /** The stated constants' bits (low 32) and the true ones' (high 32). */
    private final long bits;

    private FactMap(Class<?> type, Object[] universe, long bits) {
        this.type = type;
        this.universe = universe;
        this.bits = bits;
    }

    /** The map of packed bits over the constants of {@code type} (null when nothing is stated). */
    @SuppressWarnings("unchecked")
    static <K> FactMap<K> of(Class<?> type, long bits) {
        if (known(bits) == 0) {
            return (FactMap<K>) EMPTY;
        }
        return new FactMap<>(type, universe(type), bits);
    }

    /** A copy of a map of enum constants to yes/no (a null key or value: a NullPointerException). */
    static <K> FactMap<K> copyOf(Map<? extends K, ? extends Boolean> map) {
        if (map instanceof FactMap<?>) {
            @SuppressWarnings("unchecked")
            FactMap<K> f = (FactMap<K>) map;
            return f;
        }
        return of(typeOf(null, map), putAll(0, map));
    }

    /** The stated constants' bits (low 32) and the true ones' (high 32), as {@link FactBits#packed}. */
    long bits() {
        return bits;
    }

    // The builder's side (FactMapEncoding.Builder): its state is the enum and the packed bits.

    /** The enum of a key, which must be that of the keys before ({@code type}, null if none). */
    static Class<?> typeOf(Class<?> type, Object key) {
        Class<?> t = ((Enum<?>) Objects.requireNonNull(key, "key")).getDeclaringClass();
        if (type != null && t != type) {
            throw new ClassCastException(t.getName() + " != " + type.getName());
        }
        return t;
    }

    /** The enum of a map's keys, which must be that of the keys before ({@code type}, null if none). */
    static Class<?> typeOf(Class<?> type, Map<?, ? extends Boolean> map) {
        if (map instanceof FactMap<?> f) {
            return f.type == null ? type : typeOf(type, f.universe[0]);
        }
        for (Object key : map.keySet()) {
            type = typeOf(type, key);
        }
        return type;
    }

    /** The bits with {@code key} stated {@code value} (again: the new value replaces the old). */
    static long put(long bits, Object key, boolean value) {
        long bit = 1L << ((Enum<?>) key).ordinal();
        return value ? bits | bit | bit << 32 : (bits | bit) & ~(bit << 32);
    }

    /** The bits with every entry of {@code map} put. */
    static long putAll(long bits, Map<?, ? extends Boolean> map) {
        if (map instanceof FactMap<?> f) {
            long known = known(f.bits);
            return bits & ~(known << 32) | f.bits;
        }
        for (Map.Entry<?, ? extends Boolean> e : map.entrySet()) {
            Object k = e.getKey();
            Boolean v = e.getValue();
            bits = put(bits, Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, v == null ? "value for key: " + k : null));
        }
        return bits;
    }

    private static long known(long bits) {
        return bits & 0xFFFF_FFFFL;
    }

    /** Each enum's constants, made once (this class depends on no other of the kernel's). */
    private static final ClassValue<Object[]> UNIVERSES = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null || constants.length > Integer.SIZE) {
                throw new IllegalArgumentException("not an enum of at most 32 constants: " + type.getName());
            }
            return constants;
        }
    };

    private static Object[] universe(Class<?> type) {
        return UNIVERSES.get(type);
    }

    /** The bit of a key of this map's enum, or 0 for anything else. */
    private long bit(Object key) {
        if (key instanceof Enum<?> e && e.getDeclaringClass() == type) {
            return 1L << e.ordinal();
        }
        return 0;
    }

    private boolean valueAt(int i) {
        return (bits & 1L << (i + 32)) != 0;
    }

    @Override
    public int size() {
        return Long.bitCount(known(bits));
    }

    @Override
    public boolean isEmpty() {
        return bits == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return (bits & bit(key)) != 0;
    }

    @Override
    public boolean containsValue(Object v) {
        long trueOnes = bits >>> 32;
        if (Boolean.TRUE.equals(v)) {
            return trueOnes != 0;
        }
        return Boolean.FALSE.equals(v) && (known(bits) & ~trueOnes) != 0;
    }

    @Override
    public Boolean get(Object key) {
        long bit = bit(key);
        if ((bits & bit) == 0) {
            return null;
        }
        return (bits & bit << 32) != 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super Boolean> action) {
        Objects.requireNonNull(action);
        for (long left = known(bits); left != 0; left &= left - 1) {
            int i = Long.numberOfTrailingZeros(left);
            action.accept((K) universe[i], valueAt(i));
        }
    }

    @Override
    public Set<Map.Entry<K, Boolean>> entrySet() {
        return Collections.unmodifiableSet(new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, Boolean>> iterator() {
                return new Iterator<>() {
                    private long left = known(bits);

                    @Override
                    public boolean hasNext() {
                        return left != 0;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, Boolean> next() {
                        if (left == 0) {
                            throw new NoSuchElementException();
                        }
                        int i = Long.numberOfTrailingZeros(left);
                        left &= left - 1;
                        return new SimpleImmutableEntry<>((K) universe[i], valueAt(i));
                    }
                };
            }

            @Override
            public int size() {
                return FactMap.this.size();
            }
        });
    }

    @Override
    public Set<K> keySet() {
        return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Collection<Boolean> values() {
        return Collections.unmodifiableCollection(super.values());
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof FactMap<?> other && (type == other.type || bits == 0 || other.bits == 0)) {
            return bits == other.bits;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        // The Map contract's: the sum over the entries of key.hashCode() ^ value.hashCode().
        int h = 0;
        for (long left = known(bits); left != 0; left &= left - 1) {
            int i = Long.numberOfTrailingZeros(left);
            h += universe[i].hashCode() ^ Boolean.hashCode(valueAt(i));
        }
        return h;
    }

    // Every change is refused, as Collections.unmodifiableMap refuses it (AbstractMap would let
    // some of Map's default methods through when they would change nothing).

    @Override
    public Boolean put(K key, Boolean v) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends K, ? extends Boolean> m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean putIfAbsent(K key, Boolean v) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object key, Object v) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(K key, Boolean oldValue, Boolean newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean replace(K key, Boolean v) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super Boolean, ? extends Boolean> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean computeIfAbsent(K key, Function<? super K, ? extends Boolean> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean computeIfPresent(K key, BiFunction<? super K, ? super Boolean, ? extends Boolean> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean compute(K key, BiFunction<? super K, ? super Boolean, ? extends Boolean> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boolean merge(K key, Boolean v, BiFunction<? super Boolean, ? super Boolean, ? extends Boolean> f) {
        throw new UnsupportedOperationException();
    }
}

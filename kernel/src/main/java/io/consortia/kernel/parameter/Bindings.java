package io.consortia.kernel.parameter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of one edition's parameters for one run: the declared ones with any overrides in
 * place, resolved once so that rules read them by index. Immutable and shared between
 * assessments with the same overrides.
 *
 * @since 0.2
 */
public final class Bindings implements ParameterValues {

    private final List<Parameter> parameters;
    private final Map<Param<?>, Parameter> byHandle;
    private final Object[] values;
    /** Per slot: a share as numerator/denominator, a list of enum names as an EnumSet; else the value. */
    private final Object[] derived;
    private final List<AppliedOverride> applied;

    private Bindings(List<Parameter> parameters, Map<Param<?>, Parameter> byHandle, Object[] values,
                     Map<Integer, Class<? extends Enum<?>>> enumLists, List<AppliedOverride> applied) {
        this.parameters = parameters;
        this.byHandle = byHandle;
        this.values = values;
        this.applied = List.copyOf(applied);
        this.derived = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            derived[i] = derive(parameters.get(i).unit(), values[i], enumLists.get(i));
        }
    }

    /**
     * The bindings of an edition's parameters with the overrides that name them applied.
     *
     * @param parameters the edition's parameters, in slot order
     * @param byHandle each handle's parameter
     * @param enumLists the slots of lists whose items name constants of an enum
     */
    public static Bindings of(List<Parameter> parameters, Map<Param<?>, Parameter> byHandle,
                              Map<Integer, Class<? extends Enum<?>>> enumLists, Overrides overrides) {
        Object[] values = new Object[parameters.size()];
        List<AppliedOverride> applied = new ArrayList<>();
        for (Parameter p : parameters) {
            Object v = overrides.get(p.name()).orElse(p.value());
            if (v != p.value()) {
                applied.add(new AppliedOverride(p, v));
            }
            values[p.slot()] = v;
        }
        return new Bindings(List.copyOf(parameters), new IdentityHashMap<>(byHandle), values, enumLists, applied);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object derive(Unit unit, Object value, Class<? extends Enum<?>> enumType) {
        if (unit == Unit.SHARE) {
            return Ratio.of((BigDecimal) value);
        }
        if (unit == Unit.LIST && enumType != null) {
            EnumSet set = EnumSet.noneOf((Class) enumType);
            for (Object name : (List<?>) value) {
                set.add(Enum.valueOf((Class) enumType, (String) name));
            }
            return java.util.Collections.unmodifiableSet(set);
        }
        return value;
    }

    @Override
    public <T> T get(Param<T> handle) {
        Parameter p = byHandle.get(handle);
        if (p == null) {
            throw new IllegalArgumentException("a parameter this edition does not declare: " + handle.localName());
        }
        @SuppressWarnings("unchecked")
        T v = (T) values[p.slot()];
        return v;
    }

    @Override
    public Parameter parameter(Param<?> handle) {
        Parameter p = byHandle.get(handle);
        if (p == null) {
            throw new IllegalArgumentException("a parameter this edition does not declare: " + handle.localName());
        }
        return p;
    }

    /** The value in a slot. */
    public Object value(int slot) {
        return values[slot];
    }

    /** A whole-number value in a slot. */
    public int integer(int slot) {
        return (Integer) values[slot];
    }

    /** A share value in a slot, as a ratio of whole numbers. */
    public Ratio ratio(int slot) {
        return (Ratio) derived[slot];
    }

    /** An amount in a slot as whole yuan, or {@link Long#MIN_VALUE} when it is not a whole number of at most 10^15. */
    public long yuan(int slot) {
        Object v = values[slot];
        if (v instanceof BigDecimal d && d.signum() >= 0 && d.compareTo(Values.MAX_CNY) <= 0) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                return Long.MIN_VALUE;
            }
        }
        return Long.MIN_VALUE;
    }

    /** A list of enum names in a slot, as a set of constants. */
    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> Set<E> enums(int slot) {
        return (Set<E>) derived[slot];
    }

    /** The parameters, in slot order. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The overrides applied, in slot order. */
    public List<AppliedOverride> applied() {
        return applied;
    }

    /**
     * A share as a ratio of whole numbers, {@code 0.6 = 3/5}, so that "at least this share"
     * is tested exactly: {@code qualify × den ≥ num × total}.
     */
    public record Ratio(long num, long den) {
        static Ratio of(BigDecimal share) {
            BigDecimal s = share.stripTrailingZeros();
            if (s.scale() <= 0) {
                return new Ratio(s.longValueExact(), 1);
            }
            return new Ratio(s.unscaledValue().longValueExact(), BigDecimal.TEN.pow(s.scale()).longValueExact());
        }

        /** Whether {@code part / whole} reaches the ratio. */
        public boolean reachedBy(long part, long whole) {
            return part * den >= num * whole;
        }

        /** The least whole {@code k} with {@code k / whole} at the ratio. */
        public long partNeeded(long whole) {
            return (num * whole + den - 1) / den;
        }
    }
}

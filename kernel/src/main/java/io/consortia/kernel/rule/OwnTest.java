package io.consortia.kernel.rule;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test of one of a jurisdiction's own facts, as data: a member's (inside a {@link MemberTest},
 * {@link MemberTest#own}) or the consortium's ({@link Tests#own}). Thresholds are parameters, as
 * everywhere; an own fact that is not stated is unknown, and so is the test.
 *
 * <ul>
 *   <li>{@link Is}: a yes/no fact has the value (a certificate held: {@code true}).</li>
 *   <li>{@link Bounded}: a number at least or at most a count parameter, an amount a yuan
 *       parameter.</li>
 *   <li>{@link OneOf}: a choice is among a list parameter's items.</li>
 *   <li>{@link Dated}: a date on or before, or on or after, a date parameter or, without one,
 *       the reference date of the assessment, moved by a number of years when a years parameter
 *       is given ("成立满2年": on or before two years before the reference date).</li>
 * </ul>
 *
 * @since 0.3
 */
public sealed interface OwnTest {

    /** The fact tested. */
    OwnFact<?> fact();

    /** What kind of test, as the JSON outputs name it: {@code is}, {@code atLeast}, {@code atMost}, {@code oneOf}, {@code onOrBefore}, {@code onOrAfter}. */
    String kind();

    /** The parameters it reads, in order. */
    List<Param<?>> parameters();

    /**
     * The outcome on a value as stated (empty: unknown), with the run's parameter values and
     * reference date.
     */
    Outcome test(Optional<?> value, ParameterValues values, LocalDate asOf);

    /**
     * What the test asks for, resolved for a run: the value for {@link Is}, the bound for {@link
     * Bounded}, the listed choices for {@link OneOf}, the date that is just met for {@link Dated}.
     */
    Object required(ParameterValues values, LocalDate asOf);

    /**
     * The same test with each parameter {@link Param#bound bound} to its value in the run, for
     * evidence; a parameter already bound keeps its value.
     */
    OwnTest withValues(ParameterValues values);

    /** A yes/no fact has the value. */
    record Is(OwnFact<Boolean> fact, boolean value) implements OwnTest {
        public Is {
            requireKind(fact, FactType.Kind.BOOLEAN);
        }

        @Override
        public String kind() {
            return "is";
        }

        @Override
        public List<Param<?>> parameters() {
            return List.of();
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(x.equals(value))).orElse(Outcome.UNKNOWN);
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return value;
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return this;
        }
    }

    /** Which side of a bound passes. */
    enum Bound {
        /** The value is at least the bound (a number, an amount); on or after it (a date). */
        AT_LEAST,
        /** The value is at most the bound; on or before it (a date). */
        AT_MOST;

        boolean holds(int comparison) {
            return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
        }
    }

    /** A number or an amount is at least, or at most, the parameter's value. */
    record Bounded(OwnFact<BigDecimal> fact, Bound bound, Param<?> limit) implements OwnTest {
        public Bounded {
            requireNumeric(fact, limit);
            Objects.requireNonNull(bound, "bound");
        }

        @Override
        public String kind() {
            return bound == Bound.AT_LEAST ? "atLeast" : "atMost";
        }

        @Override
        public List<Param<?>> parameters() {
            return List.of(limit);
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(bound.holds(((BigDecimal) x).compareTo(decimal(values.get(limit)))))).orElse(Outcome.UNKNOWN);
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return decimal(values.get(limit));
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return new Bounded(fact, bound, bind(limit, values));
        }
    }

    /** A choice is one of the list parameter's items (which the kernel checks are choices of the fact). */
    record OneOf(OwnFact<String> fact, Param<List<String>> values) implements OwnTest {
        public OneOf {
            requireKind(fact, FactType.Kind.CHOICE);
            Objects.requireNonNull(values, "values");
        }

        @Override
        public String kind() {
            return "oneOf";
        }

        @Override
        public List<Param<?>> parameters() {
            return List.of(values);
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues parameters, LocalDate asOf) {
            return v.map(x -> Outcome.of(parameters.get(values).contains(x))).orElse(Outcome.UNKNOWN);
        }

        @Override
        public Object required(ParameterValues parameters, LocalDate asOf) {
            return parameters.get(values);
        }

        @Override
        public OwnTest withValues(ParameterValues parameters) {
            return new OneOf(fact, bind(values, parameters));
        }
    }

    /**
     * A date is on or before ({@link Bound#AT_MOST}) or on or after ({@link Bound#AT_LEAST}) a
     * point: the date parameter, or the reference date, moved by the years parameter when given:
     * back for "on or before" ("成立满2年": two years before the reference date), forward for "on or
     * after" (a certificate valid a year beyond it).
     */
    record Dated(OwnFact<LocalDate> fact, Bound bound, Optional<Param<LocalDate>> date, Optional<Param<Integer>> years) implements OwnTest {
        public Dated {
            requireKind(fact, FactType.Kind.DATE);
            Objects.requireNonNull(bound, "bound");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(years, "years");
            years.ifPresent(y -> {
                if (y.unit() != Unit.YEARS) {
                    throw new IllegalArgumentException(fact.key() + ": a shift in years is a years parameter; " + y.localName() + " is a " + y.unit().key());
                }
            });
        }

        @Override
        public String kind() {
            return bound == Bound.AT_MOST ? "onOrBefore" : "onOrAfter";
        }

        @Override
        public List<Param<?>> parameters() {
            List<Param<?>> out = new ArrayList<>();
            date.ifPresent(out::add);
            years.ifPresent(out::add);
            return out;
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(bound.holds(((LocalDate) x).compareTo(point(values, asOf))))).orElse(Outcome.UNKNOWN);
        }

        /** The date just met: the last that passes "on or before", the first that passes "on or after". */
        public LocalDate point(ParameterValues values, LocalDate asOf) {
            int shift = years.map(values::get).orElse(0);
            LocalDate base = date.map(values::get).orElse(asOf);
            return bound == Bound.AT_MOST ? base.minusYears(shift) : base.plusYears(shift);
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return point(values, asOf);
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return new Dated(fact, bound, date.map(d -> bind(d, values)), years.map(y -> bind(y, values)));
        }
    }

    // ------------------------------------------------------------------ factories

    /** The yes/no fact holds. */
    static OwnTest holds(OwnFact<Boolean> fact) {
        return new Is(fact, true);
    }

    /** The yes/no fact has the value ({@code false}: "未发生…"). */
    static OwnTest is(OwnFact<Boolean> fact, boolean value) {
        return new Is(fact, value);
    }

    static OwnTest atLeast(OwnFact<BigDecimal> fact, Param<?> minimum) {
        return new Bounded(fact, Bound.AT_LEAST, minimum);
    }

    static OwnTest atMost(OwnFact<BigDecimal> fact, Param<?> maximum) {
        return new Bounded(fact, Bound.AT_MOST, maximum);
    }

    static OwnTest oneOf(OwnFact<String> fact, Param<List<String>> values) {
        return new OneOf(fact, values);
    }

    /** On or before the date parameter. */
    static OwnTest onOrBefore(OwnFact<LocalDate> fact, Param<LocalDate> date) {
        return new Dated(fact, Bound.AT_MOST, Optional.of(date), Optional.empty());
    }

    /** On or after the date parameter. */
    static OwnTest onOrAfter(OwnFact<LocalDate> fact, Param<LocalDate> date) {
        return new Dated(fact, Bound.AT_LEAST, Optional.of(date), Optional.empty());
    }

    /** At least the years before the reference date ("成立满2年"). */
    static OwnTest yearsBeforeReference(OwnFact<LocalDate> fact, Param<Integer> years) {
        return new Dated(fact, Bound.AT_MOST, Optional.empty(), Optional.of(years));
    }

    /** On or after the reference date (a certificate still valid on it). */
    static OwnTest notBeforeReference(OwnFact<LocalDate> fact) {
        return new Dated(fact, Bound.AT_LEAST, Optional.empty(), Optional.empty());
    }

    // ------------------------------------------------------------------ checks

    private static void requireKind(OwnFact<?> fact, FactType.Kind kind) {
        Objects.requireNonNull(fact, "fact");
        if (fact.type().kind() != kind) {
            throw new IllegalArgumentException(fact.key() + " is a " + fact.type().key() + " fact, not a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " one");
        }
    }

    private static void requireNumeric(OwnFact<?> fact, Param<?> bound) {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(bound, "bound");
        FactType.Kind k = fact.type().kind();
        if (k == FactType.Kind.NUMBER && bound.unit() != Unit.COUNT || k == FactType.Kind.AMOUNT && bound.unit() != Unit.CNY) {
            throw new IllegalArgumentException(fact.key() + ": a number is compared with a count parameter, an amount with a yuan one; "
                    + bound.localName() + " is a " + bound.unit().key());
        }
        if (k != FactType.Kind.NUMBER && k != FactType.Kind.AMOUNT) {
            throw new IllegalArgumentException(fact.key() + " is a " + fact.type().key() + " fact, not a number or an amount");
        }
    }

    private static <T> Param<T> bind(Param<T> handle, ParameterValues values) {
        return Param.bound(handle, values.get(handle));
    }

    /** A count (Integer) or an amount (BigDecimal) as a decimal. */
    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
    }
}

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
 *   <li>{@link AtLeast}, {@link AtMost}: a number against a count parameter, an amount against a
 *       yuan parameter.</li>
 *   <li>{@link OneOf}: a choice is among a list parameter's items.</li>
 *   <li>{@link OnOrBefore}, {@link OnOrAfter}: a date against a date parameter or, without one,
 *       the reference date of the assessment, moved by a number of years when a years parameter
 *       is given ("成立满2年": on or before two years before the reference date).</li>
 * </ul>
 *
 * @since 0.3
 */
public sealed interface OwnTest {

    /** The fact tested. */
    OwnFact<?> fact();

    /** The parameters it reads, in order. */
    List<Param<?>> parameters();

    /**
     * The outcome on a value as stated (empty: unknown), with the run's parameter values and
     * reference date.
     */
    Outcome test(Optional<?> value, ParameterValues values, LocalDate asOf);

    /**
     * What the test asks for, resolved for a run: the value for {@link Is}, the bound for {@link
     * AtLeast} and {@link AtMost}, the listed choices for {@link OneOf}, the date that is just
     * met for {@link OnOrBefore} and {@link OnOrAfter}.
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

    /** A number or an amount is at least the parameter's value. */
    record AtLeast(OwnFact<BigDecimal> fact, Param<?> minimum) implements OwnTest {
        public AtLeast {
            requireNumeric(fact, minimum);
        }

        @Override
        public List<Param<?>> parameters() {
            return List.of(minimum);
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(((BigDecimal) x).compareTo(decimal(values.get(minimum))) >= 0)).orElse(Outcome.UNKNOWN);
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return decimal(values.get(minimum));
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return new AtLeast(fact, bind(minimum, values));
        }
    }

    /** A number or an amount is at most the parameter's value. */
    record AtMost(OwnFact<BigDecimal> fact, Param<?> maximum) implements OwnTest {
        public AtMost {
            requireNumeric(fact, maximum);
        }

        @Override
        public List<Param<?>> parameters() {
            return List.of(maximum);
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(((BigDecimal) x).compareTo(decimal(values.get(maximum))) <= 0)).orElse(Outcome.UNKNOWN);
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return decimal(values.get(maximum));
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return new AtMost(fact, bind(maximum, values));
        }
    }

    /** A choice is one of the list parameter's items (which the kernel checks are choices of the fact). */
    record OneOf(OwnFact<String> fact, Param<List<String>> values) implements OwnTest {
        public OneOf {
            requireKind(fact, FactType.Kind.CHOICE);
            Objects.requireNonNull(values, "values");
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
     * A date is on or before a point: the date parameter, or the reference date, less the years
     * parameter when given.
     */
    record OnOrBefore(OwnFact<LocalDate> fact, Optional<Param<LocalDate>> date, Optional<Param<Integer>> years) implements OwnTest {
        public OnOrBefore {
            requireDated(fact, date, years);
        }

        @Override
        public List<Param<?>> parameters() {
            return dated(date, years);
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(!((LocalDate) x).isAfter(point(values, asOf)))).orElse(Outcome.UNKNOWN);
        }

        /** The last date that passes. */
        public LocalDate point(ParameterValues values, LocalDate asOf) {
            return date.map(values::get).orElse(asOf).minusYears(years.map(values::get).orElse(0));
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return point(values, asOf);
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return new OnOrBefore(fact, date.map(d -> bind(d, values)), years.map(y -> bind(y, values)));
        }
    }

    /**
     * A date is on or after a point: the date parameter, or the reference date, plus the years
     * parameter when given ("valid on the reference date": on or after it).
     */
    record OnOrAfter(OwnFact<LocalDate> fact, Optional<Param<LocalDate>> date, Optional<Param<Integer>> years) implements OwnTest {
        public OnOrAfter {
            requireDated(fact, date, years);
        }

        @Override
        public List<Param<?>> parameters() {
            return dated(date, years);
        }

        @Override
        public Outcome test(Optional<?> v, ParameterValues values, LocalDate asOf) {
            return v.map(x -> Outcome.of(!((LocalDate) x).isBefore(point(values, asOf)))).orElse(Outcome.UNKNOWN);
        }

        /** The first date that passes. */
        public LocalDate point(ParameterValues values, LocalDate asOf) {
            return date.map(values::get).orElse(asOf).plusYears(years.map(values::get).orElse(0));
        }

        @Override
        public Object required(ParameterValues values, LocalDate asOf) {
            return point(values, asOf);
        }

        @Override
        public OwnTest withValues(ParameterValues values) {
            return new OnOrAfter(fact, date.map(d -> bind(d, values)), years.map(y -> bind(y, values)));
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
        return new AtLeast(fact, minimum);
    }

    static OwnTest atMost(OwnFact<BigDecimal> fact, Param<?> maximum) {
        return new AtMost(fact, maximum);
    }

    static OwnTest oneOf(OwnFact<String> fact, Param<List<String>> values) {
        return new OneOf(fact, values);
    }

    /** On or before the date parameter. */
    static OwnTest onOrBefore(OwnFact<LocalDate> fact, Param<LocalDate> date) {
        return new OnOrBefore(fact, Optional.of(date), Optional.empty());
    }

    /** On or after the date parameter. */
    static OwnTest onOrAfter(OwnFact<LocalDate> fact, Param<LocalDate> date) {
        return new OnOrAfter(fact, Optional.of(date), Optional.empty());
    }

    /** At least the years before the reference date ("成立满2年"). */
    static OwnTest yearsBeforeReference(OwnFact<LocalDate> fact, Param<Integer> years) {
        return new OnOrBefore(fact, Optional.empty(), Optional.of(years));
    }

    /** On or after the reference date (a certificate still valid on it). */
    static OwnTest notBeforeReference(OwnFact<LocalDate> fact) {
        return new OnOrAfter(fact, Optional.empty(), Optional.empty());
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

    private static void requireDated(OwnFact<?> fact, Optional<Param<LocalDate>> date, Optional<Param<Integer>> years) {
        requireKind(fact, FactType.Kind.DATE);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(years, "years");
        years.ifPresent(y -> {
            if (y.unit() != Unit.YEARS) {
                throw new IllegalArgumentException(fact.key() + ": a shift in years is a years parameter; " + y.localName() + " is a " + y.unit().key());
            }
        });
    }

    private static List<Param<?>> dated(Optional<Param<LocalDate>> date, Optional<Param<Integer>> years) {
        List<Param<?>> out = new ArrayList<>();
        date.ifPresent(out::add);
        years.ifPresent(out::add);
        return out;
    }

    private static <T> Param<T> bind(Param<T> handle, ParameterValues values) {
        return Param.bound(handle, values.get(handle));
    }

    /** A count (Integer) or an amount (BigDecimal) as a decimal. */
    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
    }
}

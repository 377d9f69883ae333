package io.consortia.kernel.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checking, parsing and showing parameter values by unit. Pure functions. */
public final class Values {

    private Values() {}

    /** The largest amount of money a parameter may hold, in yuan (10^15). */
    public static final BigDecimal MAX_CNY = BigDecimal.TEN.pow(15);

    /** The largest whole number a count or period parameter may hold. */
    public static final int MAX_INT = 1_000_000;

    /** What is wrong with a value for the unit, if anything. */
    public static Optional<String> check(Unit unit, Object value, List<String> choices) {
        if (!unit.type().isInstance(value)) {
            return Optional.of("a " + unit.key() + " value is a " + unit.type().getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
        switch (unit) {
            case COUNT, WORKING_DAYS, DAYS, YEARS -> {
                int n = (Integer) value;
                if (n < 0 || n > MAX_INT) {
                    return Optional.of("a " + unit.key() + " is a whole number from 0 to " + MAX_INT + "; got " + n);
                }
            }
            case YEAR -> {
                int y = (Integer) value;
                if (y < 1900 || y > 2200) {
                    return Optional.of("a year is from 1900 to 2200; got " + y);
                }
            }
            case SHARE -> {
                BigDecimal s = (BigDecimal) value;
                if (s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0) {
                    return Optional.of("a share is between 0 and 1 (0.6 is 60%); got " + s.toPlainString());
                }
            }
            case CNY -> {
                BigDecimal a = (BigDecimal) value;
                if (a.signum() < 0 || a.compareTo(MAX_CNY) > 0) {
                    return Optional.of("an amount is from 0 to 10^15 yuan; got " + a.toPlainString());
                }
            }
            case LIST -> {
                for (Object item : (List<?>) value) {
                    if (!(item instanceof String s) || s.isBlank()) {
                        return Optional.of("a list holds non-blank text items");
                    }
                    if (!choices.isEmpty() && !choices.contains(s)) {
                        return Optional.of("\"" + s + "\" is not one of " + String.join(", ", choices));
                    }
                }
            }
            default -> { }
        }
        return Optional.empty();
    }

    /**
     * Parses a value as a user writes it on the command line ({@code --set NAME=VALUE}): a
     * whole number, a share ({@code 0.6} or {@code 60%}), an amount in yuan, an ISO date, a
     * month-day ({@code 01-31} or {@code --01-31}), a comma-separated list.
     *
     * @return the value, or what is wrong with the text
     */
    public static io.vavr.control.Either<String, Object> parse(Unit unit, String text, List<String> choices) {
        String t = text.strip();
        Object value;
        try {
            switch (unit) {
                case COUNT, WORKING_DAYS, DAYS, YEARS, YEAR -> {
                    if (!t.matches("[0-9]{1,7}")) {
                        return io.vavr.control.Either.left("a " + unit.key() + " is a whole number, like 8; got \"" + text + "\"");
                    }
                    value = Integer.parseInt(t);
                }
                case SHARE -> {
                    boolean percent = t.endsWith("%");
                    String digits = percent ? t.substring(0, t.length() - 1).strip() : t;
                    if (!digits.matches("[0-9]{1,4}(\\.[0-9]{1,8})?")) {
                        return io.vavr.control.Either.left("a share is a number from 0 to 1 (0.6) or a percentage (60%); got \"" + text + "\"");
                    }
                    BigDecimal d = new BigDecimal(digits);
                    value = percent ? d.movePointLeft(2) : d;
                }
                case CNY -> {
                    String digits = t.replace(",", "").replace("_", "");
                    if (!digits.matches("[0-9]{1,16}(\\.[0-9]{1,2})?")) {
                        return io.vavr.control.Either.left("an amount is a number of yuan, like 100000000; got \"" + text + "\"");
                    }
                    value = new BigDecimal(digits);
                }
                case DATE -> value = LocalDate.parse(t);
                case MONTH_DAY -> value = MonthDay.parse(t.startsWith("--") ? t : "--" + t);
                case LIST -> {
                    List<String> items = new ArrayList<>();
                    for (String item : t.split(",")) {
                        if (!item.isBlank()) {
                            items.add(item.strip());
                        }
                    }
                    value = List.copyOf(items);
                }
                default -> throw new IllegalStateException(unit.name());
            }
        } catch (DateTimeParseException e) {
            return io.vavr.control.Either.left("a " + unit.key() + " is written " + (unit == Unit.DATE ? "2025-06-01" : "01-31")
                    + "; got \"" + text + "\"");
        }
        Optional<String> problem = check(unit, value, choices);
        return problem.isPresent() ? io.vavr.control.Either.left(problem.get()) : io.vavr.control.Either.right(value);
    }

    /** A value as users write it. */
    public static String display(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof MonthDay md) {
            return md.toString().substring(2);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(o -> parts.add(String.valueOf(o)));
            return String.join(",", parts);
        }
        return String.valueOf(value);
    }

    /** The value's number, for numeric units. */
    public static Optional<BigDecimal> number(Object value) {
        if (value instanceof Integer i) {
            return Optional.of(BigDecimal.valueOf(i));
        }
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        return Optional.empty();
    }
}

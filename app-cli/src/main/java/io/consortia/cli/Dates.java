package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.kernel.input.Bounds;
import io.consortia.kernel.input.Node;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/**
 * Parses {@code --as-of} dates, with a message that says what a date looks like, in the years
 * every input date is held to ({@link Bounds#MIN_YEAR} to {@link Bounds#MAX_YEAR}).
 */
public final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Parses or fails as bad input. */
    static LocalDate parse(String what, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException(what + ": " + e.getMessage());
        }
    }

    private static LocalDate parse(String value) {
        String shown = Node.quote(value);
        shown = "'" + shown.substring(1, shown.length() - 1) + "'";
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(shown + " is not a date like 2025-06-01");
        }
        if (!Bounds.plausibleYear(date.getYear())) {
            throw new IllegalArgumentException(shown + " is not between " + Bounds.MIN_YEAR + "-01-01 and " + Bounds.MAX_YEAR + "-12-31");
        }
        return date;
    }
}

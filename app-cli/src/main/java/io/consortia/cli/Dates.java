package io.consortia.cli;

import io.consortia.cli.input.InputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --as-of} dates, with a message that says what a date looks like. */
public final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date like 2025-06-01");
        }
    }

    /** Parses or fails as bad input. */
    static LocalDate parse(String what, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(what + ": '" + value + "' is not a date like 2025-06-01");
        }
    }
}

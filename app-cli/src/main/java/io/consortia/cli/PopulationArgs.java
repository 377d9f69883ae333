package io.consortia.cli;

import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.survey.Generator;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of a synthetic population, shared by {@code generate} and {@code survey --synthetic}
 * (a picocli mixin): the same options give the same profiles in both (docs/survey.md).
 */
final class PopulationArgs {

    /** The default seed, so that a population named only by its size is reproducible too. */
    static final long DEFAULT_SEED = 1;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of the synthetic population (default: ${DEFAULT-VALUE}). "
            + "The same seed and options give the same profiles.", defaultValue = "" + DEFAULT_SEED)
    long seed;

    @Option(names = "--members", paramLabel = "MIN..MAX", converter = Range.class, defaultValue = "3..30",
            description = "How many members each synthetic consortium has, lead included (default: ${DEFAULT-VALUE}; at most 64).")
    Members members;

    /** How many members a synthetic consortium has, lead included. */
    record Members(int min, int max) {}

    @Option(names = "--applied-on", paramLabel = "DATE", converter = Dates.class, defaultValue = "2025-06-01",
            description = "The synthetic profiles' application date, their reference date unless --as-of (default: ${DEFAULT-VALUE}).")
    LocalDate appliedOn;

    Generator generator(JurisdictionCatalog catalog) {
        return Generator.forCatalog(catalog, seed, members.min(), members.max(), appliedOn);
    }

    /** What reproduces the population, for reports: the seed and the options. */
    String describe() {
        return "--seed " + seed + " --members " + members.min() + ".." + members.max() + " --applied-on " + appliedOn;
    }

    /** Parses {@code MIN..MAX} (or a single number for both). */
    static final class Range implements ITypeConverter<Members> {
        @Override
        public Members convert(String value) {
            String v = value.strip();
            int dots = v.indexOf("..");
            try {
                int min = Integer.parseInt((dots < 0 ? v : v.substring(0, dots)).strip());
                int max = dots < 0 ? min : Integer.parseInt(v.substring(dots + 2).strip());
                if (min < 1 || max < min || max > 64) {
                    throw new TypeConversionException("'" + value + "': members from 1 to 64, MIN ≤ MAX, e.g. 3..30");
                }
                return new Members(min, max);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a range like 3..30");
            }
        }
    }

    /** Parses a count of profiles: {@code 1000000}, {@code 1_000_000} or {@code 1e6}. */
    static final class Count implements ITypeConverter<Long> {
        /** The largest population asked for: 10^12 profiles. */
        static final long MAX = 1_000_000_000_000L;

        @Override
        public Long convert(String value) {
            String v = value.strip().replace("_", "");
            long n;
            try {
                if (v.matches("[0-9]+")) {
                    n = Long.parseLong(v);
                } else if (v.matches("[0-9]+(\\.[0-9]+)?[eE][0-9]+")) {
                    n = new java.math.BigDecimal(v).longValueExact();
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("'" + value + "' is not a number of profiles like 1000, 1_000_000 or 1e6");
            }
            if (n < 0 || n > MAX) {
                throw new TypeConversionException("'" + value + "': from 0 to 1e12 profiles");
            }
            return n;
        }
    }
}

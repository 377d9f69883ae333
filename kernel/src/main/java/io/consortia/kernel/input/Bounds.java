package io.consortia.kernel.input;

import java.math.BigDecimal;

/**
 * The plausible ranges every reader holds its input to, stated once: the readers check them, the
 * CLI's documentation (docs/cli-limits.md) lists them. A value outside them is bad input with its
 * path, never something the rules or the simulator have to survive (a year 999999999, an amount
 * of 10^400 yuan, a million members).
 */
public final class Bounds {

    /** The earliest year a date, a fiscal year or a report year may name. */
    public static final int MIN_YEAR = 1900;
    /** The latest year a date, a fiscal year or a report year may name. */
    public static final int MAX_YEAR = 2200;

    /** The largest amount of money, in yuan: 10^15 (a thousand trillion). */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);
    /** The most decimal places an amount may carry (a double printed by a script fits). */
    public static final int MAX_DECIMALS = 20;

    /** The most members a profile may list. */
    public static final int MAX_MEMBERS = 10_000;
    /** The most events a history may list. */
    public static final int MAX_EVENTS = 10_000;
    /** The most consortia, and the most sanctions, a registry may list. */
    public static final int MAX_REGISTRY_ENTRIES = 100_000;
    /** The most elements any other list may hold ({@code stationedIn}, {@code platforms}, {@code finances}). */
    public static final int MAX_LIST = 10_000;
    /** The longest text value, in characters. */
    public static final int MAX_TEXT = 10_000;

    /** The most errors, and the most warnings, one read keeps; the rest are counted. */
    public static final int MAX_PROBLEMS = 1_000;

    private Bounds() {}

    /** Whether a year is within {@link #MIN_YEAR} and {@link #MAX_YEAR}. */
    public static boolean plausibleYear(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}

package io.consortia.kernel.profile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One fiscal year's figures of a member, in yuan. A figure not given is unknown.
 */
public record FiscalYear(int year, Optional<BigDecimal> revenue, Optional<BigDecimal> rdExpense) {
    public FiscalYear {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(rdExpense, "rdExpense");
        revenue.ifPresent(FiscalYear::requireNonNegative);
        rdExpense.ifPresent(FiscalYear::requireNonNegative);
    }

    public static FiscalYear of(int year, long revenue, long rdExpense) {
        return new FiscalYear(year, Optional.of(BigDecimal.valueOf(revenue)), Optional.of(BigDecimal.valueOf(rdExpense)));
    }

    private static void requireNonNegative(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amounts are not negative: " + amount);
        }
    }
}

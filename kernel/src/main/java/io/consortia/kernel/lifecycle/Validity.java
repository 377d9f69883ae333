package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The consortium's standing lasts a number of years from each establishment: it expires on the
 * anniversary (the consortium is {@link CoreState#EXPIRED} from that day on) unless renewed by
 * applying again ({@link EventType#RENEWAL_APPLIED}) and going through the procedure.
 */
public record Validity(int years, Clause clause) {

    public Validity {
        Objects.requireNonNull(clause, "clause");
        if (years < 1) {
            throw new IllegalArgumentException("a validity lasts at least a year");
        }
    }

    /** The day the standing of a consortium established on {@code establishedOn} runs out. */
    public LocalDate expiresOn(LocalDate establishedOn) {
        return establishedOn.plusYears(years);
    }
}

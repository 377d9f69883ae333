package io.consortia.kernel.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * The procedure requires a public notice between the review and establishment, with no
 * objection; optionally of a minimum length in working days, the notice's first and last days
 * both counting.
 */
public record NoticeRule(Optional<Integer> minWorkingDays, Clause clause) {

    public NoticeRule {
        Objects.requireNonNull(minWorkingDays, "minWorkingDays");
        Objects.requireNonNull(clause, "clause");
        if (minWorkingDays.isPresent() && minWorkingDays.get() < 1) {
            throw new IllegalArgumentException("a minimum notice is at least one working day");
        }
    }

    /** A notice of at least {@code days} working days. */
    public static NoticeRule atLeast(int days, Clause clause) {
        return new NoticeRule(Optional.of(days), clause);
    }

    /** A notice the text sets no length for. */
    public static NoticeRule anyLength(Clause clause) {
        return new NoticeRule(Optional.empty(), clause);
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the consortium owes, as of a date (contract §4): an annual report due by a date, or
 * the filing of a change, owed "promptly" (及时) with no due date.
 *
 * @param kind what sort of obligation it is
 * @param year the year a report concerns; empty for a filing
 * @param since the day it arose (never after {@code due}): the establishment or the first day of
 *     the year a report concerns; the day of the change a filing records
 * @param due the day it is due; empty for a filing
 * @param metOn the day it was met, when it was
 * @param late whether it was met after it was due, or (a filing) met or still open more than
 *     {@link Obligations#FILING_LATE_AFTER_DAYS} days after the change
 */
public record Obligation(Kind kind, Optional<Integer> year, Text what, LocalDate since, Optional<LocalDate> due, Clause clause,
                         ObligationStatus status, Optional<LocalDate> metOn, boolean late) {

    /** What sort of obligation. */
    public enum Kind {
        /** An annual report. */
        REPORT,
        /** The filing of a change with the authority. */
        CHANGE_FILING
    }

    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metOn, "metOn");
        if (due.isPresent() && since.isAfter(due.get())) {
            throw new IllegalArgumentException("an obligation is not due before it arises: " + since + " > " + due.get());
        }
        if ((status == ObligationStatus.MET) != metOn.isPresent()) {
            throw new IllegalArgumentException("a met obligation has the day it was met, and only it");
        }
        if (due.isEmpty() && status == ObligationStatus.OVERDUE) {
            throw new IllegalArgumentException("an obligation without a due date is never overdue");
        }
        if ((kind == Kind.REPORT) != year.isPresent() || (kind == Kind.REPORT) != due.isPresent()) {
            throw new IllegalArgumentException("a report has its year and due date, a filing neither");
        }
    }

    /** An annual report on the year. */
    static Obligation report(int year, Text what, LocalDate since, LocalDate due, Clause clause, ObligationStatus status,
                             Optional<LocalDate> metOn) {
        return new Obligation(Kind.REPORT, Optional.of(year), what, since, Optional.of(due), clause, status, metOn,
                metOn.map(d -> d.isAfter(due)).orElse(false));
    }
}

package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The obligations a policy's report duties put on a consortium, derived from its state as of a
 * date. A report on year {@code Y} arises on the first day of {@code Y} on which the consortium
 * is established (never before the establishment). An unmet report is dropped when the
 * consortium was no longer established on its due date (it ended before owing it); otherwise it
 * is OPEN until its due date and OVERDUE after it. Reports are listed for the years up to
 * {@link #HORIZON}: an as-of date centuries ahead lists no more than that.
 */
public final class Obligations {

    /** The last year reports are listed for (the last year a history may state a report for). */
    public static final int HORIZON = 2200;

    private Obligations() {}

    /** The obligations as of {@code asOf}, by due date. */
    public static List<Obligation> asOf(LifecyclePolicy policy, SimulationOptions options, LifecycleState state, LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        Optional<LocalDate> first = state.firstEstablishedOn();
        if (first.isEmpty()) {
            return out;
        }
        int last = Math.min(asOf.getYear(), HORIZON);
        for (ReportDuty duty : policy.reports()) {
            for (int year = first.get().getYear(); year <= last; year++) {
                Optional<LocalDate> since = firstEstablishedDay(state, year, asOf);
                if (since.isEmpty()) {
                    continue;
                }
                LocalDate due = duty.dueFor(year, options.values());
                if (since.get().isAfter(due)) {
                    continue;
                }
                Optional<LocalDate> met = Optional.ofNullable(state.ledger().reports().get(year));
                ObligationStatus status;
                if (met.isPresent()) {
                    status = ObligationStatus.MET;
                } else if (asOf.isAfter(due)) {
                    if (!state.establishedOnDay(due)) {
                        continue;
                    }
                    status = ObligationStatus.OVERDUE;
                } else {
                    if (state.core() != CoreState.ESTABLISHED) {
                        continue;
                    }
                    status = ObligationStatus.OPEN;
                }
                out.add(new Obligation(year, duty.what(year), since.get(), due, duty.clause(), status, met));
            }
        }
        out.sort(Comparator.comparing(Obligation::due).thenComparing(Obligation::year));
        return List.copyOf(out);
    }

    private static Optional<LocalDate> firstEstablishedDay(LifecycleState state, int year, LocalDate asOf) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        LocalDate best = null;
        for (Period p : state.ledger().establishedPeriods()) {
            LocalDate start = p.from().isAfter(jan1) ? p.from() : jan1;
            LocalDate end = dec31;
            if (p.until().isPresent() && p.until().get().minusDays(1).isBefore(end)) {
                end = p.until().get().minusDays(1);
            }
            if (asOf.isBefore(end)) {
                end = asOf;
            }
            if (!start.isAfter(end) && (best == null || start.isBefore(best))) {
                best = start;
            }
        }
        return Optional.ofNullable(best);
    }
}

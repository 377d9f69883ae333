package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The obligations a consortium has as of a date: the filings its changes opened (contract §4,
 * {@code CHANGE_FILING}), and the annual reports its policy's report duties ask, derived from its
 * state as of a
 * date. A report on year {@code Y} arises on the first day of {@code Y} on which the consortium
 * is established (never before the establishment). An unmet report is dropped when the
 * consortium was no longer established on its due date (it ended before owing it); otherwise it
 * is OPEN until its due date and OVERDUE after it. Reports are listed for the years up to
 * {@link #HORIZON}: an as-of date centuries ahead lists no more than that.
 */
public final class Obligations {

    /** The last year reports are listed for (the last year a history may state a report for). */
    public static final int HORIZON = 2200;

    /**
     * A filing met, or still open on the as-of date, more than this many calendar days after the
     * change is flagged late (a project convention: the texts say only 及时, "promptly").
     */
    public static final int FILING_LATE_AFTER_DAYS = 30;

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
                out.add(Obligation.report(year, duty.what(year), since.get(), due, duty.clause(), status, met));
            }
        }
        for (Filing f : state.ledger().filings()) {
            LocalDate lastOnTime = Dates.plusDays(f.since(), FILING_LATE_AFTER_DAYS);
            boolean late = f.met().orElse(asOf).isAfter(lastOnTime);
            out.add(new Obligation(Obligation.Kind.CHANGE_FILING, Optional.empty(), f.what(), f.since(), Optional.empty(), f.clause(),
                    f.open() ? ObligationStatus.OPEN : ObligationStatus.MET, f.met(), late));
        }
        out.sort(Comparator.comparing((Obligation o) -> o.due().orElse(o.since())).thenComparing(o -> o.year().orElse(0)));
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

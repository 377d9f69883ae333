package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.sanction.UnitRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What a consortium's history has built up, whatever phase it is in: the stretches it was
 * established, the projects running, the grades and reports, the authority's pending decisions,
 * the measures granted, the sanctions imposed, the lead, and the filings of changes owed. The
 * {@link Phase} says where it stands now. Immutable; events and facts make the next one.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Ledger {

    /** Every stretch of time the consortium was established, in order. */
    public abstract List<Period> establishedPeriods();

    /** Projects running, in the order they started. */
    public abstract List<RunningProject> projects();

    /** Every evaluation grade, in order. */
    public abstract List<Grade> grades();

    /** Reports submitted: the year reported on, and the first day a report on it was submitted. */
    public abstract Map<Integer, LocalDate> reports();

    /** Decisions the authority has yet to take. */
    public abstract List<Flag> flags();

    public abstract List<GrantedMeasure> measures();

    /** Sanctions the history has produced. */
    public abstract List<Sanction> sanctions();

    /** The filings of changes the history has opened, in order, met or open. */
    public abstract List<Filing> filings();

    /** The lead unit, when known (from the profile or the last lead change that named it). */
    public abstract Optional<UnitRef> lead();

    /** Whether the lead has lost its lead status and no new lead has been named since. */
    @Value.Default
    public boolean leadVacant() {
        return false;
    }

    /** The ledger before any event, with the lead if known. */
    public static Ledger initial(Optional<UnitRef> lead) {
        return ImmutableLedger.builder().lead(lead).build();
    }

    /** The first establishment, if any. */
    public Optional<LocalDate> firstEstablishedOn() {
        return establishedPeriods().isEmpty() ? Optional.empty() : Optional.of(establishedPeriods().get(0).from());
    }

    /** Whether the consortium was established on the day. */
    public boolean establishedOnDay(LocalDate day) {
        return establishedPeriods().stream().anyMatch(p -> p.contains(day));
    }

    /** Whether an establishment period is open. */
    public boolean establishedNow() {
        return !establishedPeriods().isEmpty() && establishedPeriods().get(establishedPeriods().size() - 1).until().isEmpty();
    }

    Ledger withReport(int year, LocalDate on) {
        if (reports().containsKey(year)) {
            return this;
        }
        Map<Integer, LocalDate> m = new TreeMap<>(reports());
        m.put(year, on);
        return ImmutableLedger.copyOf(this).withReports(m);
    }

    /** Whether a filing is open. */
    public boolean filingOpen() {
        return filings().stream().anyMatch(Filing::open);
    }

    Ledger openPeriod(LocalDate from) {
        List<Period> out = new ArrayList<>(establishedPeriods());
        out.add(new Period(from, Optional.empty()));
        return ImmutableLedger.copyOf(this).withEstablishedPeriods(out);
    }

    Ledger closePeriod(LocalDate on) {
        if (!establishedNow()) {
            return this;
        }
        List<Period> out = new ArrayList<>(establishedPeriods());
        Period last = out.remove(out.size() - 1);
        out.add(new Period(last.from(), Optional.of(on)));
        return ImmutableLedger.copyOf(this).withEstablishedPeriods(out);
    }
}

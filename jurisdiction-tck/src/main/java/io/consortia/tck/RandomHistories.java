package io.consortia.tck;

import io.consortia.kernel.sanction.UnitRef;

import io.consortia.kernel.lifecycle.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random event sequences for property tests, replayable from a seed ({@code new Random(seed)}).
 * Weighted toward the procedural events so that most histories reach establishment and many go
 * on to expiry, revocation or dissolution; dates advance by days to years.
 */
public final class RandomHistories {

    private RandomHistories() {}

    private static final UnitRef[] UNITS = {UnitRef.named("甲公司"), UnitRef.named("乙公司"), UnitRef.named("丙研究院")};

    /** A random history for the policy; the same {@code Random} seed gives the same history. */
    public static List<Event> history(Random r, LifecyclePolicy policy) {
        int n = 1 + r.nextInt(36);
        LocalDate day = LocalDate.of(2023 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
        List<String> own = policy.procedure().ownEvents();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int gap = r.nextInt(10);
            day = day.plusDays(gap < 2 ? 0 : gap < 7 ? 1 + r.nextInt(10) : 20 + r.nextInt(500));
            out.add(event(r, day, own));
        }
        return out;
    }

    private static Optional<String> project(Random r) {
        return r.nextBoolean() ? Optional.empty() : Optional.of("P" + r.nextInt(3));
    }

    private static ChangeEvidence evidence(Random r) {
        ChangeEvidence ev = ChangeEvidence.none();
        for (Evidence x : Evidence.values()) {
            int k = r.nextInt(3);
            if (k < 2) {
                ev = ev.with(x, k == 0);
            }
        }
        return ev;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Event event(Random r, LocalDate day, List<String> own) {
        int k = r.nextInt(100);
        if (k < 10) {
            return new Event.Applied(day);
        }
        if (k < 20) {
            return new Event.Reviewed(day, r.nextInt(10) < 8);
        }
        if (k < 27) {
            return new Event.NoticeStarted(day);
        }
        if (k < 34) {
            return new Event.NoticeEnded(day);
        }
        if (k < 36) {
            return new Event.NoticeObjected(day);
        }
        if (k < 46) {
            return new Event.Established(day, r.nextInt(4) == 0 ? Optional.of(day.plusDays(r.nextInt(2000))) : Optional.empty());
        }
        if (k < 51) {
            return new Event.ReportSubmitted(day, day.getYear() - r.nextInt(3));
        }
        if (k < 58) {
            return new Event.Evaluated(day, pick(r, Grade.values()));
        }
        if (k < 63) {
            return new Event.ProjectStarted(day, pick(r, ProjectLevel.values()), r.nextBoolean(), project(r));
        }
        if (k < 67) {
            return new Event.ProjectEnded(day, r.nextBoolean() ? Optional.of(pick(r, ProjectLevel.values())) : Optional.empty(),
                    r.nextBoolean() ? Optional.of(r.nextBoolean()) : Optional.empty(), project(r));
        }
        if (k < 71) {
            return new Event.MemberAdded(day, evidence(r), Optional.empty());
        }
        if (k < 74) {
            return new Event.MemberRemoved(day, evidence(r), Optional.empty());
        }
        if (k < 77) {
            return new Event.LeadChanged(day, evidence(r), r.nextBoolean() ? Optional.of(pick(r, UNITS)) : Optional.empty());
        }
        if (k < 79) {
            return new Event.Renamed(day, evidence(r), Optional.empty());
        }
        if (k < 83) {
            return new Event.DissolutionRequested(day);
        }
        if (k < 86) {
            return new Event.Terminated(day);
        }
        if (k < 91) {
            return new Event.RenewalApplied(day);
        }
        if (k < 94) {
            return new Event.LeadDefaulted(day, r.nextBoolean() ? Optional.of(pick(r, UNITS)) : Optional.empty());
        }
        if (k < 97) {
            return new Event.ChangeFiled(day);
        }
        if (!own.isEmpty()) {
            return new Event.Own(day, own.get(r.nextInt(own.size())));
        }
        return new Event.Applied(day);
    }
}

package io.consortia.tck;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.HistoryReader;
import io.consortia.kernel.sanction.UnitRef;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.Simulator;
import io.consortia.kernel.lifecycle.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lifecycle histories for tests, written one event a line as {@code "2025-04-01 REVIEWED
 * passed=true"} ({@code key=value}; a bare {@code key} means {@code key=true}) and read through the
 * real {@link HistoryReader}, then simulated.
 */
public final class Histories {

    private Histories() {}

    /** The lines of {@code base} followed by {@code more}. */
    public static String[] then(String[] base, String... more) {
        String[] out = new String[base.length + more.length];
        System.arraycopy(base, 0, out, 0, base.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    /** Reads the lines as a history of the policy's jurisdiction; fails on any problem. */
    public static History read(LifecyclePolicy policy, String... lines) {
        List<Object> events = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("on", parts[0]);
            e.put("event", parts[1]);
            for (int i = 2; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 0) {
                    e.put(parts[i], true);
                } else {
                    String v = parts[i].substring(eq + 1);
                    e.put(parts[i].substring(0, eq), v.equals("true") || v.equals("false") ? (Object) Boolean.valueOf(v)
                            : v.matches("-?[0-9]+") ? (Object) Integer.valueOf(v) : v);
                }
            }
            events.add(e);
        }
        ReadResult<History> r = HistoryReader.read(Map.of("jurisdiction", policy.jurisdiction(), "events", events),
                Map.of(policy.jurisdiction(), policy));
        if (r.result().isInvalid()) {
            throw new AssertionError("bad test history: " + r.result().getError().map(Problem::toString).mkString("; "));
        }
        return r.result().get();
    }

    /** Simulates the lines through the edition's lifecycle to the last event's date on the 2024 calendar, approximating other years. */
    public static Simulation simulate(Edition edition, String... lines) {
        return simulate(edition, Optional.empty(), lines);
    }

    /** Simulates the lines to the as-of date on the 2024 calendar, approximating other years. */
    public static Simulation simulate(Edition edition, Optional<LocalDate> asOf, String... lines) {
        return simulate(LifecycleEditions.decider(edition, calendar2024(), CalendarMode.WEEKDAY_APPROXIMATION), asOf, lines);
    }

    /** Simulates the lines through the decider to the as-of date. */
    public static Simulation simulate(Decider decider, Optional<LocalDate> asOf, String... lines) {
        return Simulator.run(decider, read(decider.policy(), lines).events(), asOf, Optional.of(UnitRef.named("牵头公司"))).get();
    }

    /** The timeline entry of the history's {@code index}-th event. */
    public static TimelineEntry entry(Simulation s, int index) {
        return s.timeline().stream().filter(e -> e.index().equals(Optional.of(index))).findFirst().orElseThrow();
    }

    /** The last timeline entry. */
    public static TimelineEntry last(Simulation s) {
        return s.timeline().get(s.timeline().size() - 1);
    }

    /**
     * The 2024 statutory calendar as the State Council's notice for 2024 sets it (the same dates as
     * the calendar-cn module's data), covering 2024 only.
     */
    public static WorkingDayCalendar calendar2024() {
        Map<LocalDate, String> holidays = new HashMap<>();
        for (String d : List.of("01-01", "02-10", "02-11", "02-12", "02-13", "02-14", "02-15", "02-16", "02-17", "04-04", "04-05", "04-06",
                "05-01", "05-02", "05-03", "05-04", "05-05", "06-10", "09-15", "09-16", "09-17", "10-01", "10-02", "10-03", "10-04", "10-05",
                "10-06", "10-07")) {
            holidays.put(LocalDate.parse("2024-" + d), "holiday");
        }
        Map<LocalDate, String> workdays = new HashMap<>();
        for (String d : List.of("02-04", "02-18", "04-07", "04-28", "05-11", "09-14", "09-29", "10-12")) {
            workdays.put(LocalDate.parse("2024-" + d), "adjusted working day");
        }
        return WorkingDayCalendar.of(Set.of(2024), holidays, workdays).get();
    }
}

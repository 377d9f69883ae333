package io.consortia.tck;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.lifecycle.Transition;
import io.consortia.kernel.parameter.Overrides;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle contract on core states and the policy's transition table ({@link
 * LifecycleContract#coreStates()}): phases, steps and clauses statically, the invariants of issue 4
 * on random histories.
 */
final class CoreStateLifecycle implements LifecycleContract {

    @Override
    public List<String> faults(Edition edition, String document) {
        List<String> out = new ArrayList<>();
        LifecyclePolicy p = edition.lifecycle().orElseThrow();
        List<Transition> edges = p.transitions();
        Set<CoreState> phases = EnumSet.of(CoreState.PROPOSED);
        p.procedure().steps().forEach(s -> phases.add(s.state()));
        edges.forEach(t -> {
            phases.add(t.from());
            phases.add(t.to());
        });
        Set<CoreState> reached = EnumSet.of(CoreState.PROPOSED);
        Deque<CoreState> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            CoreState from = todo.pop();
            for (Transition t : edges) {
                if (t.from() == from && reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        for (CoreState phase : phases) {
            if (!reached.contains(phase)) {
                List<String> steps = p.procedure().steps().stream().filter(s -> s.state() == phase).map(Step::id).toList();
                out.add("phase " + phase + " is unreachable: no transition from " + CoreState.PROPOSED + " leads to it"
                        + (steps.isEmpty() ? "" : " (steps in it: " + String.join(", ", steps) + ")"));
            }
        }
        for (Transition t : edges) {
            if (t.from().isTerminal() && t.to() != t.from()) {
                out.add("phase " + t.from() + " is terminal but the transition " + t.from() + " --" + t.event() + "--> " + t.to() + " leaves it");
            }
        }
        for (Step s : p.procedure().steps()) {
            if (s.actors().isEmpty()) {
                out.add("step " + s.id() + " names no actor");
            }
            quoted("step " + s.id(), s.clause(), document, out);
        }
        for (Clause c : p.clauses()) {
            quoted("clause " + c.ref(), c, document, out);
        }
        return out.stream().distinct().toList();
    }

    /** A clause has a reference and quotes the document verbatim (the kernel checks the verbatim part at load too). */
    private static void quoted(String what, Clause c, String document, List<String> out) {
        if (c.ref().isBlank()) {
            out.add(what + " has no clause");
        }
        if (c.quote().isEmpty()) {
            out.add(what + " (" + c.ref() + ") does not quote the document");
        }
        c.quote().filter(q -> !document.contains(q)).ifPresent(q -> out.add(what + " (" + c.ref() + ") quotes text not in the document: " + q));
    }

    /** The invariants on random histories, with the edition's declared values, under either day count (reading R9). */
    @Override
    public void checkHistories(Edition edition, int examples) {
        LifecyclePolicy policy = edition.lifecycle().orElseThrow();
        for (DayCount count : DayCount.values()) {
            Decider decider = LifecycleEditions.decider(edition, Histories.calendar2024(), CalendarMode.WEEKDAY_APPROXIMATION, count,
                    Overrides.none());
            Seeds.check(examples / DayCount.values().length, seed -> LifecycleInvariants.check(decider, policy, seed));
        }
    }
}

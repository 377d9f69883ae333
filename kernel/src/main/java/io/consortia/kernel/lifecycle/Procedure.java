package io.consortia.kernel.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A jurisdiction's procedure as data: its steps in order, from proposal through the consortium's life. */
public record Procedure(List<Step> steps) {

    public Procedure {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a procedure has steps");
        }
        Set<String> ids = new HashSet<>();
        Set<String> own = new HashSet<>();
        for (Step s : steps) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("step " + s.id() + " appears twice");
            }
            for (String e : s.ownEvents()) {
                if (!own.add(e)) {
                    throw new IllegalArgumentException("the own event " + e + " belongs to two steps");
                }
            }
        }
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The step that records a jurisdiction's own event. */
    public Optional<Step> stepOfOwnEvent(String name) {
        return steps.stream().filter(s -> s.ownEvents().contains(name)).findFirst();
    }

    /** Every own event name of the procedure. */
    public List<String> ownEvents() {
        return steps.stream().flatMap(s -> s.ownEvents().stream()).toList();
    }
}

package io.consortia.kernel.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy's transition table: its rows keyed by (core state, event), the jurisdiction's own
 * first, then the kernel's. For one key the first row whose condition holds is taken; a row that
 * an unconditional row before it shadows is left out, so that the table holds only rows that can
 * be taken (and the diagrams show only those).
 */
final class TransitionTable {

    private final List<Move> moves;

    private TransitionTable(List<Move> moves) {
        this.moves = List.copyOf(moves);
    }

    static TransitionTable of(LifecyclePolicy policy) {
        List<Move> all = new ArrayList<>();
        for (OwnTransition t : policy.ownTransitions()) {
            all.add(new Move(t.from(), t.event(), t.to(), t.clause(), t.says()));
        }
        all.addAll(CoreTransitions.of(policy));
        List<Move> kept = new ArrayList<>();
        Set<String> closed = new HashSet<>();
        for (Move m : all) {
            String key = m.from + " " + m.event;
            if (closed.contains(key)) {
                continue;
            }
            kept.add(m);
            if (m.branch.isEmpty()) {
                closed.add(key);
            }
        }
        return new TransitionTable(kept);
    }

    /** The rows for the event in the state, in the order they are tried. */
    List<Move> rows(CoreState from, String event) {
        return moves.stream().filter(m -> m.from == from && m.event.equals(event)).toList();
    }

    /** Every row the event has, in any state. */
    List<Move> rowsOf(String event) {
        return moves.stream().filter(m -> m.event.equals(event)).toList();
    }

    List<Move> all() {
        return moves;
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.Counted;
import io.consortia.kernel.calendar.OutsideCalendar;
import io.consortia.kernel.text.Text;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The decision being drafted while one event is decided: the checks of its transition reject
 * it, or its effects add facts and notes. Confined to one call of {@link Decider#decide}.
 */
final class Draft {

    Text reason;
    Clause clause;
    Text rejection;
    Clause rejectionClause;
    OutsideCalendar gap;
    final List<Fact> facts = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final SortedSet<Integer> approximated = new TreeSet<>();

    Draft(Clause clause) {
        this.clause = clause;
    }

    void reject(Text why, Clause where) {
        rejection = why;
        rejectionClause = where;
    }

    void note(String code, Text text) {
        notes.add(Note.of(code, text));
    }

    void fact(Fact f) {
        facts.add(f);
    }

    /** Whether a check has rejected the event or a count has left the calendar. */
    boolean stopped() {
        return rejection != null || gap != null;
    }

    /** The calendar's answer, remembering approximated years; empty (and stopped) outside the calendar. */
    <T> Optional<T> counted(Either<OutsideCalendar, Counted<T>> answer) {
        if (answer.isLeft()) {
            gap = answer.getLeft();
            return Optional.empty();
        }
        approximated.addAll(answer.get().approximatedYears());
        return Optional.of(answer.get().value());
    }
}

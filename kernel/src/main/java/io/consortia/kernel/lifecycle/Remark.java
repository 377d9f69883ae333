package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A remark a jurisdiction's text puts on an accepted event: the event is accepted, and noted
 * (青岛: a member change while no project runs is not 「根據立項的項目需要」, note {@code
 * CHANGE_WITHOUT_PROJECT}). A clause of the jurisdiction's own, stated through the registrar.
 *
 * @param code the note's stable code (UPPER_SNAKE)
 * @param when whether the remark applies to the event in its context
 */
public record Remark(Set<EventType> events, String code, Text says, Clause clause, Predicate<Context> when) {

    public Remark {
        events = Set.copyOf(EnumSet.copyOf(events));
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(when, "when");
        Note.of(code, says);
    }
}

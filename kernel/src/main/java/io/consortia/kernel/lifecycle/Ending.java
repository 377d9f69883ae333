package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An event that, once the consortium is established, ends it by the policy's own terms:
 * 内蒙古 "名称或者牵头单位主体发生变更的，原有的联合体自行解散" is {@code {RENAMED, LEAD_CHANGED} → DISSOLVED}.
 */
public record Ending(Set<EventType> events, CoreState to, Text says, Clause clause) {

    public Ending {
        events = Set.copyOf(EnumSet.copyOf(events));
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(clause, "clause");
        if (!to.isTerminal()) {
            throw new IllegalArgumentException("an ending leads to a terminal state, not " + to);
        }
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Changes the text asks to be filed with an authority once made (苏州 六(三), 永川 三(四), 济源
 * 六(二)): a follow-up obligation, not a precondition. Each accepted change of {@code changes} of an
 * established consortium opens a {@link Filing}.
 *
 * @param authority the authority, as the text names it ({@code 苏州市科技局})
 * @param what what is owed, in words ("file the change in writing with …")
 */
public record FilingDuty(Set<EventType> changes, String authority, Text what, Clause clause) {

    public FilingDuty {
        changes = Set.copyOf(EnumSet.copyOf(changes));
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(clause, "clause");
        for (EventType e : changes) {
            if (!e.isChange()) {
                throw new IllegalArgumentException("only changes are filed, not " + e);
            }
        }
    }
}

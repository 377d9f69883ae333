package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * A lead that defaults ({@link EventType#LEAD_DEFAULTED}) loses its lead status and is barred for
 * {@code years} from leading or being a core member of any consortium.
 */
public record SanctionRule(int years, Text says, Clause clause) {

    public SanctionRule {
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(clause, "clause");
        if (years < 1) {
            throw new IllegalArgumentException("a bar lasts at least a year");
        }
    }
}

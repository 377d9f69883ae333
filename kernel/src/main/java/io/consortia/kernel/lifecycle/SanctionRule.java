package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * A lead that defaults ({@link EventType#LEAD_DEFAULTED}) loses its lead status and is barred for a
 * number of years (a parameter) from leading or being a core member of any consortium.
 */
public record SanctionRule(Param<Integer> years, Text says, Clause clause) {

    public SanctionRule {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(clause, "clause");
    }
}

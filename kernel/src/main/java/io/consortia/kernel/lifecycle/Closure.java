package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;

/** How and when a consortium reached its terminal state. */
public record Closure(LocalDate on, CoreState state, Text reason, Clause clause) {
    public Closure {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clause, "clause");
    }
}

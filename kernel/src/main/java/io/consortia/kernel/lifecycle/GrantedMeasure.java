package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;

/** A support measure an event brought (an EXCELLENT evaluation's rolling support). */
public record GrantedMeasure(LocalDate on, Text what, Clause clause) {
    public GrantedMeasure {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(clause, "clause");
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;

/** A decision the authority has yet to take about the consortium (永川 较差: "视情调整或终止"). */
public record Flag(LocalDate raisedOn, Text what, Clause clause) {
    public Flag {
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(clause, "clause");
    }
}

package io.consortia.kernel.lifecycle;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The grades a policy's evaluations use, where the text enumerates them (苏州 "优秀、合格和不合格三个等次"). */
public record GradeScale(Set<Grade> grades, Clause clause) {

    public GradeScale {
        grades = Set.copyOf(EnumSet.copyOf(grades));
        Objects.requireNonNull(clause, "clause");
    }
}

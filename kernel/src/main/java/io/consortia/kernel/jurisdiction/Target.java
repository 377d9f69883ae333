package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.parameter.Param;
import java.util.Objects;

/**
 * How many consortia the policy aims for, and by when ("到2027年建设5个左右"): two parameters.
 *
 * @param atLeast true for "以上" (at least), false for "左右" (about)
 */
public record Target(Param<Integer> countParam, boolean atLeast, Param<Integer> yearParam, String clause) {
    public Target {
        Objects.requireNonNull(countParam, "countParam");
        Objects.requireNonNull(yearParam, "yearParam");
        Objects.requireNonNull(clause, "clause");
    }

    public static Target about(Param<Integer> count, Param<Integer> byYear, String clause) {
        return new Target(count, false, byYear, clause);
    }

    public static Target atLeast(Param<Integer> count, Param<Integer> byYear, String clause) {
        return new Target(count, true, byYear, clause);
    }

    /** The number of consortia, as the document states it. */
    public int count() {
        return countParam.value();
    }

    /** The year, as the document states it. */
    public int byYear() {
        return yearParam.value();
    }

    public String describeZh() {
        return "到" + byYear() + "年" + count() + "个" + (atLeast ? "以上" : "左右");
    }

    public String describeEn() {
        return (atLeast ? "at least " : "about ") + count() + " by " + byYear();
    }
}

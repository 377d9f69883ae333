package io.consortia.kernel.jurisdiction;

import java.util.Objects;

/**
 * How many consortia the policy aims for, and by when ("到2027年建设5个左右").
 *
 * @param atLeast true for "以上" (at least), false for "左右" (about)
 */
public record Target(int count, boolean atLeast, int byYear, String clause) {
    public Target {
        Objects.requireNonNull(clause, "clause");
        if (count <= 0) {
            throw new IllegalArgumentException("a target counts at least one consortium");
        }
    }

    public static Target about(int count, int byYear, String clause) {
        return new Target(count, false, byYear, clause);
    }

    public static Target atLeast(int count, int byYear, String clause) {
        return new Target(count, true, byYear, clause);
    }

    public String describeZh() {
        return "到" + byYear + "年" + count + "个" + (atLeast ? "以上" : "左右");
    }

    public String describeEn() {
        return (atLeast ? "at least " : "about ") + count + " by " + byYear;
    }
}

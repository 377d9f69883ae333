package io.consortia.kernel.outcome;

import io.consortia.kernel.text.Text;

/**
 * How binding a rule is, read from the wording of the clause (policy-catalog.md, vocabulary).
 */
public enum Strength {
    /** 须 / 应 / 要: failing it makes the consortium ineligible. */
    MANDATORY(Text.of("必须", "mandatory")),
    /** 原则上 / 一般: failing it is a deviation that needs a justification. */
    PRESUMPTIVE(Text.of("原则上", "presumptive")),
    /** 鼓励 / 可: advisory only. */
    ENCOURAGED(Text.of("鼓励", "encouraged")),
    /** 重点支持 / 优先: a plus in ranking, never a condition. */
    PREFERENCE(Text.of("优先", "preference"));

    private final Text label;

    Strength(Text label) {
        this.label = label;
    }

    /** A short label in Chinese and English. */
    public Text label() {
        return label;
    }

    /** Whether a finding of this strength can change the verdict. */
    public boolean bindsVerdict() {
        return this == MANDATORY || this == PRESUMPTIVE;
    }
}

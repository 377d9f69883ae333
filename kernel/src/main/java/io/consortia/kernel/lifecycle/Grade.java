package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;

/** An evaluation grade (contract §4); each policy names the grades it uses. */
public enum Grade {
    EXCELLENT("优秀", "excellent"),
    QUALIFIED("合格", "qualified"),
    POOR("较差", "poor"),
    UNQUALIFIED("不合格", "unqualified");

    private final Text label;

    Grade(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

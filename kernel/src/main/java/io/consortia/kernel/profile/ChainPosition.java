package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/** A member's position in the industry chain (产业链上中下游). */
public enum ChainPosition {
    UPSTREAM("上游", "upstream"),
    MIDSTREAM("中游", "midstream"),
    DOWNSTREAM("下游", "downstream");

    private final Text label;

    ChainPosition(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/** A member's position in the industry chain (产业链上中下游). */
public enum ChainPosition {
    UPSTREAM("上游", "upstream"),
    MIDSTREAM("中游", "midstream"),
    DOWNSTREAM("下游", "downstream"),
    /** The enterprise is not in the chain: it never counts as placed in it. */
    OUTSIDE("不在产业链内", "outside the chain");

    private final Text label;

    ChainPosition(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** UPSTREAM, MIDSTREAM or DOWNSTREAM: placed in the chain. */
    public boolean inChain() {
        return this != OUTSIDE;
    }
}

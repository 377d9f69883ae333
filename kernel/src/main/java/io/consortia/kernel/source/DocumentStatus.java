package io.consortia.kernel.source;

import io.consortia.kernel.text.Text;

/** The legal status of a source document. A document may be both DRAFT and TRIAL. */
public enum DocumentStatus {
    IN_FORCE("现行有效", "in force"),
    DRAFT("征求意见稿", "draft for comments"),
    TRIAL("试行", "trial");

    private final Text label;

    DocumentStatus(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

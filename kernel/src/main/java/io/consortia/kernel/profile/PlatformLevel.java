package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/** The level of an innovation platform. */
public enum PlatformLevel {
    NATIONAL("国家级", "national"),
    PROVINCIAL("省级", "provincial"),
    MUNICIPAL("市级", "municipal"),
    DISTRICT("区县级", "district"),
    SELF_BUILT("企业自建", "self-built");

    private final Text label;

    PlatformLevel(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** NATIONAL or PROVINCIAL: "省级以上" / "自治区级及以上". */
    public boolean atLeastProvincial() {
        return this == NATIONAL || this == PROVINCIAL;
    }
}

package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/**
 * Where a jurisdiction's own fact is stated: of each member, or of the consortium as a whole.
 *
 * @since 0.3
 */
public enum FactLevel {
    /** Stated for each member, under {@code members[i].facts}. */
    MEMBER("成员", "member"),
    /** Stated once for the consortium, under the profile's {@code facts}. */
    CONSORTIUM("联合体", "consortium");

    private final Text label;

    FactLevel(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

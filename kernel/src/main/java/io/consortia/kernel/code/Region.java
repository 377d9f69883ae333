package io.consortia.kernel.code;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * A region named by a prefix of division codes: {@code 15} is Inner Mongolia, {@code 3205}
 * Suzhou, {@code 419001} Jiyuan. A division code lies in the region when it starts with the prefix.
 *
 * @param prefix 2 to 6 digits
 * @param name the region's name in Chinese and English
 */
public record Region(String prefix, Text name) {

    public Region {
        Objects.requireNonNull(name, "name");
        if (prefix == null || prefix.length() < 2 || prefix.length() > 6
                || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a region prefix is 2 to 6 digits: " + prefix);
        }
    }

    public static Region of(String prefix, String zh, String en) {
        return new Region(prefix, Text.of(zh, en));
    }

    /** Whether the division code lies in this region. */
    public boolean contains(DivisionCode code) {
        return code.within(this);
    }
}

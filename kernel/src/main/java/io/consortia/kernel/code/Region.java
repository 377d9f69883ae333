package io.consortia.kernel.code;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * A region named by a prefix of division codes: {@code 15} is Inner Mongolia, {@code 3205}
 * Suzhou, {@code 419001} Jiyuan. A division code lies in the region when it starts with the prefix.
 * A value: equal when prefix and name are equal.
 */
public final class Region {

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final String prefix;
    private final Text name;
    /** The 6-digit codes inside the region: from {@code low} (included) to {@code high} (excluded). */
    private final int low;
    private final int high;

    /**
     * @param prefix 2 to 6 digits
     * @param name the region's name in Chinese and English
     */
    public Region(String prefix, Text name) {
        Objects.requireNonNull(name, "name");
        if (prefix == null || prefix.length() < 2 || prefix.length() > 6
                || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a region prefix is 2 to 6 digits: " + prefix);
        }
        this.prefix = prefix;
        this.name = name;
        int number = Integer.parseInt(prefix);
        int divisor = POWERS[6 - prefix.length()];
        this.low = number * divisor;
        this.high = (number + 1) * divisor;
    }

    public static Region of(String prefix, String zh, String en) {
        return new Region(prefix, Text.of(zh, en));
    }

    public String prefix() {
        return prefix;
    }

    public Text name() {
        return name;
    }

    /** Whether the division code lies in this region. */
    public boolean contains(DivisionCode code) {
        return code.within(this);
    }

    /** Whether the division code, given as its 6-digit number, lies in this region. */
    public boolean contains(int code) {
        return code >= low && code < high;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && r.prefix.equals(prefix) && r.name.equals(name);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return "Region[" + prefix + " " + name.en() + "]";
    }
}

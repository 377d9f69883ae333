package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.text.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a jurisdiction is.
 *
 * @param id the lower-case id used on the command line and in rule ids ({@code suzhou})
 * @param name its name in Chinese and English
 * @param region the division-code region it governs
 */
public record Identity(String id, Text name, Region region) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public Identity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a jurisdiction id is lower-case letters, digits and '-': " + id);
        }
    }
}

package io.consortia.kernel.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/** What a profile may hold as an own fact's value, checked when a member or profile is built. */
final class OwnValues {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][A-Za-z0-9]*");

    private OwnValues() {}

    static void check(Map<String, Object> facts) {
        facts.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalStateException("an own fact's key is <jurisdiction>.<name>: " + key);
            }
            if (!(value instanceof Boolean || value instanceof BigDecimal || value instanceof String || value instanceof LocalDate)) {
                throw new IllegalStateException("own fact " + key + " holds a value of type " + value.getClass().getSimpleName()
                        + "; a value is a Boolean, a BigDecimal, a choice's key (String) or a LocalDate");
            }
        });
    }
}

package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fact a jurisdiction declares that the kernel's vocabulary lacks (a 高新技术企业 certificate, a
 * count of invention patents), as data: who declares it, its name, whether members or the
 * consortium state it, its type and what it means. Profiles state it under {@code facts} keyed by
 * {@link #key()}; rules test it through {@code io.consortia.kernel.rule.OwnTest}; as every fact,
 * it is unknown when a profile does not state it. Declared with {@code JurisdictionSetup.memberFact}
 * or {@code consortiumFact}, which return it.
 *
 * @param <T> the Java type of its values ({@link FactType#javaType()})
 * @param jurisdiction the id of the jurisdiction that declares it
 * @param name its name within the jurisdiction, camelCase ({@code hnteCertified})
 * @param label what it is, in Chinese and English
 * @since 0.3
 */
public record OwnFact<T>(String jurisdiction, String name, FactLevel level, FactType<T> type, Text label) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public OwnFact {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an own fact's name is camelCase letters and digits, like hnteCertified: " + name);
        }
    }

    /** Whether the name is one an own fact may have. */
    public static boolean wellNamed(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** How profiles name it: {@code lanling.hnteCertified}. */
    public String key() {
        return jurisdiction + "." + name;
    }

    /** The value as stated, typed; empty when not stated (unknown) or not of the fact's type. */
    public java.util.Optional<T> valueIn(java.util.Map<String, Object> stated) {
        Object v = stated.get(key());
        return type.accepts(v) ? java.util.Optional.of(type.javaType().cast(v)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}

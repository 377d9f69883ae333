package io.consortia.kernel.jurisdiction;

import java.util.Objects;

/**
 * The official naming pattern of a consortium ("重庆市永川区×××创新联合体"): the field or chain
 * name goes between prefix and suffix.
 *
 * @param asWritten the pattern as the document writes it
 */
public record Naming(String prefix, String suffix, String asWritten, String clause) {
    public Naming {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(clause, "clause");
    }

    /** The official name of a consortium in the field. */
    public String render(String field) {
        return prefix + field.strip() + suffix;
    }
}

package io.consortia.kernel.parameter;

/**
 * An override an assessment applied: the parameter as declared and the value used instead.
 *
 * @since 0.2
 */
public record AppliedOverride(Parameter parameter, Object value) {

    /** The value used, as users write it. */
    public String display() {
        return Values.display(value);
    }
}

package io.consortia.kernel.parameter;

/**
 * The values of parameters in force for one run, by handle: what a jurisdiction's own conditions
 * and the lifecycle read instead of literals.
 *
 * @since 0.2
 */
public interface ParameterValues {

    /** The value in force (declared, or overridden for this run). */
    <T> T get(Param<T> handle);

    /** The parameter as declared. */
    Parameter parameter(Param<?> handle);

    /**
     * The values the handles themselves carry ({@link Param#value()}): the declared ones, or
     * those a run used for handles {@link Param#bound bound} in evidence. {@link #parameter} is not
     * available.
     *
     * @since 0.3
     */
    static ParameterValues asCarried() {
        return CarriedValues.INSTANCE;
    }
}

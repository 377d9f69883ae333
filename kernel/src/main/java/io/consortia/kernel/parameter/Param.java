package io.consortia.kernel.parameter;

/**
 * A handle on a parameter a jurisdiction declares: what rules and lifecycle policies refer to
 * instead of a literal. Obtained from the edition setup ({@code EditionSetup.count(…)} and its
 * siblings); the kernel resolves it to the {@link Parameter} it declares and, per assessment, to
 * its value (the declared one, or an override).
 *
 * @param <T> the value's type, as {@link Unit#type()} says
 * @since 0.2
 */
public interface Param<T> {

    /** The name within its jurisdiction, {@code S1.minimum}; the full name is {@code suzhou.S1.minimum}. */
    String localName();

    Unit unit();

    /** The value the document states (an assessment may use an override instead). */
    T value();

    /**
     * The handle with the value a run used: what evidence carries, so that it reads the value in
     * force (an override included) without the run's bindings.
     *
     * @since 0.3
     */
    static <T> Param<T> bound(Param<T> handle, T value) {
        Param<T> of = handle instanceof BoundParam<T> b ? b.of() : handle;
        return new BoundParam<>(of, value);
    }
}

package io.consortia.kernel.input;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * Collects the errors and warnings of one read. Not thread-safe; one per read.
 */
public final class Problems {
    private List<Problem> errors = List.empty();
    private List<Problem> warnings = List.empty();

    public void error(String path, String message) {
        errors = errors.append(new Problem(path, message));
    }

    public void warning(String path, String message) {
        warnings = warnings.append(new Problem(path, message));
    }

    public Seq<Problem> errors() {
        return errors;
    }

    public Seq<Problem> warnings() {
        return warnings;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Invalid with every error if any was recorded, else valid with the built value. */
    public <T> Validation<Seq<Problem>, T> result(Supplier<T> build) {
        return hasErrors() ? Validation.invalid(errors) : Validation.valid(build.get());
    }
}

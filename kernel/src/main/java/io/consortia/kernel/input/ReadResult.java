package io.consortia.kernel.input;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The result of reading one input: the value or every error, and the warnings either way.
 *
 * @param <T> what was read
 */
public record ReadResult<T>(Validation<Seq<Problem>, T> result, Seq<Problem> warnings) {}

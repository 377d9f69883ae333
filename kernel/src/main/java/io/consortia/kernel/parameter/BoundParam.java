package io.consortia.kernel.parameter;

import java.util.Objects;

/** A parameter with the value one run used in place of the declared one (see {@link Param#bound}). */
record BoundParam<T>(Param<T> of, T value) implements Param<T> {

    BoundParam {
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String localName() {
        return of.localName();
    }

    @Override
    public Unit unit() {
        return of.unit();
    }
}

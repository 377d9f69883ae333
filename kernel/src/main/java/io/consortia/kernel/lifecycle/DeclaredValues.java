package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.ParameterValues;

/** The values the document states, read straight from the handles (no overrides). */
final class DeclaredValues implements ParameterValues {

    static final DeclaredValues INSTANCE = new DeclaredValues();

    private DeclaredValues() {}

    @Override
    public <T> T get(Param<T> handle) {
        return handle.value();
    }

    @Override
    public Parameter parameter(Param<?> handle) {
        throw new UnsupportedOperationException("declared values know the handles only: " + handle.localName());
    }
}

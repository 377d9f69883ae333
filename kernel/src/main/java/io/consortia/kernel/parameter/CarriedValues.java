package io.consortia.kernel.parameter;

/** The values handles carry themselves ({@link ParameterValues#asCarried()}). */
final class CarriedValues implements ParameterValues {

    static final CarriedValues INSTANCE = new CarriedValues();

    private CarriedValues() {}

    @Override
    public <T> T get(Param<T> handle) {
        return handle.value();
    }

    @Override
    public Parameter parameter(Param<?> handle) {
        throw new UnsupportedOperationException("the values carried by handles have no declarations");
    }
}

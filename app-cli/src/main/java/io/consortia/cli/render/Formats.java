package io.consortia.cli.render;

import io.consortia.kernel.explain.Money;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.parameter.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Parameter values as a person reads them: "8", "60%", "2,000,000 CNY", "5 working days", "a, b". */
public final class Formats {

    private Formats() {}

    public static String value(Unit unit, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return switch (unit) {
            case SHARE -> Money.percent((BigDecimal) value);
            case CNY -> Money.grouped((BigDecimal) value) + " CNY";
            case WORKING_DAYS, DAYS, YEARS -> Values.display(value) + " " + unit.label().en();
            default -> Values.display(value);
        };
    }
}

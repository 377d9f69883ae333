package io.consortia.cli.render;

import io.consortia.io.json.Language;
import io.consortia.kernel.explain.Money;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.parameter.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parameter values as a person reads them: "8", "60%", "a, b"; money as 200万元 or 1.35亿元 in
 * Chinese and 2,000,000 yuan in English; periods as 5个工作日 or 5 working days.
 */
public final class Formats {

    private Formats() {}

    /** The value in English: what JSON's {@code display} and CSV carry. */
    public static String value(Unit unit, Object value) {
        return value(unit, value, Language.EN);
    }

    /** The value in the language(s) of the text. */
    public static String value(Unit unit, Object value, Language lang) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return switch (unit) {
            case SHARE -> Money.percent((BigDecimal) value);
            case CNY -> switch (lang) {
                case ZH -> Money.zh((BigDecimal) value);
                case EN -> Money.en((BigDecimal) value);
                case BOTH -> Money.zh((BigDecimal) value) + " (" + Money.en((BigDecimal) value) + ")";
            };
            case WORKING_DAYS, DAYS, YEARS -> lang == Language.ZH ? Values.display(value) + unit.label().zh()
                    : Values.display(value) + " " + unit.label().en();
            default -> Values.display(value);
        };
    }
}

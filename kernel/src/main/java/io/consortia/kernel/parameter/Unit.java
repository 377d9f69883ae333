package io.consortia.kernel.parameter;

import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * What a parameter's value measures, and so its Java type and the values it accepts.
 *
 * <table>
 *   <caption>Units and their values</caption>
 *   <tr><th>unit</th><th>type</th><th>accepts</th></tr>
 *   <tr><td>COUNT, WORKING_DAYS, DAYS, YEARS</td><td>{@link Integer}</td><td>0 or more</td></tr>
 *   <tr><td>YEAR</td><td>{@link Integer}</td><td>a calendar year, 1900 to 2200</td></tr>
 *   <tr><td>SHARE</td><td>{@link BigDecimal}</td><td>0 to 1 ({@code 0.6} is 60%)</td></tr>
 *   <tr><td>CNY</td><td>{@link BigDecimal}</td><td>0 or more yuan</td></tr>
 *   <tr><td>DATE</td><td>{@link LocalDate}</td><td>an ISO date</td></tr>
 *   <tr><td>MONTH_DAY</td><td>{@link MonthDay}</td><td>a day of the year ({@code 01-31})</td></tr>
 *   <tr><td>LIST</td><td>{@link List} of {@link String}</td><td>items, from a closed set when the parameter names one</td></tr>
 * </table>
 */
public enum Unit {
    COUNT(Integer.class, "个", "count"),
    SHARE(BigDecimal.class, "比例", "share"),
    CNY(BigDecimal.class, "元", "CNY"),
    WORKING_DAYS(Integer.class, "个工作日", "working days"),
    DAYS(Integer.class, "日", "days"),
    YEARS(Integer.class, "年", "years"),
    /** A calendar year, as in a target "by 2027". */
    YEAR(Integer.class, "年份", "year"),
    DATE(LocalDate.class, "日期", "date"),
    MONTH_DAY(MonthDay.class, "月日", "month-day"),
    LIST(List.class, "列表", "list");

    private final Class<?> type;
    private final Text label;

    Unit(Class<?> type, String zh, String en) {
        this.type = type;
        this.label = Text.of(zh, en);
    }

    /** The Java type of a value of this unit. */
    public Class<?> type() {
        return type;
    }

    public Text label() {
        return label;
    }

    /** The name users see in outputs: {@code count}, {@code share}, {@code CNY}, {@code working-days}… */
    public String key() {
        return this == CNY ? "CNY" : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

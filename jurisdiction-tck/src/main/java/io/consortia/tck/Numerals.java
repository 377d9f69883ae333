package io.consortia.tck;

import io.consortia.kernel.parameter.Parameter;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** How Chinese policy texts write a parameter's value: "8", "八", "60%", "1亿元", "200万元", "1月31日". */
final class Numerals {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] TRADITIONAL = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Numerals() {}

    /** The ways the value may be written; empty when the unit is not a number the texts write. */
    static List<String> forms(Parameter p) {
        List<String> out = new ArrayList<>();
        Object v = p.value();
        switch (p.unit()) {
            case COUNT, WORKING_DAYS, DAYS, YEARS, YEAR -> {
                int n = (Integer) v;
                out.add(String.valueOf(n));
                if (n >= 0 && n <= 10) {
                    out.add(DIGITS[n]);
                    out.add(TRADITIONAL[n]);
                    if (n == 2) {
                        out.add("两");
                        out.add("兩");
                    }
                }
            }
            case SHARE -> {
                String pct = ((BigDecimal) v).movePointRight(2).stripTrailingZeros().toPlainString();
                out.add(pct + "%");
                out.add(pct + "％");
            }
            case CNY -> {
                BigDecimal a = (BigDecimal) v;
                out.add(a.stripTrailingZeros().toPlainString());
                out.add(a.movePointLeft(8).stripTrailingZeros().toPlainString() + "亿");
                out.add(a.movePointLeft(8).stripTrailingZeros().toPlainString() + "億");
                out.add(a.movePointLeft(4).stripTrailingZeros().toPlainString() + "万");
                out.add(a.movePointLeft(4).stripTrailingZeros().toPlainString() + "萬");
            }
            case MONTH_DAY -> {
                MonthDay md = (MonthDay) v;
                out.add(md.getMonthValue() + "月" + md.getDayOfMonth() + "日");
                if (md.getDayOfMonth() == md.getMonth().minLength()) {
                    // A month named alone ("次年1月") runs to its last day.
                    out.add(md.getMonthValue() + "月");
                }
            }
            default -> { }
        }
        return out;
    }
}

package io.consortia.kernel.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of yuan as people read them: 1.35亿元, 200万元 in Chinese; 135,000,000 yuan in English. */
public final class Money {

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);

    private Money() {}

    /** Chinese: 亿元 from 1亿, 万元 from 1万, else 元; up to four decimals, trailing zeros dropped. */
    public static String zh(BigDecimal yuan) {
        if (yuan.abs().compareTo(YI) >= 0) {
            return plain(yuan.divide(YI, 4, RoundingMode.HALF_UP)) + "亿元";
        }
        if (yuan.abs().compareTo(WAN) >= 0) {
            return plain(yuan.divide(WAN, 4, RoundingMode.HALF_UP)) + "万元";
        }
        return plain(yuan) + "元";
    }

    /** English: digits grouped by thousands, "yuan". */
    public static String en(BigDecimal yuan) {
        return grouped(yuan) + " yuan";
    }

    /** 135000000 → "135,000,000"; fractions kept as they are. */
    public static String grouped(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        String text = a.scale() > 0 ? a.toPlainString() : a.setScale(0).toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot);
        int sign = whole.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + fraction.length());
        for (int i = 0; i < whole.length(); i++) {
            if (i > sign && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out.append(fraction).toString();
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** A share as a percentage: 0.6 → "60%", 0.03 → "3%", 0.625 → "62.5%". */
    public static String percent(BigDecimal share) {
        return plain(share.movePointRight(2)) + "%";
    }
}

package io.consortia.kernel.engine;

import static io.consortia.kernel.engine.Run.FAIL;
import static io.consortia.kernel.engine.Run.PASS;
import static io.consortia.kernel.engine.Run.UNKNOWN;

import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.Member;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of an R&D-intensity test ({@link io.consortia.kernel.rule.Test.RdIntensity}),
 * exact and with bound semantics: a figure that is not stated may be any amount ≥ 0, so a part is
 * PASS when it holds for every such amount, FAIL when it holds for none, UNKNOWN otherwise.
 *
 * <p>The share part holds when revenue is positive and {@code rd × den ≥ num × revenue} (the
 * share as a ratio {@code num/den}); a revenue of 0 fails it. Over unknown figures: it holds for
 * every completion iff the known revenue is positive and (the share is 0, or no revenue is missing
 * and the known R&D alone reaches it); it holds for some completion iff revenue can be positive
 * and (the share is 0, or some R&D is missing, or the known R&D reaches it against the known
 * revenue, or, with no revenue known and some missing, the known R&D is positive).
 *
 * <p>Sums are kept in longs while the figures are whole yuan of at most 10^15 and compared in 128
 * bits, so the usual case allocates nothing; other figures move a sum to {@link BigDecimal}.
 */
final class RdMath {

    private RdMath() {}

    /** The share part's outcome from {@link #evaluate}'s result. */
    static int share(int parts) {
        return parts & 3;
    }

    /** The amount part's outcome from {@link #evaluate}'s result. */
    static int amount(int parts) {
        return parts >> 2;
    }

    /**
     * Both parts: the share's outcome in the low two bits, the amount's above.
     *
     * @param amountYuan the amount as whole yuan, or {@link Long#MIN_VALUE} when it is not
     */
    static int evaluate(Member lead, int last, int years, Bindings.Ratio share, BigDecimal amount, long amountYuan,
                        boolean eachYear, boolean overWindow) {
        int first = last - years + 1;
        List<FiscalYear> stated = lead.fiscalYears();
        int sharePart;
        int amountPart;
        if (eachYear) {
            sharePart = years <= 0 ? FAIL : PASS;
            amountPart = overWindow ? (years <= 0 ? FAIL : PASS) : amountIn(find(stated, last), amount);
            for (int y = first; y <= last; y++) {
                FiscalYear f = find(stated, y);
                Sum rd = new Sum();
                Sum revenue = new Sum();
                rd.add(f == null ? Optional.empty() : f.rdExpense());
                revenue.add(f == null ? Optional.empty() : f.revenue());
                sharePart = Math.min(sharePart, share(rd, revenue, share));
                if (overWindow) {
                    amountPart = Math.min(amountPart, amountIn(f, amount));
                }
            }
        } else {
            Sum rd = new Sum();
            Sum revenue = new Sum();
            for (int y = first; y <= last; y++) {
                FiscalYear f = find(stated, y);
                rd.add(f == null ? Optional.empty() : f.rdExpense());
                revenue.add(f == null ? Optional.empty() : f.revenue());
            }
            sharePart = share(rd, revenue, share);
            amountPart = overWindow ? rd.atLeast(amount, amountYuan, Math.max(years, 0)) : amountIn(find(stated, last), amount);
        }
        return sharePart | amountPart << 2;
    }

    private static FiscalYear find(List<FiscalYear> stated, int year) {
        for (int i = 0; i < stated.size(); i++) {
            FiscalYear f = stated.get(i);
            if (f.year() == year) {
                return f;
            }
        }
        return null;
    }

    /** The year's R&D against the amount. */
    private static int amountIn(FiscalYear f, BigDecimal amount) {
        if (f == null || f.rdExpense().isEmpty()) {
            return amount.signum() == 0 ? PASS : UNKNOWN;
        }
        return f.rdExpense().get().compareTo(amount) >= 0 ? PASS : FAIL;
    }

    private static int share(Sum rd, Sum revenue, Bindings.Ratio share) {
        boolean zeroShare = share.num() == 0;
        boolean revenueKnownPositive = revenue.signum() > 0;
        boolean reachesKnown = Sum.productAtLeast(rd, share.den(), revenue, share.num());
        if (revenueKnownPositive && (zeroShare || (revenue.missing == 0 && reachesKnown))) {
            return PASS;
        }
        boolean revenueCanBePositive = revenueKnownPositive || revenue.missing > 0;
        boolean sometimes = revenueCanBePositive
                && (zeroShare || rd.missing > 0 || (revenueKnownPositive ? reachesKnown : rd.signum() > 0));
        return sometimes ? UNKNOWN : FAIL;
    }

    /** A sum of stated figures and how many were missing: exact, in a long while it can be. */
    private static final class Sum {
        private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
        private long small;
        private BigDecimal big;
        int missing;

        void add(Optional<BigDecimal> figure) {
            if (figure.isEmpty()) {
                missing++;
                return;
            }
            BigDecimal x = figure.get();
            if (big == null && x.scale() == 0 && x.compareTo(LIMIT) <= 0 && small <= Long.MAX_VALUE / 4) {
                small += x.longValue();
            } else {
                big = value().add(x);
            }
        }

        BigDecimal value() {
            return big != null ? big : BigDecimal.valueOf(small);
        }

        int signum() {
            return big != null ? big.signum() : Long.signum(small);
        }

        /** Whether {@code a × x ≥ b × y}. */
        static boolean productAtLeast(Sum a, long x, Sum b, long y) {
            if (a.big == null && b.big == null) {
                long hi1 = Math.multiplyHigh(a.small, x);
                long hi2 = Math.multiplyHigh(b.small, y);
                return hi1 != hi2 ? hi1 > hi2 : Long.compareUnsigned(a.small * x, b.small * y) >= 0;
            }
            return a.value().multiply(BigDecimal.valueOf(x)).compareTo(b.value().multiply(BigDecimal.valueOf(y))) >= 0;
        }

        /** The sum against {@code count × amount}: PASS when the stated figures reach it, FAIL when none is missing and they do not. */
        int atLeast(BigDecimal amount, long amountYuan, int count) {
            boolean reaches;
            if (big == null && amountYuan != Long.MIN_VALUE && amountYuan <= Long.MAX_VALUE / Math.max(count, 1)) {
                reaches = small >= amountYuan * count;
            } else {
                reaches = value().compareTo(amount.multiply(BigDecimal.valueOf(count))) >= 0;
            }
            return reaches ? PASS : missing > 0 ? UNKNOWN : FAIL;
        }
    }
}

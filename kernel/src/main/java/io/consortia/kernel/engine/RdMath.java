package io.consortia.kernel.engine;

import static io.consortia.kernel.engine.Run.FAIL;
import static io.consortia.kernel.engine.Run.PASS;
import static io.consortia.kernel.engine.Run.UNKNOWN;

import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.Member;
import java.math.BigDecimal;
import java.util.Map;

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
 */
final class RdMath {

    private RdMath() {}

    /** The two parts' outcomes. */
    record Parts(int share, int amount) {}

    static Parts evaluate(Member lead, int last, int years, Bindings.Ratio share, BigDecimal amount,
                          boolean eachYear, boolean overWindow) {
        int first = last - years + 1;
        Map<Integer, FiscalYear> finances = lead.finances();
        int sharePart;
        int amountPart;
        if (eachYear) {
            sharePart = years <= 0 ? FAIL : PASS;
            amountPart = overWindow ? (years <= 0 ? FAIL : PASS) : amountIn(finances.get(last), amount);
            for (int y = first; y <= last; y++) {
                FiscalYear f = finances.get(y);
                Sums s = Sums.of(f);
                sharePart = Math.min(sharePart, s.share(share));
                if (overWindow) {
                    amountPart = Math.min(amountPart, amountIn(f, amount));
                }
            }
        } else {
            Sums s = new Sums();
            for (int y = first; y <= last; y++) {
                s.add(finances.get(y));
            }
            sharePart = s.share(share);
            amountPart = overWindow ? s.rdAtLeast(amount.multiply(BigDecimal.valueOf(Math.max(years, 0)))) : amountIn(finances.get(last), amount);
        }
        return new Parts(sharePart, amountPart);
    }

    /** The year's R&D against the amount. */
    private static int amountIn(FiscalYear f, BigDecimal amount) {
        if (f == null || f.rdExpense().isEmpty()) {
            return amount.signum() == 0 ? PASS : UNKNOWN;
        }
        return f.rdExpense().get().compareTo(amount) >= 0 ? PASS : FAIL;
    }

    /** Known sums of some years' figures and how many are missing. */
    private static final class Sums {
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        int rdMissing;
        int revenueMissing;

        static Sums of(FiscalYear f) {
            Sums s = new Sums();
            s.add(f);
            return s;
        }

        void add(FiscalYear f) {
            if (f != null && f.rdExpense().isPresent()) {
                rd = rd.add(f.rdExpense().get());
            } else {
                rdMissing++;
            }
            if (f != null && f.revenue().isPresent()) {
                revenue = revenue.add(f.revenue().get());
            } else {
                revenueMissing++;
            }
        }

        int share(Bindings.Ratio share) {
            BigDecimal num = BigDecimal.valueOf(share.num());
            BigDecimal den = BigDecimal.valueOf(share.den());
            boolean zeroShare = share.num() == 0;
            boolean revenueKnownPositive = revenue.signum() > 0;
            boolean reachesKnown = rd.multiply(den).compareTo(num.multiply(revenue)) >= 0;
            boolean always = revenueKnownPositive && (zeroShare || (revenueMissing == 0 && reachesKnown));
            if (always) {
                return PASS;
            }
            boolean revenueCanBePositive = revenueKnownPositive || revenueMissing > 0;
            boolean sometimes = revenueCanBePositive
                    && (zeroShare || rdMissing > 0 || (revenueKnownPositive ? reachesKnown : rd.signum() > 0));
            return sometimes ? UNKNOWN : FAIL;
        }

        int rdAtLeast(BigDecimal total) {
            if (rd.compareTo(total) >= 0) {
                return PASS;
            }
            return rdMissing > 0 ? UNKNOWN : FAIL;
        }
    }
}

package io.consortia.jurisdiction.neimenggu;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Conditions;
import io.consortia.kernel.rule.Context;
import io.consortia.kernel.rule.Evaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * N5, 三(二): "近三年研究开发费用占营收比例不低于3%或年度研发费用不低于1亿元" — the lead's R&D share over
 * the three fiscal years before the reference year is at least 3% (reading R2 says how), or its
 * R&D expense in the last of those years is at least 100,000,000 yuan.
 *
 * <p>Arithmetic is exact: a share {@code rd / revenue >= 3%} is tested as
 * {@code rd × 100 >= 3 × revenue}, never by dividing. A zero revenue has no share; R&D spent
 * with no revenue is read as an unbounded share (it meets 3%), and zero R&D never meets it, so
 * the share test is {@code rd > 0 ∧ rd × 100 >= 3 × revenue}. That keeps the test monotone: more
 * R&D never hurts and more revenue never helps.
 *
 * <p>Unknowns, per contract §1: a fiscal year missing from {@code finances}, or a figure missing
 * from a year, may take any value. Each part is PASS when it holds whatever the missing figures
 * are (missing R&D taken as 0, missing revenue as unbounded), FAIL when it fails whatever they
 * are (missing R&D unbounded, missing revenue 0), UNKNOWN otherwise; so a whole missing year
 * leaves every part that needs it UNKNOWN. The parts combine by Kleene disjunction (and, under
 * R2's alternative, the years by Kleene conjunction), which is exact here because every part is
 * monotone in the same direction in every figure.
 */
final class RdIntensity implements Condition {

    /** The share, in percent. */
    static final int PERCENT = 3;

    /** The annual amount that suffices on its own, in yuan. */
    static final BigDecimal AMOUNT = BigDecimal.valueOf(100_000_000L);

    /** How many fiscal years "近三年" covers. */
    static final int YEARS = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Evaluation evaluate(Context ctx) {
        Member lead = ctx.lead();
        int last = ctx.asOf().getYear() - 1;
        List<Integer> years = new ArrayList<>();
        for (int y = last - YEARS + 1; y <= last; y++) {
            years.add(y);
        }
        Evaluation share = ctx.alternative(NeimengguReadings.R2) ? eachYear(lead, years, ctx) : summed(lead, years);
        Evaluation amount = amount(lead, last);
        return Conditions.any(c -> share, c -> amount).evaluate(ctx);
    }

    /** R2 default: the three years' sums. */
    private static Evaluation summed(Member lead, List<Integer> years) {
        Figures f = Figures.of(lead, years);
        String span = years.get(0) + "–" + years.get(years.size() - 1);
        return Evaluation.of(f.share(),
                "牵头单位" + span + "年：" + f.describeZh("合计") + "；要求研发费用占营收比例不低于" + PERCENT + "%",
                "the lead, " + span + ": " + f.describeEn("summed") + "; at least " + PERCENT + "% required");
    }

    /** R2 alternative: every one of the years. */
    private static Evaluation eachYear(Member lead, List<Integer> years, Context ctx) {
        List<Condition> parts = new ArrayList<>();
        for (int y : years) {
            Figures f = Figures.of(lead, List.of(y));
            Evaluation e = Evaluation.of(f.share(),
                    "牵头单位" + y + "年：" + f.describeZh("") + "；要求不低于" + PERCENT + "%",
                    "the lead, " + y + ": " + f.describeEn("") + "; at least " + PERCENT + "% required");
            parts.add(c -> e);
        }
        return Conditions.all(parts).evaluate(ctx);
    }

    private static Evaluation amount(Member lead, int year) {
        Optional<BigDecimal> rd = lead.fiscalYear(year).flatMap(FiscalYear::rdExpense);
        if (rd.isEmpty()) {
            return Evaluation.of(Outcome.UNKNOWN,
                    "牵头单位" + year + "年研发费用未填报，无法判断是否不低于1亿元",
                    "the lead's " + year + " R&D expense is not stated, so whether it reaches 100,000,000 yuan is unknown");
        }
        boolean holds = rd.get().compareTo(AMOUNT) >= 0;
        return Evaluation.of(Outcome.of(holds),
                "牵头单位" + year + "年研发费用 " + yuan(rd.get()) + " 元，" + (holds ? "不低于" : "低于") + "1亿元",
                "the lead's " + year + " R&D expense is " + yuan(rd.get()) + " yuan, "
                        + (holds ? "at least" : "below") + " 100,000,000 yuan");
    }

    /** The share test on complete figures: {@code rd > 0 ∧ rd × 100 >= 3 × revenue}. */
    static boolean shareHolds(BigDecimal rd, BigDecimal revenue) {
        return rd.signum() > 0 && rd.multiply(HUNDRED).compareTo(revenue.multiply(BigDecimal.valueOf(PERCENT))) >= 0;
    }

    /** 135000000 → "135,000,000"; fractional amounts as they are. (Not String.format: hot path.) */
    static String yuan(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 0) {
            return amount.toPlainString();
        }
        String digits = amount.toBigInteger().toString();
        int sign = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > sign && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * The known figures of some years and how many are missing.
     *
     * @param rd the sum of the R&D expense that is known
     * @param rdMissing how many of the years have no R&D figure
     * @param revenue the sum of the revenue that is known
     * @param revenueMissing how many of the years have no revenue figure
     * @param rdGaps the years with no R&D figure
     * @param revenueGaps the years with no revenue figure
     */
    private record Figures(BigDecimal rd, int rdMissing, BigDecimal revenue, int revenueMissing,
                           List<Integer> rdGaps, List<Integer> revenueGaps) {

        static Figures of(Member m, List<Integer> years) {
            BigDecimal rd = BigDecimal.ZERO;
            BigDecimal revenue = BigDecimal.ZERO;
            List<Integer> rdGaps = new ArrayList<>();
            List<Integer> revenueGaps = new ArrayList<>();
            for (int y : years) {
                Optional<FiscalYear> fy = m.fiscalYear(y);
                Optional<BigDecimal> r = fy.flatMap(FiscalYear::rdExpense);
                Optional<BigDecimal> v = fy.flatMap(FiscalYear::revenue);
                if (r.isPresent()) {
                    rd = rd.add(r.get());
                } else {
                    rdGaps.add(y);
                }
                if (v.isPresent()) {
                    revenue = revenue.add(v.get());
                } else {
                    revenueGaps.add(y);
                }
            }
            return new Figures(rd, rdGaps.size(), revenue, revenueGaps.size(), List.copyOf(rdGaps), List.copyOf(revenueGaps));
        }

        /**
         * PASS when the share holds with missing R&D at 0 and no revenue missing; FAIL when it
         * fails with missing revenue at 0 and no R&D missing; UNKNOWN otherwise.
         */
        Outcome share() {
            boolean onKnown = shareHolds(rd, revenue);
            if (revenueMissing == 0 && onKnown) {
                return Outcome.PASS;
            }
            if (rdMissing == 0 && !onKnown) {
                return Outcome.FAIL;
            }
            return Outcome.UNKNOWN;
        }

        private boolean complete() {
            return rdGaps.isEmpty() && revenueGaps.isEmpty();
        }

        private String percent() {
            return rd.multiply(HUNDRED).divide(revenue, 2, RoundingMode.DOWN).toPlainString() + "%";
        }

        String describeZh(String summed) {
            String known = "研发费用" + summed + " " + yuan(rd) + " 元、营收" + summed + " " + yuan(revenue) + " 元";
            if (complete()) {
                return known + (revenue.signum() == 0
                        ? (rd.signum() > 0 ? "（营收为0而有研发投入，视为满足比例）" : "（营收与研发费用均为0，不满足比例）")
                        : "，占比 " + percent());
            }
            String missing = (rdGaps.isEmpty() ? "" : join(rdGaps, y -> y + "年", "、") + "研发费用未填报")
                    + (!rdGaps.isEmpty() && !revenueGaps.isEmpty() ? "，" : "")
                    + (revenueGaps.isEmpty() ? "" : join(revenueGaps, y -> y + "年", "、") + "营收未填报");
            return missing + "（其余年份" + known + "）";
        }

        String describeEn(String when) {
            String known = "R&D expense" + (when.isEmpty() ? "" : " " + when) + " is " + yuan(rd) + " yuan against revenue of " + yuan(revenue) + " yuan";
            if (complete()) {
                return known + (revenue.signum() == 0
                        ? (rd.signum() > 0 ? " (no revenue but some R&D: read as meeting the share)" : " (no revenue and no R&D: the share is not met)")
                        : ", a share of " + percent());
            }
            String missing = (rdGaps.isEmpty() ? "" : "R&D expense not stated for " + join(rdGaps, String::valueOf, ", "))
                    + (!rdGaps.isEmpty() && !revenueGaps.isEmpty() ? "; " : "")
                    + (revenueGaps.isEmpty() ? "" : "revenue not stated for " + join(revenueGaps, String::valueOf, ", "));
            return missing + " (what is known: " + known + ")";
        }

        private static String join(List<Integer> years, Function<Integer, String> show, String separator) {
            return String.join(separator, years.stream().map(show).toList());
        }
    }
}

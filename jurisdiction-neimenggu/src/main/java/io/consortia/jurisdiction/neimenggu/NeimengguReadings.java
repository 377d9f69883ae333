package io.consortia.jurisdiction.neimenggu;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.text.Text;

/**
 * The readings only Inner Mongolia's rules consult (policy-catalog.md v2, "Readings"). R1 does not
 * apply here: 三(三) says 成员单位(含牵头单位), so N7–N10 always count the lead; R6 does not apply
 * either: N6 always counts only the Inner Mongolia programme.
 */
final class NeimengguReadings {

    private NeimengguReadings() {}

    /**
     * R2, rule N5: how is "近三年研究开发费用占营收比例不低于3%" computed? Default: the three years'
     * sums; alternative: every one of the three years. Under R8=window it also says how the
     * amount is taken over the window (the annual average, or every year).
     */
    static final Reading R2 = new Reading("R2",
            Text.of("内蒙古 N5：“近三年研究开发费用占营收比例不低于3%”如何计算？",
                    "Inner Mongolia N5: how is \"R&D expense at least 3% of revenue over the last three years\" computed?"),
            "sum",
            Text.of("三年研发费用之和占三年营收之和的比例不低于3%",
                    "the three years' R&D expense, summed, is at least 3% of their revenue, summed"),
            "each",
            Text.of("三年中每一年的研发费用占当年营收比例均不低于3%",
                    "in each of the three years, R&D expense is at least 3% of that year's revenue"));

    /**
     * R3, rule N10: what does "应分布在产业链上中下游" require of the enterprise members? Default: all
     * three positions; alternative: at least two of the three.
     */
    static final Reading R3 = new Reading("R3",
            Text.of("内蒙古 N10：企业成员“分布在产业链上中下游”指什么？",
                    "Inner Mongolia N10: what does \"spread over the upstream, midstream and downstream of the chain\" require?"),
            "all",
            Text.of("上游、中游、下游三个环节都有企业成员",
                    "enterprise members at all three positions: upstream, midstream and downstream"),
            "two",
            Text.of("上、中、下游三个环节中至少两个有企业成员",
                    "enterprise members at two or more of the three positions"));

    /**
     * R8, rule N5: which year is "年度研发费用不低于1亿元"? Default: the last fiscal year before the
     * reference year (Y-1); alternative: 「近三年」 governs both halves of 「或」, so the amount is
     * taken over the window (the annual average under R2=sum, every year under R2=each).
     */
    static final Reading R8 = new Reading("R8",
            Text.of("内蒙古 N5：“年度研发费用不低于1亿元”指哪一年？",
                    "Inner Mongolia N5: which year does \"annual R&D expense of at least 100,000,000 yuan\" mean?"),
            "last",
            Text.of("参考日期前的最近一个财年（Y-1）的研发费用",
                    "the R&D expense of the last fiscal year before the reference year (Y-1)"),
            "window",
            Text.of("“近三年”同样及于金额：R2=sum 时取三年年均，R2=each 时每一年均须达到",
                    "\"the last three years\" governs the amount too: the annual average under R2=sum, every year under R2=each"));
}

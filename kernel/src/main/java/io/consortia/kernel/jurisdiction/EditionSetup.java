package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.parameter.Param;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * What an edition registers into: its parameters, outline, rules, support measures and lifecycle.
 * Implemented by the kernel only; new methods may be added in later versions.
 *
 * <p>Every threshold, count, share, amount, period and list a rule, a procedure or a measure uses
 * is a parameter declared here, once, with the sentence it comes from: rules refer to the handle,
 * never to a literal. A declaration is finished with {@link ParamDraft#cites} and {@link
 * ParamDraft#means}; the kernel checks at load that the sentence occurs verbatim in the document.
 *
 * @since 0.1
 */
public interface EditionSetup {

    /** The date the edition takes effect; by default the document's date of issue, or always if undated. */
    EditionSetup inForceFrom(LocalDate date);

    /** Target, naming, route and fields. */
    EditionSetup outline(Outline outline);

    /**
     * Starts a rule; finish it with {@link RuleDraft#test}. Rules are listed in the order
     * registered.
     *
     * @param catalogId the id in policy-catalog.md, {@code S5}, with a suffix where split, {@code S5.a}
     * @param clause the clause in the document's numbering, {@code 三(二)1}
     */
    RuleDraft rule(String catalogId, Strength strength, String clause);

    /** A support measure. */
    EditionSetup measure(SupportMeasure measure);

    /**
     * The lifecycle the edition governs, stated through its registrar: procedure, notice,
     * validity, reports, evaluations, guards on changes, endings, sanctions, and transitions of
     * the jurisdiction's own. Every call returns the same registrar. Its thresholds are this
     * edition's parameters; its quotes are checked against the document like rule quotes.
     *
     * @since 0.2
     */
    io.consortia.kernel.lifecycle.LifecycleSetup lifecycle();

    // ------------------------------------------------------------------ parameters (since 0.2)

    /**
     * A whole number of things ("不少于8个").
     *
     * @param name the name within the jurisdiction, {@code S1.minimum}
     */
    ParamDraft<Integer> count(String name, int value);

    /** A share, written as a decimal ({@code "0.6"} for "不低于60%"). */
    ParamDraft<BigDecimal> share(String name, String value);

    /** An amount of money in yuan ({@code 100000000} for "1亿元"). */
    ParamDraft<BigDecimal> amount(String name, long yuan);

    /** A period in working days ("不少于5个工作日"). */
    ParamDraft<Integer> workingDays(String name, int value);

    /** A period in calendar days. */
    ParamDraft<Integer> days(String name, int value);

    /** A period in years ("三年内"). */
    ParamDraft<Integer> years(String name, int value);

    /** A calendar year ("到2027年"). */
    ParamDraft<Integer> year(String name, int value);

    /**
     * A date ("2020年1月1日以后成立"), which tests of own date facts compare with.
     *
     * @since 0.3
     */
    ParamDraft<LocalDate> date(String name, LocalDate value);

    /**
     * A list of choices of an own fact ({@code OwnTest.oneOf}): overrides must name the fact's
     * choices, and so must the items.
     *
     * @since 0.3
     */
    ParamDraft<List<String>> list(String name, io.consortia.kernel.profile.OwnFact<String> choiceOf, List<String> items);

    /** A day of the year ("次年1月31日前"). */
    ParamDraft<MonthDay> monthDay(String name, MonthDay value);

    /** A list of free-text items (industry fields). */
    ParamDraft<List<String>> list(String name, List<String> items);

    /** A list of constants of an enum (platform levels, platform types): overrides must name constants. */
    <E extends Enum<E>> ParamDraft<List<String>> list(String name, Class<E> type, List<E> items);

    /**
     * The policy's target ("到2027年建设5个左右创新联合体"): the parameters {@code target.count} and
     * {@code target.year}, both citing the sentence that states them.
     *
     * @param atLeast true for "以上" (at least), false for "左右" (about)
     */
    default Target target(int count, boolean atLeast, int byYear, String clause, String quote) {
        return new Target(
                count("target.count", count).cites(clause, quote).means(atLeast ? "建设目标数量（以上）" : "建设目标数量（左右）",
                        atLeast ? "target number of consortia (at least)" : "target number of consortia (about)"),
                atLeast,
                year("target.year", byYear).cites(clause, quote).means("建设目标年份", "target year"),
                clause);
    }

    /**
     * A parameter being declared: usable as a handle at once, finished with its clause, sentence
     * and meaning.
     *
     * @param <T> the value's type
     */
    interface ParamDraft<T> extends Param<T> {

        /** The clause and the sentence, verbatim from the document, that state the value. */
        ParamDraft<T> cites(String clause, String quote);

        /** What the parameter is, in Chinese and English. */
        ParamDraft<T> means(String zh, String en);

        /** What the parameter is across policies ({@link io.consortia.kernel.parameter.Concepts}). */
        ParamDraft<T> concept(String concept);
    }
}

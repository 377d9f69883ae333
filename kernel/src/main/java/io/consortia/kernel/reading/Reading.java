package io.consortia.kernel.reading;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * A switchable interpretation of an ambiguous clause (policy-catalog.md, "Readings"): a question
 * with a default answer and one alternative. An assessment runs each reading as the default
 * unless a {@link ReadingSet} switches it.
 *
 * @param id the catalog id, {@code R1}
 * @param question the question the reading answers
 * @param defaultOption the name of the default answer, as a user types it ({@code yes})
 * @param defaultMeaning what the default answer means
 * @param alternativeOption the name of the alternative answer ({@code no})
 * @param alternativeMeaning what the alternative means
 */
public record Reading(String id, Text question, String defaultOption, Text defaultMeaning,
                      String alternativeOption, Text alternativeMeaning) {

    public Reading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(defaultMeaning, "defaultMeaning");
        Objects.requireNonNull(alternativeMeaning, "alternativeMeaning");
        if (defaultOption.equals(alternativeOption)) {
            throw new IllegalArgumentException("a reading's two options differ: " + id);
        }
    }

    /**
     * R1: does the lead count toward "member units"? Shared by 永川 Y2, 苏州 S1 and 济源 J5-J7.
     * Default yes.
     */
    public static final Reading R1 = new Reading("R1",
            Text.of("牵头单位是否计入“成员单位”？", "Does the lead count toward \"member units\"?"),
            "yes", Text.of("计入", "the lead counts as a member unit"),
            "no", Text.of("不计入", "the lead does not count as a member unit"));

    /**
     * R6: does a bar or a consortium recorded under another jurisdiction count for the
     * cross-consortium rules (苏州 S12, 青岛 Q10, 内蒙古 N6)? The catalog says a defaulting lead is barred
     * "from leading or being a core member of any consortium" and N6 asks that the lead "leads no
     * other consortium": by default, yes. The alternative reads each policy as binding only within
     * its own programme. Not in the catalog's table; added by the project (ADR 0005).
     */
    public static final Reading R6 = new Reading("R6",
            Text.of("其他地区的限制或联合体是否计入跨联合体规则？", "Do bars and consortia recorded under other jurisdictions count for the cross-consortium rules?"),
            "any", Text.of("计入：限制适用于任何创新联合体", "yes: a bar applies to any consortium, and any other consortium led counts"),
            "own", Text.of("仅计入本地区的限制和联合体", "only bars imposed and consortia recorded in the assessing jurisdiction count"));

    /** Whether the option names this reading's alternative; {@code default}/{@code alternative} also work. */
    public boolean isAlternative(String option) {
        return option.equals(alternativeOption) || option.equals("alternative") || option.equals("alt");
    }

    /** Whether the option is one this reading accepts. */
    public boolean accepts(String option) {
        return isAlternative(option) || option.equals(defaultOption) || option.equals("default");
    }

    /** The option's name for a choice. */
    public String option(boolean alternative) {
        return alternative ? alternativeOption : defaultOption;
    }

    /** What the choice means. */
    public Text meaning(boolean alternative) {
        return alternative ? alternativeMeaning : defaultMeaning;
    }
}

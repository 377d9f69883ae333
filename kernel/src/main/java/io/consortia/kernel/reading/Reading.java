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
     * The id's hash: equal readings have equal ids, so this agrees with the record's {@code
     * equals}. Written out because the record's own hashCode is linked by an invokedynamic
     * bootstrap that a command's start pays for (rules put readings in hash sets; docs/performance.md).
     */
    @Override
    public int hashCode() {
        return id.hashCode();
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
     * R4: which enterprises count as "上下游" (济源 J7, J16; 青岛 Q2)? The texts pair "上下游" as a
     * figure of speech for the whole chain (济源 三(三)3 asks every enterprise member to be
     * "处于本产业领域产业链上下游环节"), so the default counts any chain position; the alternative
     * takes the words literally and leaves the midstream out. OUTSIDE never counts.
     */
    public static final Reading R4 = new Reading("R4",
            Text.of("哪些企业计为“产业链上下游企业”？", "Which enterprises count as \"up- and downstream enterprises of the chain\"?"),
            "any", Text.of("处于产业链任一环节（上游、中游或下游）的企业均计入",
                    "an enterprise at any chain position (upstream, midstream or downstream) counts"),
            "updown", Text.of("仅计入处于产业链上游或下游的企业，中游企业不计入",
                    "only enterprises placed upstream or downstream count; the midstream does not"));

    /**
     * R6: which bars count for 苏州 S12 and 青岛 Q10? By default only bars imposed under the
     * assessing jurisdiction (each policy binds its own programme); the alternative counts bars
     * recorded under any jurisdiction. (内蒙古 N6 always counts only its own programme.)
     */
    public static final Reading R6 = new Reading("R6",
            Text.of("苏州 S12、青岛 Q10：哪些禁止期计入？", "Suzhou S12, Qingdao Q10: which bars count?"),
            "own", Text.of("仅计入本地区作出的禁止", "only bars imposed under the assessing jurisdiction"),
            "any", Text.of("计入任何地区记录的禁止", "bars recorded under any jurisdiction"));

    /**
     * R9: how are days counted (济源's notice, 青岛's validity, the 3-year bars)? By default the
     * start day counts; the alternative counts as 《民法典》第二百零一条 does, the start day not
     * counted, and a period in years ends on the corresponding day (第二百零二条).
     */
    public static final Reading R9 = new Reading("R9",
            Text.of("期间如何计算？", "How are periods counted?"),
            "inclusive", Text.of("起始日计入：3年期自2024-03-01起至2027-02-28止",
                    "the start day counts: a 3-year bar from 2024-03-01 last applies on 2027-02-28"),
            "civil", Text.of("按《民法典》第二百零一条，起始日不计入：3年期自2024-03-01起至2027-03-01止",
                    "as the Civil Code (art. 201) counts, the start day does not count: the bar applies until 2027-03-01"));

    /** The day count a reading set chooses under R9. */
    public static io.consortia.kernel.calendar.DayCount dayCount(ReadingSet readings) {
        return readings.isAlternative(R9) ? io.consortia.kernel.calendar.DayCount.CIVIL : io.consortia.kernel.calendar.DayCount.INCLUSIVE;
    }

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

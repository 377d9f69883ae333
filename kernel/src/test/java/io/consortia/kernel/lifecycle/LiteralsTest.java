package io.consortia.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.testkit.Literals;
import org.junit.jupiter.api.Test;

/** The literal check the TCK runs on *Lifecycle.java finds what it should and nothing else. */
class LiteralsTest {

    @Test
    void findsANumberOutsideADeclarationAndIgnoresDeclarationsStringsAndComments() {
        String source = """
                class X {
                    // 5 working days
                    void register(EditionSetup e) {
                        Param<Integer> days = e.workingDays("notice.workingDays", 5).cites("四(三)", "不少于5个工作日");
                        Param<MonthDay> due = e.monthDay("report.due", MonthDay.of(12, 31)).cites("六(一)", "12月31日前");
                        e.lifecycle().validity(years(3), Clause.of("五(六)"));  /* a 3 in a comment */
                        String s = "barred for 3 years";
                    }
                }
                """;
        assertThat(Literals.outsideDeclarations(source)).containsExactly("line 6: 3");
    }
}

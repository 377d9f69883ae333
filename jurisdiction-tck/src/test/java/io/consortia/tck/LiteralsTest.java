package io.consortia.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The literal check finds what it should and nothing else. */
class LiteralsTest {

    @Test
    void findsANumberOutsideADeclarationAndIgnoresDeclarationsTargetsDocumentDatesStringsAndComments() {
        String source = """
                class X {
                    // 5 working days
                    void register(EditionSetup e) {
                        Param<Integer> days = e.workingDays("notice.workingDays", 5).cites("四(三)", "不少于5个工作日");
                        Param<MonthDay> due = e.monthDay("report.due", MonthDay.of(12, 31)).cites("六(一)", "12月31日前");
                        e.lifecycle().validity(years(3), Clause.of("五(六)"));  /* a 3 in a comment */
                        String s = "barred for 3 years";
                        e = setup.edition(new Document(title, Optional.empty(), issuer, Optional.of(LocalDate.of(2023, 4, 12)), Set.of(), text));
                        e.inForceFrom(LocalDate.of(2024, 1, 1));
                        Param<LocalDate> since = e.date("L4.since", LocalDate.of(2020, 1, 1)).cites("第四条", "2020年1月1日以后");
                        e.outline(new Outline(Optional.of(e.target(5, false, 2027, "二", "到2027年建设5个左右创新联合体")), naming));
                        if (members.size() > 8) {
                        }
                    }
                }
                """;
        assertThat(Literals.outsideDeclarations(source)).containsExactly("line 6: 3", "line 12: 8");
    }
}

package io.consortia.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Unit;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StepTest {

    /** A month-day parameter, as an edition declares one. */
    private record Due(MonthDay value) implements Param<MonthDay> {
        @Override
        public String localName() {
            return "report.due";
        }

        @Override
        public Unit unit() {
            return Unit.MONTH_DAY;
        }
    }

    @Test
    void aDeadlineNamesTheMonthInEnglishAsTheJdkDoes() {
        Step step = Step.of("report", "报送", "report", CoreState.ESTABLISHED, Clause.of("六(一)"), Actor.APPLICANT);
        for (Month m : Month.values()) {
            Step due = step.deadline("次年{0}前", "by {0} of the next year", new Due(MonthDay.of(m, 28)));
            assertThat(due.deadline().orElseThrow().en()).isEqualTo("by 28 " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " of the next year");
            assertThat(due.deadline().orElseThrow().zh()).isEqualTo("次年" + m.getValue() + "月28日前");
        }
    }
}

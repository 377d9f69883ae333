package io.consortia.calendar;

import static io.consortia.kernel.calendar.CalendarMode.STATUTORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** holiday-cn files read with every problem in its place, and years from several sources assembled. */
class HolidayCnTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The State Council's arrangement for 2027 as a user would save it (the dates are the test's own). */
    static final String Y2027 = """
            {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json", "year": 2027, "papers": [],
             "days": [
               {"name": "国庆节", "date": "2027-09-26", "isOffDay": false},
               {"name": "国庆节", "date": "2027-10-01", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-02", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-03", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-04", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-05", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-06", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-07", "isOffDay": true},
               {"name": "国庆节", "date": "2027-10-09", "isOffDay": false}]}
            """;

    private static ReadResult<CalendarYear> read(String json) throws Exception {
        return HolidayCn.read(JSON.readValue(json, Object.class), "test.json");
    }

    private static List<String> errors(ReadResult<CalendarYear> r) {
        return r.result().isInvalid() ? r.result().getError().map(Problem::toString).toJavaList() : List.of();
    }

    @Test
    void readsAYearWithItsRestDaysAndAdjustedWorkingDays() throws Exception {
        ReadResult<CalendarYear> r = read(Y2027);
        assertThat(errors(r)).isEmpty();
        assertThat(r.warnings()).isEmpty();
        CalendarYear y = r.result().get();
        assertThat(y.year()).isEqualTo(2027);
        assertThat(y.offDays()).hasSize(7).containsKey(LocalDate.of(2027, 10, 1));
        assertThat(y.workdays()).containsOnlyKeys(LocalDate.of(2027, 9, 26), LocalDate.of(2027, 10, 9));
        assertThat(y.source()).isEqualTo("test.json");
    }

    @Test
    void namesThePlaceOfEveryProblem() throws Exception {
        ReadResult<CalendarYear> r = read("""
                {"year": 2027, "extra": 1, "days": [
                  {"name": "国庆节", "date": "2027-10-32", "isOffDay": true},
                  {"name": "", "date": "2027-10-02", "isOffDay": true},
                  {"name": "国庆节", "date": "2027-10-03"},
                  {"name": "国庆节", "date": "2029-10-03", "isOffDay": true},
                  {"name": "国庆节", "date": "2027-10-05", "isOffDay": "yes"},
                  {"name": "国庆节", "date": "2027-10-06", "isOffDay": true},
                  {"name": "国庆节", "date": "2027-10-06", "isOffDay": false}]}
                """);
        assertThat(errors(r)).anySatisfy(e -> assertThat(e).startsWith("days[0].date: expected a date"))
                .anySatisfy(e -> assertThat(e).startsWith("days[1].name"))
                .anySatisfy(e -> assertThat(e).isEqualTo("days[2].isOffDay: required field is missing"))
                .anySatisfy(e -> assertThat(e).startsWith("days[3].date: 2029-10-03 is not in 2027"))
                .anySatisfy(e -> assertThat(e).startsWith("days[4].isOffDay"))
                .anySatisfy(e -> assertThat(e).startsWith("days[6].date: 2027-10-06 is listed twice (also at days[5].date)"));
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.path()).isEqualTo("extra"));
        assertThat(errors(read("{\"days\": []}"))).containsExactly("year: required field is missing");
        assertThat(errors(read("{\"year\": 2201, \"days\": []}"))).singleElement().asString().contains("between 1900 and 2200");
        assertThat(errors(read("[1]"))).singleElement().asString().contains("expected a mapping");
    }

    @Test
    void aLaterSourceAddsAYearOrReplacesOneWhole() throws Exception {
        CalendarYear y2027 = read(Y2027).result().get();
        List<CalendarYear> layers = new ArrayList<>(ChineseStatutoryCalendar.bundled());
        layers.add(y2027);
        StatutoryCalendar cal = StatutoryCalendar.of(layers);
        assertThat(cal.calendar().coveredYears().last()).isEqualTo(2027);
        assertThat(cal.source(2027)).contains("test.json");
        assertThat(cal.source(2026)).hasValueSatisfying(s -> assertThat(s).startsWith("bundled"));
        assertThat(cal.calendar().isWorkingDay(LocalDate.of(2027, 10, 4), STATUTORY).get().value()).isFalse();
        assertThat(cal.calendar().isWorkingDay(LocalDate.of(2027, 9, 26), STATUTORY).get().value()).as("an adjusted Sunday").isTrue();
        assertThat(cal.calendar().adjustedWorkday(LocalDate.of(2027, 9, 26))).contains("国庆节补班");
        // A replacement 2025 that moves nothing off: 1 October 2025 becomes an ordinary Wednesday.
        layers.add(read("{\"year\": 2025, \"days\": []}").result().get().from("replacement.json"));
        StatutoryCalendar replaced = StatutoryCalendar.of(layers);
        assertThat(replaced.source(2025)).contains("replacement.json");
        assertThat(replaced.calendar().isWorkingDay(LocalDate.of(2025, 10, 1), STATUTORY).get().value()).isTrue();
        assertThat(replaced.calendar().isWorkingDay(LocalDate.of(2024, 10, 1), STATUTORY).get().value()).isFalse();
    }
}

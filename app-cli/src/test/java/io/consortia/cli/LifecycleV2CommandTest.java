package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} with catalog v2's options ({@code --reading R9}, {@code --set}, {@code
 * --calendar}, the user calendar directory) and {@code consortia calendar}; bad input exits 2.
 */
class LifecycleV2CommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIR = "examples/histories/";
    private static final String CAL_2027 = "examples/calendar/2027-illustrative.json";

    @TempDir
    Path tmp;

    private static JsonNode json(Map<String, String> env, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--format");
        all.add("json");
        Cli.Result r = Cli.runWith(env, all.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode json(String... args) throws IOException {
        return json(Map.of(), args);
    }

    private static JsonNode entry(JsonNode sim, int index) {
        for (JsonNode e : sim.get("timeline")) {
            if (e.has("index") && e.get("index").asInt() == index) {
                return e;
            }
        }
        throw new AssertionError("no timeline entry for events[" + index + "]");
    }

    private static String notes(JsonNode e) {
        return e.has("notes") ? e.get("notes").toString() : "";
    }

    @Test
    void a2027CalendarFileMovesTheEarliestEndOfA2027NoticePastNationalDay() throws IOException {
        JsonNode with = json("simulate", DIR + "jiyuan-2027-notice.yaml", "--calendar", CAL_2027, "--lang", "EN");
        assertThat(notes(entry(with, 2))).contains("2027-10-12").contains("NOTICE_EARLIEST_END");
        assertThat(entry(with, 3).get("accepted").asBoolean()).as("11 October: 4 working days").isFalse();
        assertThat(entry(with, 4).get("accepted").asBoolean()).isTrue();
        assertThat(with.get("calendar").get("approximatedYears")).isEmpty();
        assertThat(with.get("calendar").get("sources").get("2027").asText()).isEqualTo(CAL_2027);
        JsonNode approximated = json("simulate", DIR + "jiyuan-2027-notice.yaml", "--approximate-weekdays", "--lang", "EN");
        assertThat(notes(entry(approximated, 2))).contains("2027-10-06");
        assertThat(entry(approximated, 3).get("accepted").asBoolean()).isTrue();
        assertThat(approximated.get("calendar").get("approximatedYears").get(0).asInt()).isEqualTo(2027);
        Cli.Result without = Cli.run("simulate", DIR + "jiyuan-2027-notice.yaml");
        assertThat(without.status()).isEqualTo(2);
        assertThat(without.err()).contains("2027-09-30 lies outside the years").contains("--calendar").doesNotContain("Exception");
    }

    @Test
    void theUserCalendarDirectoryAddsYearsAsCalendarFilesDoAndConsortiaCalendarSaysWhereEachComesFrom() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("calendar"));
        Files.copy(Path.of(CAL_2027), dir.resolve("2027.json"));
        Map<String, String> env = Map.of("CONSORTIA_CALENDAR_DIR", dir.toString());
        JsonNode s = json(env, "simulate", DIR + "jiyuan-2027-notice.yaml", "--lang", "EN");
        assertThat(entry(s, 3).get("accepted").asBoolean()).isFalse();
        Cli.Result years = Cli.runWith(env, "calendar", "--lang", "EN");
        assertThat(years.status()).isZero();
        assertThat(years.out()).contains("2000-2026  bundled").contains("2027  " + dir.resolve("2027.json"))
                .contains("user calendar directory: " + dir + " ($CONSORTIA_CALENDAR_DIR)");
        Cli.Result home = Cli.runWith(Map.of("HOME", tmp.toString()), "calendar");
        assertThat(home.out()).contains(tmp.resolve(".config/consortia/calendar").toString()).doesNotContain("2027  ");
        Cli.Result missing = Cli.runWith(Map.of("CONSORTIA_CALENDAR_DIR", tmp.resolve("nowhere").toString()), "calendar");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("CONSORTIA_CALENDAR_DIR").contains("not a directory");
    }

    @Test
    void consortiaCalendarListsAYearsDaysAndSaysWhenAYearIsNotCovered() throws IOException {
        Cli.Result y2027 = Cli.run("calendar", "2027", "--calendar", CAL_2027, "--lang", "EN");
        assertThat(y2027.status()).isZero();
        assertThat(y2027.out()).contains("2027 from " + CAL_2027).contains("2027-10-01 FRI  rest day          国庆节")
                .contains("2027-10-09 SAT  adjusted workday  国庆节").contains("7 rest days, 1 adjusted working days");
        assertThat(Cli.run("calendar", "2030").out()).contains("2030 is not covered");
        JsonNode j = json("calendar", "2025");
        assertThat(j.get("years")).singleElement().satisfies(y -> {
            assertThat(y.get("year").asInt()).isEqualTo(2025);
            assertThat(y.get("source").asText()).startsWith("bundled");
            assertThat(y.get("days").get(0).get("date").asText()).isEqualTo("2025-01-01");
            assertThat(y.get("days").get(0).get("isOffDay").asBoolean()).isTrue();
        });
        for (String bad : List.of("1899", "2201", "twenty")) {
            Cli.Result r = Cli.run("calendar", bad);
            assertThat(r.status()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("1900 to 2200");
        }
    }

    @Test
    void aMalformedCalendarFileIsBadInputNamingTheFileTheLineAndThePlace() throws IOException {
        Path bad = tmp.resolve("2027.json");
        Files.writeString(bad, """
                {"year": 2027,
                 "days": [
                   {"name": "国庆节", "date": "2027-10-32", "isOffDay": true},
                   {"name": "国庆节", "date": "2027-10-02"}]}
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("simulate", DIR + "jiyuan-2027-notice.yaml", "--calendar", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ":3: days[0].date: expected a date").contains(bad + ":4: days[1].isOffDay: required field is missing")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Path notJson = tmp.resolve("broken.json");
        Files.writeString(notJson, "{\"year\": 2027, \"days\": [", StandardCharsets.UTF_8);
        Cli.Result broken = Cli.run("calendar", "--calendar", notJson.toString());
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).contains(notJson.toString()).doesNotContain("Exception");
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        Files.copy(bad, dir.resolve("2027.json"));
        Cli.Result fromDir = Cli.runWith(Map.of("CONSORTIA_CALENDAR_DIR", dir.toString()), "calendar");
        assertThat(fromDir.status()).isEqualTo(2);
        assertThat(fromDir.err()).contains(dir.resolve("2027.json") + ":3: days[0].date");
        Cli.Result absent = Cli.run("calendar", "--calendar", tmp.resolve("absent.json").toString());
        assertThat(absent.status()).isEqualTo(2);
        assertThat(absent.err()).contains("absent.json: no such file");
    }

    @Test
    void r9CountsTheNoticeTheValidityAndTheBarsAsTheReadingSays() throws IOException {
        JsonNode inclusive = json("simulate", DIR + "jiyuan-nonferrous-national-day.yaml", "--lang", "EN");
        JsonNode civil = json("simulate", DIR + "jiyuan-nonferrous-national-day.yaml", "--reading", "R9=civil", "--lang", "EN");
        assertThat(notes(entry(inclusive, 2))).contains("2025-10-09");
        assertThat(notes(entry(civil, 2))).contains("2025-10-10").contains("first day not counting");
        assertThat(entry(civil, 4).get("accepted").asBoolean()).as("9 October is only the 4th day after the first").isFalse();
        assertThat(civil.get("readings").get("R9").asText()).isEqualTo("civil");
        JsonNode qingdao = json("simulate", DIR + "qingdao-valid-until.yaml", "--lang", "EN");
        assertThat(notes(entry(qingdao, 4))).contains("VALIDITY_OVER_3_YEARS");
        assertThat(notes(entry(qingdao, 5))).contains("CHANGE_WITHOUT_PROJECT");
        assertThat(entry(qingdao, 7).get("accepted").asBoolean()).isTrue();
        assertThat(qingdao.get("sanctions").get(0).get("until").asText()).isEqualTo("2029-01-31");
        JsonNode qingdaoCivil = json("simulate", DIR + "qingdao-valid-until.yaml", "--reading", "R9=civil", "--lang", "EN");
        assertThat(entry(qingdaoCivil, 7).get("accepted").asBoolean()).isFalse();
        assertThat(qingdaoCivil.get("sanctions").get(0).get("until").asText()).isEqualTo("2029-02-01");
        Cli.Result bad = Cli.run("simulate", DIR + "qingdao-valid-until.yaml", "--reading", "R9=sometimes");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("R9 takes inclusive");
    }

    @Test
    void setOverridesAThresholdForTheRunAndSaysSo() throws IOException {
        JsonNode seven = json("simulate", DIR + "jiyuan-nonferrous-national-day.yaml", "--set", "jiyuan.notice.workingDays=7", "--lang", "EN");
        assertThat(notes(entry(seven, 2))).contains("at least 7 working days").contains("2025-10-11");
        assertThat(entry(seven, 4).get("accepted").asBoolean()).isFalse();
        assertThat(seven.get("overrides")).singleElement().satisfies(o -> {
            assertThat(o.get("name").asText()).isEqualTo("jiyuan.notice.workingDays");
            assertThat(o.get("value").asInt()).isEqualTo(7);
            assertThat(o.get("declared").asInt()).isEqualTo(5);
        });
        Cli.Result text = Cli.run("simulate", DIR + "jiyuan-nonferrous-national-day.yaml", "--set", "jiyuan.notice.workingDays=7", "--lang", "EN");
        assertThat(text.out()).contains("overrides (this run only): jiyuan.notice.workingDays=7 (declared 5)");
        JsonNode due = json("simulate", DIR + "yongchuan-smart-equipment-poor.yaml", "--set", "yongchuan.report.due=02-28");
        assertThat(due.get("obligations").get(2).get("due").asText()).isEqualTo("2027-02-28");
        assertThat(due.get("obligations").get(2).get("late").asBoolean()).as("10 February is now on time").isFalse();
        for (String spec : List.of("jiyuan.notice.workingDays=-1", "jiyuan.notice.days=7", "jiyuan.notice.workingDays=seven")) {
            Cli.Result r = Cli.run("simulate", DIR + "jiyuan-nonferrous-national-day.yaml", "--set", spec);
            assertThat(r.status()).as(spec).isEqualTo(2);
            assertThat(r.err()).as(spec).contains("--set jiyuan.notice").doesNotContain("Exception");
        }
    }

    @Test
    void aFarAsOfDateFinishesAndAReportYearOutOfRangeIsBadInput() throws IOException {
        // The command takes dates up to 2200 (a later one is bad input); the kernel's own bound is
        // tested to LocalDate.MAX (CatalogV2LifecycleTest).
        JsonNode far = json("simulate", DIR + "yongchuan-smart-equipment-poor.yaml", "--as-of", "2200-12-31");
        assertThat(far.get("finalState").asText()).isEqualTo("REVOKED");
        JsonNode open = json("simulate", DIR + "suzhou-change-filings.yaml", "--as-of", "2200-12-31");
        assertThat(open.get("obligations").get(3).get("late").asBoolean()).isTrue();
        assertThat(open.get("obligations")).hasSize(4);
        Cli.Result beyond = Cli.run("simulate", DIR + "suzhou-change-filings.yaml", "--as-of", "+999999999-12-31");
        assertThat(beyond.status()).isEqualTo(2);
        assertThat(beyond.err()).contains("--as-of").doesNotContain("Exception");
        Path h = tmp.resolve("year.yaml");
        Files.writeString(h, """
                jurisdiction: yongchuan
                events:
                  - {on: 2025-06-01, event: APPLIED}
                  - {on: 2025-06-02, event: REPORT_SUBMITTED, year: 2201}
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("simulate", h.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(h + ":4: events[1].year: must be between 1900 and 2200");
    }
}

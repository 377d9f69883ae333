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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consortia simulate}: the example histories give the states the catalog implies; bad input exits 2. */
class SimulateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIR = "examples/histories/";

    @TempDir
    Path tmp;

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(List.of(args));
        all.add("--format");
        all.add("json");
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<Integer> rejected(JsonNode sim) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode e : sim.get("timeline")) {
            if (!e.get("accepted").asBoolean()) {
                out.add(e.get("index").asInt());
            }
        }
        return out;
    }

    private static JsonNode event(JsonNode sim, int index) {
        for (JsonNode e : sim.get("timeline")) {
            if (e.has("index") && e.get("index").asInt() == index) {
                return e;
            }
        }
        throw new AssertionError("no timeline entry for events[" + index + "]");
    }

    private Path file(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void jiyuanCountsTheNoticeOnTheStatutoryCalendarAcrossNationalDay() throws IOException {
        JsonNode s = json(DIR + "jiyuan-nonferrous-national-day.yaml");
        assertThat(rejected(s)).containsExactly(3, 7, 11);
        JsonNode early = event(s, 3);
        assertThat(early.get("state").asText()).isEqualTo("PUBLIC_NOTICE");
        assertThat(early.get("clause").asText()).isEqualTo("四(三)");
        assertThat(early.get("reason").asText()).contains("2025-10-09").contains("only 4 working days");
        assertThat(event(s, 4).get("state").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(event(s, 5).get("state").asText()).isEqualTo("ESTABLISHED");
        assertThat(event(s, 7).get("clause").asText()).isEqualTo("六(二)");
        assertThat(s.get("finalState").asText()).isEqualTo("DISSOLVED");
        assertThat(s.get("obligations")).hasSize(4);
        assertThat(s.get("obligations").get(0).get("due").asText()).isEqualTo("2025-12-31");
        assertThat(s.get("obligations").get(0).get("status").asText()).isEqualTo("MET");
        assertThat(s.get("obligations").get(0).get("kind").asText()).isEqualTo("REPORT");
        JsonNode open = s.get("obligations").get(1);
        assertThat(open.get("kind").asText()).isEqualTo("CHANGE_FILING");
        assertThat(open.get("due").isNull()).as("及时: no due date").isTrue();
        assertThat(open.get("since").asText()).isEqualTo("2026-03-01");
        assertThat(open.get("status").asText()).isEqualTo("OPEN");
        assertThat(open.get("late").asBoolean()).isTrue();
        assertThat(open.get("what").asText()).contains("工科局");
        assertThat(s.get("obligations").get(2).get("met").asText()).isEqualTo("2026-03-05");
        assertThat(s.get("obligations").get(3).get("due").asText()).isEqualTo("2026-12-31");
        assertThat(s.get("obligations").get(3).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(s.get("readings").get("R9").asText()).isEqualTo("inclusive");
        assertThat(s.get("calendar").get("mode").asText()).isEqualTo("STATUTORY");
        assertThat(s.get("calendar").get("approximatedYears")).isEmpty();
    }

    @Test
    void qingdaoExpiresOnTheThirdAnniversaryAsATimelineEntryOfItsOwn() throws IOException {
        JsonNode s = json(DIR + "qingdao-deep-sea-renewal.yaml");
        assertThat(rejected(s)).containsExactly(3, 8, 10);
        JsonNode expired = null;
        for (JsonNode e : s.get("timeline")) {
            if (e.get("event").asText().equals("EXPIRED")) {
                expired = e;
            }
        }
        assertThat(expired).isNotNull();
        assertThat(expired.get("on").asText()).isEqualTo("2028-08-25");
        assertThat(expired.get("state").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("timeDriven").asBoolean()).isTrue();
        assertThat(expired.has("index")).isFalse();
        assertThat(expired.get("reason").asText()).isNotBlank();
        assertThat(event(s, 13).get("state").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(s.get("finalState").asText()).isEqualTo("ESTABLISHED");
        assertThat(s.get("measures").get(0).get("clause").asText()).isEqualTo("七(二)");
    }

    @Test
    void theContractsQingdaoExampleIsRevoked() throws IOException {
        JsonNode s = json(DIR + "qingdao-contract-example.yaml");
        assertThat(rejected(s)).isEmpty();
        assertThat(s.get("finalState").asText()).isEqualTo("REVOKED");
        assertThat(event(s, 6).get("reason").asText()).contains("取消备案资格");
        assertThat(event(s, 5).has("reason")).as("no reason when accepted without a change of state").isFalse();
    }

    @Test
    void suzhouBarsTheDefaultingLeadNamedInTheProfileAndRevokesAfterTwoUnqualified() throws IOException {
        JsonNode s = json(DIR + "suzhou-semiconductor-default.yaml");
        assertThat(rejected(s)).containsExactly(8, 12, 15);
        assertThat(s.get("sanctions")).hasSize(1);
        JsonNode bar = s.get("sanctions").get(0);
        assertThat(bar.get("unit").asText()).isEqualTo("91320500MA1W4X6L2Q");
        assertThat(bar.get("from").asText()).isEqualTo("2026-11-01");
        assertThat(bar.get("until").asText()).as("the bar's last day under R9=inclusive").isEqualTo("2029-10-31");
        assertThat(bar.get("reason").asText()).isEqualTo("LEAD_DEFAULTED");
        assertThat(bar.get("name").asText()).isEqualTo("苏州某某半导体股份有限公司");
        assertThat(event(s, 14).get("state").asText()).isEqualTo("REVOKED");
        assertThat(json(DIR + "suzhou-semiconductor-default.yaml", "--reading", "R9=civil").get("sanctions").get(0).get("until").asText())
                .isEqualTo("2029-11-01");
        assertThat(s.get("obligations")).hasSize(3).allSatisfy(o -> assertThat(o.get("kind").asText()).isEqualTo("CHANGE_FILING"));
        assertThat(s.get("obligations").get(0).get("met").asText()).isEqualTo("2025-11-25");
        assertThat(s.get("obligations").get(0).get("late").asBoolean()).isTrue();
        assertThat(s.get("finalState").asText()).isEqualTo("REVOKED");
    }

    @Test
    void innerMongoliaDissolvesOnAChangeOfLead() throws IOException {
        JsonNode s = json(DIR + "neimenggu-dairy-lead-change.yaml");
        assertThat(rejected(s)).containsExactly(7);
        assertThat(event(s, 5).get("accepted").asBoolean()).as("the project's authority was asked").isTrue();
        assertThat(event(s, 6).get("state").asText()).isEqualTo("DISSOLVED");
        assertThat(event(s, 6).get("clause").asText()).isEqualTo("六(三)");
        assertThat(s.get("finalState").asText()).isEqualTo("DISSOLVED");
    }

    @Test
    void yongchuanFlagsAPoorGradeAndTheBureauTerminates() throws IOException {
        JsonNode s = json(DIR + "yongchuan-smart-equipment-poor.yaml", "--lang", "EN");
        assertThat(rejected(s)).isEmpty();
        assertThat(event(s, 4).get("notes").toString()).contains("FILING_OPEN").contains("区科技局");
        assertThat(event(s, 9).get("state").asText()).isEqualTo("ESTABLISHED");
        assertThat(event(s, 9).get("notes").toString()).contains("to be adjusted or terminated").contains("PENDING_DECISION");
        assertThat(event(s, 10).get("state").asText()).isEqualTo("REVOKED");
        assertThat(event(s, 10).get("clause").asText()).isEqualTo("四(四)");
        assertThat(s.get("pendingDecisions")).as("TERMINATED settles it").isEmpty();
        assertThat(s.get("obligations")).hasSize(3);
        assertThat(s.get("obligations").get(0).get("kind").asText()).isEqualTo("CHANGE_FILING");
        assertThat(s.get("obligations").get(0).get("met").asText()).isEqualTo("2025-09-20");
        assertThat(s.get("obligations").get(2).get("status").asText()).isEqualTo("MET");
        assertThat(s.get("obligations").get(2).get("late").asBoolean()).isTrue();
        assertThat(s.get("measures").get(0).get("what").asText()).contains("rolling project support");
    }

    @Test
    void theTextFormatIsAReadableTimeline() {
        Cli.Result r = Cli.run("simulate", DIR + "jiyuan-nonferrous-national-day.yaml", "--lang", "EN");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("timeline").contains("2025-10-08  NOTICE_ENDED")
                .containsPattern("NOTICE_ENDED +REJECTED +\\(stays PUBLIC_NOTICE\\)")
                .doesNotContainPattern("REJECTED +→")
                .contains("it must run at least 5, so it may end on or after 2025-10-09 (四(三))")
                .contains("final state: DISSOLVED").contains("OVERDUE").contains("obligations as of 2027-01-15");
    }

    @Test
    void anAsOfDateBeforeTheLastEventStopsTheReplayThereAndTimeStillRuns() throws IOException {
        JsonNode s = json(DIR + "qingdao-deep-sea-renewal.yaml", "--as-of", "2028-09-01");
        assertThat(s.get("finalState").asText()).isEqualTo("EXPIRED");
        assertThat(s.get("notReplayed").asInt()).isEqualTo(5);
        assertThat(s.get("asOf").asText()).isEqualTo("2028-09-01");
    }

    @Test
    void aDateOutsideTheStatutoryCalendarIsBadInputUnlessApproximated() throws IOException {
        Path f = file("late.yaml", """
                jurisdiction: jiyuan
                events:
                  - {on: 2030-09-02, event: APPLIED}
                  - {on: 2030-09-20, event: REVIEWED, passed: true}
                  - {on: 2030-09-27, event: NOTICE_STARTED}
                """);
        Cli.Result r = Cli.run("simulate", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":5: events[2].on: 2030-09-27 lies outside the years").contains("--approximate-weekdays")
                .contains("--calendar")
                .doesNotContain("Exception");
        JsonNode s = json(f.toString(), "--approximate-weekdays");
        assertThat(s.get("calendar").get("approximatedYears").get(0).asInt()).isEqualTo(2030);
        assertThat(Cli.run("simulate", f.toString(), "--approximate-weekdays").out()).contains("APPROXIMATED Monday-Friday for 2030");
    }

    @Test
    void badHistoriesExitTwoNamingTheFileAndThePlace() throws IOException {
        Path f = file("bad.yaml", """
                jurisdiction: qingdao
                events:
                  - {on: 2025-03-10, event: APPLIED}
                  - {on: 2025-03-01, event: REVIEWED, passed: true}
                  - {on: 2025-03-32, event: ESTABLISHED}
                  - {on: 2025-04-01, event: FOUNDED}
                  - {on: 2025-04-02, event: REVIEWED}
                """);
        Cli.Result r = Cli.run("simulate", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(f + ":4: events[1].on: 2025-03-01 is earlier than the previous event's date 2025-03-10")
                .contains(f + ":5: events[2].on: expected a date like 2025-06-01")
                .contains(f + ":6: events[3].event: unknown event \"FOUNDED\"")
                .contains(f + ":7: events[4].passed: required field is missing")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingProfileOrJurisdictionIsBadInput() throws IOException {
        Path noProfile = file("np.yaml", "jurisdiction: suzhou\nprofile: nowhere.yaml\nevents:\n  - {on: 2025-03-10, event: APPLIED}\n");
        Cli.Result r = Cli.run("simulate", noProfile.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(noProfile + ":2: profile: no such file");
        Path unknown = file("nj.json", "{\"jurisdiction\": \"atlantis\", \"events\": [{\"on\": \"2025-03-10\", \"event\": \"APPLIED\"}]}");
        Cli.Result u = Cli.run("simulate", unknown.toString());
        assertThat(u.status()).isEqualTo(2);
        assertThat(u.err()).contains("jurisdiction: no installed jurisdiction \"atlantis\"");
        Cli.Result missing = Cli.run("simulate", tmp.resolve("absent.yaml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.yaml: no such file");
    }

    @Test
    void everyExampleHistorySimulatesAndTheReadmeListsIt() throws IOException {
        String readme = Files.readString(Path.of(DIR + "README.md"));
        try (var files = Files.list(Path.of(DIR))) {
            List<Path> histories = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(histories).hasSizeGreaterThanOrEqualTo(5);
            for (String id : ProcedureCommandTest.IDS) {
                assertThat(histories).as(id).anyMatch(p -> p.getFileName().toString().startsWith(id + "-"));
            }
            for (Path h : histories) {
                // A year the bundled calendar does not cover comes from the example calendar file.
                Cli.Result r = Cli.run("simulate", h.toString(), "--calendar", "examples/calendar/2027-illustrative.json");
                assertThat(r.status()).as(h + ": " + r.err()).isZero();
                assertThat(r.err()).as(h + " warns").isEmpty();
                assertThat(readme).as(h.toString()).contains("`" + h.getFileName() + "`");
            }
        }
    }
}

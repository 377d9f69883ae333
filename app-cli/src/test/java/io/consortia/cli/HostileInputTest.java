package io.consortia.cli;

import static io.consortia.cli.BadInputTest.assertNoStackTrace;
import static io.consortia.cli.BadInputTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input within bounds (issue 12): every case below ends with exit 2 and one message that
 * names the file and the place, no stack trace and nothing on stdout, whatever the size, the
 * exponent, the year, the depth, the device or the format. The limits are listed in
 * docs/cli-limits.md.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    /** Six lines; the lead's fiscal year is on line 5. */
    static final String BASE = """
            name: 苏州市测试创新联合体
            appliedOn: 2025-06-01
            lead: m1
            members:
              - {id: m1, name: 苏州某某股份有限公司, kind: ENTERPRISE, registeredIn: "320505", finances: [{year: 2024, revenue: 1200000000, rdExpense: 60000000}]}
              - {id: m2, name: 苏州大学, kind: UNIVERSITY, registeredIn: "320508"}
            """;

    /** The same profile as JSON on one line, with the lead's revenue and year as given. */
    static String json(String revenue, String year) {
        return "{\"name\": \"苏州市测试创新联合体\", \"appliedOn\": \"2025-06-01\", \"lead\": \"m1\", \"members\": ["
                + "{\"id\": \"m1\", \"name\": \"苏州某某股份有限公司\", \"kind\": \"ENTERPRISE\", \"registeredIn\": \"320505\", "
                + "\"finances\": [{\"year\": " + year + ", \"revenue\": " + revenue + ", \"rdExpense\": 60000000}]},"
                + "{\"id\": \"m2\", \"name\": \"苏州大学\", \"kind\": \"UNIVERSITY\", \"registeredIn\": \"320508\"}]}";
    }

    static String yaml(String revenue, String year) {
        return BASE.replace("revenue: 1200000000", "revenue: " + revenue).replace("year: 2024", "year: " + year);
    }

    static String nested(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("k:\n");
        }
        return s.toString();
    }

    static String members(int n) {
        StringBuilder s = new StringBuilder("name: x\nlead: m0\nmembers:\n");
        for (int i = 0; i < n; i++) {
            s.append("  - {id: m").append(i).append(", name: n").append(i).append(", kind: ENTERPRISE, registeredIn: \"320505\"}\n");
        }
        return s.toString();
    }

    static Stream<Arguments> hostileProfiles() {
        String rev = "members[0].finances[0].revenue: ";
        String year = "members[0].finances[0].year: ";
        return Stream.of(
                Arguments.of("huge exponent, YAML", "p.yaml", yaml("1e999999999", "2024"), "p.yaml:5: " + rev + "an amount in yuan is at most 10^15, found 1e999999999"),
                Arguments.of("huge exponent, JSON", "p.json", json("1e999999999", "2024"), "p.json:1: " + rev + "an amount in yuan is at most 10^15, found 1e999999999"),
                Arguments.of("tiny exponent, YAML", "p.yaml", yaml("1e-999999999", "2024"),
                        "p.yaml:5: " + rev + "an amount in yuan has at most 20 decimal places, found 1e-999999999"),
                Arguments.of("tiny exponent, JSON", "p.json", json("1e-999999999", "2024"),
                        "p.json:1: " + rev + "an amount in yuan has at most 20 decimal places, found 1e-999999999"),
                Arguments.of("exponent beyond any number (found by fuzzing)", "p.json", json("1e-9989999999", "2024"),
                        "p.json:1: " + rev + "the number 1e-9989999999 is out of range"),
                Arguments.of("10^400 yuan", "p.yaml", yaml("1e400", "2024"), "p.yaml:5: " + rev + "an amount in yuan is at most 10^15, found 1e400"),
                Arguments.of("10^15 + 1 yuan", "p.json", json("1000000000000001", "2024"), "p.json:1: " + rev + "an amount in yuan is at most 10^15, found 1000000000000001"),
                Arguments.of("a 1,001-digit amount", "p.json", json("1" + "0".repeat(1000), "2024"), "p.json:1:"),
                Arguments.of("fiscal year 999999999", "p.yaml", yaml("1", "999999999"), "p.yaml:5: " + year + "must be between 1900 and 2200, found 999999999"),
                Arguments.of("fiscal year 1899", "p.json", json("1", "1899"), "p.json:1: " + year + "must be between 1900 and 2200, found 1899"),
                Arguments.of("fiscal year with an exponent", "p.yaml", yaml("1", "1e999999999"), "p.yaml:5: " + year + "expected a whole number, found the number 1e999999999"),
                Arguments.of("date in year 999999999", "p.yaml", BASE.replace("2025-06-01", "+999999999-12-31"),
                        "p.yaml:2: appliedOn: a date is between 1900-01-01 and 2200-12-31, found +999999999-12-31"),
                Arguments.of("an alias never reads as its anchor's name", "p.yaml", BASE.replace("appliedOn: 2025-06-01", "appliedOn: &d 2025-06-01\nfield: *d"),
                        "p.yaml:3: field: YAML aliases (*d) are not supported; write the value out in full"),
                Arguments.of("undefined alias", "p.yaml", BASE + "field: *nowhere\n", "p.yaml:7: field: YAML aliases (*nowhere) are not supported"),
                Arguments.of("merge key", "p.yaml", BASE + "governance:\n  <<: *g\n", "p.yaml:8: governance.<<: YAML aliases (*g) are not supported"),
                Arguments.of("alias as a key", "p.yaml", "&a name: x\n*a : y\n", "p.yaml:2:3: a YAML alias (*name) cannot be a key; aliases are not supported"),
                Arguments.of("nested 100 deep, YAML flow", "p.yaml", "name: " + "[".repeat(100) + "]".repeat(100) + "\n",
                        "p.yaml:1:71: mappings and lists nest more than 64 levels deep"),
                Arguments.of("nested 100 deep, YAML block", "p.yaml", nested(100), "p.yaml:65:"),
                Arguments.of("nested 100 deep, JSON", "p.json", "{\"name\": " + "[".repeat(100) + "]".repeat(100) + "}",
                        "p.json:1:74: mappings and lists nest more than 64 levels deep"),
                Arguments.of("10,001 members", "p.yaml", members(10_001), "p.yaml:3: members: lists 10001 members; at most 10000 are allowed"),
                Arguments.of("a million and one values", "p.json", "[" + "1,".repeat(1_000_000) + "1]", "p.json:1: more than 1000000 values in one document"),
                Arguments.of("a 10 MB comment line", "p.yaml", "# " + "x".repeat(10_000_000) + "\n" + BASE,
                        "p.yaml:1: the line is 10000002 characters long; YAML lines are limited to 65536"),
                Arguments.of("a text of 10,001 characters", "p.yaml", BASE.replace("name: 苏州市测试创新联合体", "name: " + "长".repeat(10_001)),
                        "p.yaml:1: name: a text of 10001 characters; at most 10000 are allowed"),
                Arguments.of("terminal escapes in a value", "p.yaml", BASE.replace("kind: UNIVERSITY", "kind: \"\\e[31mCOLLEGE\""),
                        "p.yaml:6: members[1].kind: unknown value \"\\u001B[31mCOLLEGE\""),
                Arguments.of("binary YAML value", "p.yaml", BASE + "field: !!binary aGVsbG8=\n", "p.yaml:7: field: unsupported content"),
                Arguments.of("two documents", "p.yaml", BASE + "---\nname: y\n", "p.yaml:8: unexpected content after the end of the document"),
                Arguments.of("plain text", "p.yaml", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/:/usr/sbin/nologin\n",
                        "p.yaml:1: expected a mapping, found plain text (is this a YAML or JSON file?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileProfiles")
    void hostileProfileIsRejectedWithItsPlace(String name, String file, String content, String expected) throws IOException {
        Cli.Result r = assertRejected(dir, file, content, expected, "assess", "-j", "suzhou");
        assertThat(r.err().lines()).as("one message").hasSize(1);
        assertThat(r.err()).doesNotContain("\u001B").hasSizeLessThan(600);
    }

    @Test
    void idsAndNamesAreReadAsWritten() throws IOException {
        // YAML 1.1 reads 010 as 8 and NO as false; text fields keep the text as written.
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, BASE.replace("name: 苏州市测试创新联合体", "name: NO").replace("lead: m1", "lead: \"010\"").replace("id: m1", "id: 010"));
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", p.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"name\":\"NO\"");
    }

    @Test
    void yamlAndJsonReadTheSameLargeProfile() throws IOException {
        // SnakeYAML's default stops at 3 MB; both formats read up to the same input limit.
        StringBuilder yaml = new StringBuilder("name: 大联合体\nlead: m0\nmembers:\n");
        StringBuilder json = new StringBuilder("{\"name\": \"大联合体\", \"lead\": \"m0\", \"members\": [");
        for (int i = 0; i < 9_000; i++) {
            String name = "苏州某某科技股份有限公司第" + i + "分部".repeat(60);
            yaml.append("  - {id: m").append(i).append(", name: ").append(name).append(", kind: ENTERPRISE, registeredIn: \"320505\"}\n");
            json.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i).append("\", \"name\": \"").append(name)
                    .append("\", \"kind\": \"ENTERPRISE\", \"registeredIn\": \"320505\"}");
        }
        json.append("]}");
        Path y = dir.resolve("big.yaml");
        Path j = dir.resolve("big.json");
        Files.writeString(y, yaml);
        Files.writeString(j, json);
        assertThat(Files.size(y)).isGreaterThan(4_000_000);
        for (Path p : List.of(y, j)) {
            Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", p.toString());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"verdict\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/full", "/dev/null"})
    void devicesAreNotRead(String device) {
        for (String[] args : List.of(new String[] {"assess", device}, new String[] {"assess", "--registry", device, "examples/suzhou-eligible.yaml"},
                new String[] {"simulate", device}, new String[] {"gap", "-j", "suzhou", device})) {
            Cli.Result r = Cli.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: " + device
                    + ": is not a regular file (a device, a pipe or a socket); give a YAML or JSON file, or - to read standard input\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a timing target
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Cli.Result r = Cli.run("assess", fifo.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(fifo + ": is not a regular file");
    }

    @Test
    void theInputLimitIsCheckedAndConfigurable() throws IOException {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, BASE);
        long size = Files.size(p);
        Cli.Result small = Cli.run("--max-input-bytes", String.valueOf(size - 1), "assess", "-j", "suzhou", p.toString());
        assertThat(small.status()).isEqualTo(2);
        assertThat(small.err()).isEqualTo("error: " + p + ": is larger than the input limit of " + (size - 1)
                + " bytes; raise it with --max-input-bytes\n");
        assertThat(Cli.run("assess", "--max-input-bytes", String.valueOf(size), "-j", "suzhou", p.toString()).status()).isZero();
        Cli.Result k = Cli.run("assess", "--max-input-bytes", "1K", "-j", "suzhou", "examples/suzhou-eligible.yaml");
        assertThat(k.err()).contains("is larger than the input limit of 1 KiB (1024 bytes)");
        Cli.Result bad = Cli.run("assess", "--max-input-bytes", "lots", p.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("'lots' is not a size like 16M, 512K or 1048576");
        assertThat(Cli.run("assess", "--max-input-bytes", "2G", p.toString()).err()).contains("more than the largest limit, 1 GiB");
    }

    @Test
    void standardInputIsReadWithinTheSameLimit() throws IOException {
        Cli.Result r = Cli.runWithStdin(BASE.getBytes(StandardCharsets.UTF_8), "assess", "-j", "suzhou", "--format", "json", "-");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\"profile\":\"-\"");
        Cli.Result big = Cli.runWithStdin(new byte[2048], "--max-input-bytes", "1K", "assess", "-");
        assertThat(big.status()).isEqualTo(2);
        assertThat(big.err()).isEqualTo("error: <stdin>: is larger than the input limit of 1 KiB (1024 bytes); raise it with --max-input-bytes\n");
        Cli.Result bad = Cli.runWithStdin(BASE.replace("lead: m1", "lead: m9").getBytes(StandardCharsets.UTF_8), "assess", "-");
        assertThat(bad.err()).startsWith("error: <stdin>:3: lead: the lead \"m9\" is not the id of any member");
        Cli.Result twice = Cli.runWithStdin("sanctions: []\n".getBytes(StandardCharsets.UTF_8), "assess", "-j", "suzhou", "--registry", "-", "-");
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err()).contains("error: <stdin>: standard input (-) can be read only once in a command");
    }

    @Test
    void aFileThatIsNotARegistryIsRefused() throws IOException {
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, BASE);
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "{}\n");
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--registry", profile.toString(), profile.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: " + profile + ":1: not a registry: it has neither consortia nor sanctions at the top level"
                + " (it looks like a consortium profile)\n");
        Cli.Result e = Cli.run("gap", "-j", "suzhou", "--registry", empty.toString(), profile.toString());
        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err()).contains(empty + ":1: not a registry");
    }

    @Test
    void manyMisspeltFieldsAreCountedNotListed() throws IOException {
        StringBuilder reg = new StringBuilder("sanctions:\n");
        for (int i = 0; i < 30_000; i++) {
            reg.append("  - {creditCode: 91320500MA1W4X6L2Q, jurisdiction: suzhou, from: 2024-05-01, years: 3, reason: X, colour: red}\n");
        }
        Path r = dir.resolve("reg.yaml");
        Files.writeString(r, reg);
        Cli.Result res = Cli.run("assess", "-j", "suzhou", "--format", "json", "--registry", r.toString(), "examples/suzhou-eligible.yaml");
        assertThat(res.status()).as(res.err()).isZero();
        assertThat(res.err().lines().filter(l -> l.startsWith("warning: ")).count()).isEqualTo(1001);
        assertThat(res.err()).contains("warning: " + r + ":2: sanctions[0].colour: unknown field, ignored")
                .contains("warning: " + r + ":1: … and 29000 more warnings not listed (only the first 1000 are)");
    }

    @Test
    void datesOnTheCommandLineAreWithinTheSameYears() {
        for (String command : List.of("assess", "gap")) {
            Cli.Result r = Cli.run(command, "-j", "suzhou", "--as-of", "+999999999-12-31", "examples/suzhou-eligible.yaml");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("'+999999999-12-31' is not between 1900-01-01 and 2200-12-31");
            assertNoStackTrace(r);
        }
        Cli.Result s = Cli.run("simulate", "--as-of", "2201-01-01", "examples/histories/suzhou-semiconductor-default.yaml");
        assertThat(s.status()).isEqualTo(2);
        assertThat(s.err()).contains("'2201-01-01' is not between 1900-01-01 and 2200-12-31");
    }

    static Stream<Arguments> hostileHistories() {
        String head = "jurisdiction: qingdao\nevents:\n  - {on: 2025-03-10, event: APPLIED}\n";
        StringBuilder many = new StringBuilder("jurisdiction: qingdao\nevents:\n");
        for (int i = 0; i < 10_001; i++) {
            many.append("  - {on: 2025-03-10, event: APPLIED}\n");
        }
        return Stream.of(
                Arguments.of("event in year 999999999", head + "  - {on: +999999999-01-01, event: REVIEWED, passed: true}\n",
                        "h.yaml:4: events[1].on: a date is between 1900-01-01 and 2200-12-31, found +999999999-01-01"),
                Arguments.of("report year 999999999", head + "  - {on: 2026-01-15, event: REPORT_SUBMITTED, year: 999999999}\n",
                        "h.yaml:4: events[1].year: must be between 1900 and 2200, found 999999999"),
                Arguments.of("10,001 events", many.toString(), "h.yaml:2: events: lists 10001 events; at most 10000 are allowed"),
                Arguments.of("profile without a YAML or JSON ending", "profile: /etc/passwd\n" + head,
                        "h.yaml:1: profile: must name a .yaml, .yml or .json file"),
                Arguments.of("profile that is a device", "profile: /dev/zero.yaml\n" + head, "h.yaml:1: profile: no such file: /dev/zero.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileHistories")
    void hostileHistoryIsRejectedWithItsPlace(String name, String content, String expected) throws IOException {
        Cli.Result r = assertRejected(dir, "h.yaml", content, expected, "simulate");
        assertThat(r.err().lines()).as("one message").hasSize(1);
    }

    @Test
    void aHistorysProfileIsARegularFileAndItsContentsAreNeverPrinted() throws IOException {
        Path secret = dir.resolve("secret.yaml");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\nsecret-token-1234567890\n");
        Files.createDirectory(dir.resolve("folder.yaml"));
        Path h = dir.resolve("h.yaml");
        Files.writeString(h, "jurisdiction: qingdao\nprofile: secret.yaml\nevents:\n  - {on: 2025-03-10, event: APPLIED}\n");
        Cli.Result r = Cli.run("simulate", h.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + secret + ":1: expected a mapping, found plain text (is this a YAML or JSON file?)\n");
        Files.writeString(h, "jurisdiction: qingdao\nprofile: folder.yaml\nevents:\n  - {on: 2025-03-10, event: APPLIED}\n");
        Cli.Result d = Cli.run("simulate", h.toString());
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err()).startsWith("error: " + h + ":2: profile: not a regular file: ");
    }

    @Test
    void jsonAndYamlGiveTheSameMessageForTheSameProblem() throws IOException {
        Path y = dir.resolve("p.yaml");
        Path j = dir.resolve("p.json");
        Files.writeString(y, yaml("1e999999999", "2024"));
        Files.writeString(j, json("1e999999999", "2024"));
        String fromYaml = Cli.run("assess", y.toString()).err();
        String fromJson = Cli.run("assess", j.toString()).err();
        assertThat(fromYaml.substring(fromYaml.indexOf(": members"))).isEqualTo(fromJson.substring(fromJson.indexOf(": members")));
    }
}

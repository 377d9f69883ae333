package io.consortia.cli;

import static io.consortia.cli.Formats.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.schema.Schemas.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --format record} and {@code replay}: records valid against their schema, deterministic, replayed. */
class RecordCommandsTest {

    @TempDir
    Path dir;

    private static List<String> examples() {
        return Formats.files("examples").stream().map(Path::toString).toList();
    }

    private static Cli.Result records(List<String> extra) {
        List<String> args = new ArrayList<>(List.of("assess", "--format", "record"));
        args.addAll(extra);
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void everyRecordOfEveryExampleIsValidAgainstTheRecordSchema() throws Exception {
        for (List<String> options : List.of(List.<String>of(), List.of("--registry", "examples/registries/qingdao-bars.yaml", "--reading", "R1=no",
                "--set", "suzhou.S1.minimum=7", "--as-of", "2025-07-01"))) {
            List<String> args = new ArrayList<>(options);
            args.addAll(examples());
            Cli.Result r = records(args);
            assertThat(r.status()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(examples().size() * 5);
            for (String line : lines) {
                JsonNode n = Formats.JSON.readTree(line);
                assertThat(problems(Kind.record, n)).as(n.get("jurisdiction") + " " + options).isEmpty();
                assertThat(n.get("asOfSource").asText()).isEqualTo(options.isEmpty() ? "appliedOn" : "asOf");
            }
        }
    }

    @Test
    void theRecordSchemaRefusesWhatTheFormatDoesNot() throws Exception {
        String line = records(List.of("-j", "suzhou", "examples/suzhou-eligible.yaml")).out().strip();
        assertThat(problems(Kind.record, Formats.JSON.readTree(line))).isEmpty();
        assertThat(problems(Kind.record, Formats.JSON.readTree(line.replace("\"verdict\":\"ELIGIBLE\"", "\"verdict\":\"FINE\"")))).isNotEmpty();
        assertThat(problems(Kind.record, Formats.JSON.readTree(line.replace("\"formatVersion\":1", "\"formatVersion\":2")))).isNotEmpty();
        ObjectNode noDigest = (ObjectNode) Formats.JSON.readTree(line);
        noDigest.remove("profileDigest");
        assertThat(problems(Kind.record, noDigest)).isNotEmpty();
        ObjectNode badProfile = (ObjectNode) Formats.JSON.readTree(line);
        ((ObjectNode) badProfile.at("/profile/members/0")).put("kind", "COMPANY");
        assertThat(problems(Kind.record, badProfile)).as("the profile is checked by the profile schema").isNotEmpty();
    }

    @Test
    void recordsAreTheSameBytesEveryTimeAndOneLineEach() {
        Cli.Result a = records(List.of("examples/suzhou-eligible.yaml", "examples/qingdao-branch-lead.yaml"));
        Cli.Result b = records(List.of("examples/suzhou-eligible.yaml", "examples/qingdao-branch-lead.yaml"));
        assertThat(a.out()).isEqualTo(b.out()).isNotEmpty();
        assertThat(a.out().lines()).hasSize(10).allSatisfy(l -> assertThat(l).startsWith("{\"asOf\":"));
    }

    @Test
    void replaySaysTheResultIsTheSameAndUnderAnotherParameterWhatChanged() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        Files.writeString(file, records(List.of("-j", "suzhou", "-j", "qingdao", "examples/suzhou-eligible.yaml")).out(), StandardCharsets.UTF_8);
        Cli.Result same = Cli.run("replay", file.toString());
        assertThat(same.status()).as(same.err()).isZero();
        assertThat(same.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("same result").contains("identical record"));
        Cli.Result changed = Cli.run("replay", file.toString(), "--set", "suzhou.S1.minimum=9", "--lang", "EN");
        assertThat(changed.status()).isZero();
        assertThat(changed.out()).contains(file + ":1: record ").contains("suzhou: CHANGED: ELIGIBLE → ELIGIBLE_WITH_DEVIATIONS")
                .contains("  * verdict: ELIGIBLE → ELIGIBLE_WITH_DEVIATIONS\n").contains("  * suzhou.S1: PASS → FAIL\n")
                .contains("    parameter suzhou.S1.minimum: 8 → 9\n").contains(file + ":2: record ");
        JsonNode json = Formats.JSON.readTree(Cli.run("replay", "--format", "json", file.toString(), "--set", "suzhou.S1.minimum=9")
                .out().lines().findFirst().orElseThrow());
        assertThat(json.get("sameResult").asBoolean()).isFalse();
        assertThat(json.at("/verdict/now").asText()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
        assertThat(problems(Kind.record, json.get("now"))).isEmpty();
    }

    @Test
    void anAlteredOrForeignRecordIsBadInputNamingTheLineAndThePlace() throws Exception {
        String line = records(List.of("-j", "suzhou", "examples/suzhou-eligible.yaml")).out().strip();
        Path file = dir.resolve("altered.jsonl");
        Files.writeString(file, line + "\n" + line.replace("\"verdict\":\"ELIGIBLE\"", "\"verdict\":\"INELIGIBLE\"") + "\n{\"a\": 1}\nnot json\n");
        Cli.Result r = Cli.run("replay", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains("error: " + file + ":2: id: does not match the record's content")
                .contains("error: " + file + ":3: format: not a decision record")
                .contains("error: " + file + ":4: malformed JSON")
                .contains("consortia: replayed 1 of 4 records; 3 rejected (bad input)")
                .doesNotContain("\tat ");
        Cli.Result missing = Cli.run("replay", dir.resolve("none.jsonl").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void anAmountARecordCannotHoldExactlyIsBadInputNamingItsPlace() throws Exception {
        Path p = dir.resolve("precise.yaml");
        Files.writeString(p, Files.readString(Path.of("examples/suzhou-eligible.yaml")).replace("    listed: true\n",
                "    listed: true\n    finances: [{year: 2024, revenue: 123456789012345.678}]\n"));
        Cli.Result r = records(List.of("-j", "suzhou", p.toString()));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + p + ": members[0].finances[0].revenue: the number 123456789012345.678");
        assertThat(Cli.run("assess", "-j", "suzhou", "--format", "json", p.toString()).status()).as("other formats take it").isZero();
    }
}

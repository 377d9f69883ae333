package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code assess --envelope}: every example, in every jurisdiction, against assessing each combination of readings anew. */
class EnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theEnvelopeOfEveryExampleIsWhatEveryCombinationOfReadingsGives() throws IOException {
        JurisdictionCatalog catalog = SurveyCommandTest.catalog();
        List<Path> examples = examples();
        assertThat(examples).hasSizeGreaterThan(10);
        for (Path example : examples) {
            Cli.Result r = Cli.run("assess", "--envelope", "--format", "json", example.toString());
            assertThat(r.status()).as("%s: %s", example, r.err()).isZero();
            JsonNode line = JSON.readTree(r.out());
            Profile profile = ProfileReader.read(TreeFile.read(example.toString(), InputLimits.DEFAULT, null).tree()).result().get();
            AssessmentOptions on = AssessmentOptions.on(profile.appliedOn().orElseThrow());
            assertThat(line.get("envelopes")).hasSize(catalog.all().size());
            for (JsonNode e : line.get("envelopes")) {
                Jurisdiction j = catalog.get(e.get("jurisdiction").asText()).orElseThrow();
                List<Reading> readings = j.readings();
                assertThat(e.get("readings")).hasSize(readings.size());
                Verdict given = j.assess(profile, on).verdict();
                assertThat(e.get("verdict").asText()).isEqualTo(given.name());
                EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
                assertThat(e.get("combinations")).hasSize(1 << readings.size());
                for (JsonNode c : e.get("combinations")) {
                    ReadingSet set = ReadingSet.defaults();
                    for (Reading reading : readings) {
                        set = set.with(reading, reading.isAlternative(c.get("readings").get(reading.id()).asText()));
                    }
                    Verdict v = j.assess(profile, on.withReadings(set)).verdict();
                    assertThat(c.get("verdict").asText()).as("%s %s %s", example, j.id(), c.get("readings")).isEqualTo(v.name());
                    seen.add(v);
                }
                assertThat(e.get("robust").asBoolean()).as("%s %s robust", example, j.id()).isEqualTo(seen.size() == 1);
                for (JsonNode f : e.get("flips")) {
                    Reading reading = readings.stream().filter(x -> x.id().equals(f.get("reading").asText())).findFirst().orElseThrow();
                    Verdict v = j.assess(profile, on.withReadings(ReadingSet.defaults().with(reading, true))).verdict();
                    assertThat(f.get("verdict").asText()).isEqualTo(v.name());
                    assertThat(f.get("changes").asBoolean()).isEqualTo(v != given);
                }
            }
        }
    }

    static JsonNode envelope(String example, String jurisdiction) throws IOException {
        Cli.Result r = Cli.run("assess", "--envelope", "--format", "json", "-j", jurisdiction, example);
        return JSON.readTree(r.out()).get("envelopes").get(0);
    }

    static Set<String> changing(JsonNode e) {
        Set<String> out = new java.util.TreeSet<>();
        e.get("flips").forEach(f -> {
            if (f.get("changes").asBoolean()) {
                out.add(f.get("reading").asText() + "=" + f.get("option").asText() + "→" + f.get("verdict").asText());
            }
        });
        return out;
    }

    @Test
    void theExamplesReadmeClaimsHold() throws IOException {
        JsonNode nonferrous = envelope("examples/jiyuan-nonferrous-eligible.yaml", "jiyuan");
        assertThat(nonferrous.get("robust").asBoolean()).isTrue();
        assertThat(nonferrous.get("verdict").asText()).isEqualTo("ELIGIBLE");
        JsonNode small = envelope("examples/jiyuan-low-altitude-small.yaml", "jiyuan");
        assertThat(small.get("robust").asBoolean()).isFalse();
        assertThat(changing(small)).containsExactly("R1=no→INELIGIBLE", "R4=updown→INELIGIBLE");
        assertThat(changing(envelope("examples/neimenggu-meihuagong-rd-window.yaml", "neimenggu"))).contains("R8=window→ELIGIBLE");
        assertThat(changing(envelope("examples/qingdao-lead-in-chain.yaml", "qingdao"))).contains("R5=yes→ELIGIBLE");
    }

    @Test
    void textAndMarkdownSayRobustOrWhichReadingChangesTheVerdict() {
        Cli.Result text = Cli.run("assess", "--envelope", "--lang", "EN", "examples/jiyuan-low-altitude-small.yaml", "examples/jiyuan-nonferrous-eligible.yaml",
                "-j", "jiyuan");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("depends on the readings: ELIGIBLE_WITH_DEVIATIONS or INELIGIBLE over all 4 combinations of R1, R4")
                .contains("switching R1 to no (the lead does not count as a member unit) makes it INELIGIBLE")
                .contains("R1=no R4=updown → INELIGIBLE")
                .contains("robust: ELIGIBLE under all 4 combinations of R1, R4");
        Cli.Result md = Cli.run("assess", "--envelope", "--format", "md", "--lang", "EN", "examples/jiyuan-low-altitude-small.yaml", "-j", "jiyuan");
        assertThat(md.out()).contains("| jurisdiction | verdict | under every reading | readings that change it |")
                .contains("R1=no → INELIGIBLE; R4=updown → INELIGIBLE");
    }
}

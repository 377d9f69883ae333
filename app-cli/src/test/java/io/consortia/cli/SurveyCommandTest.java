package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.survey.Generator;
import io.consortia.survey.Survey;
import io.consortia.survey.SurveyResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consortia generate} and {@code consortia survey}: populations, formats, bad input, threads. */
class SurveyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JurisdictionCatalog catalog() {
        return JurisdictionCatalog.of(ServiceLoader.load(JurisdictionProvider.class)).get();
    }

    static JsonNode json(Cli.Result r) throws IOException {
        return JSON.readTree(r.out());
    }

    /** The document without what names how the population was given (source, command). */
    static JsonNode figures(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove(List.of("population", "command"));
        return copy;
    }

    @Test
    void generateWritesTheGeneratorsProfilesOnePerLineAndTheyReadBackTheSame() throws IOException {
        Cli.Result r = Cli.run("generate", "300", "--seed", "9");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(300);
        Generator g = Generator.forCatalog(catalog(), 9);
        for (int i = 0; i < lines.size(); i++) {
            TreeFile tree = TreeFile.parse(lines.get(i), "line", TreeFile.Format.JSON, InputLimits.DEFAULT);
            var read = ProfileReader.read(tree.tree());
            assertThat(read.warnings().isEmpty()).as("warnings on line %d: %s", i + 1, read.warnings()).isTrue();
            assertThat(read.result().isValid()).as("line %d: %s", i + 1, read.result()).isTrue();
            assertThat(read.result().get()).as("profile %d", i).isEqualTo(g.profile(i));
        }
        assertThat(Cli.run("generate", "300", "--seed", "9").out()).isEqualTo(r.out());
        assertThat(Cli.run("generate", "300", "--seed", "10").out()).isNotEqualTo(r.out());
        assertThat(Cli.run("generate", "300").out()).isEqualTo(Cli.run("generate", "300", "--seed", "1").out());
    }

    @Test
    void generateTakesTheSizeAndDateOfThePopulation() throws IOException {
        Cli.Result r = Cli.run("generate", "1e2", "--members", "5..5", "--applied-on", "2024-03-01");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(100).allSatisfy(line -> {
            JsonNode p = JSON.readTree(line);
            assertThat(p.get("members")).hasSize(5);
            assertThat(p.get("appliedOn").asText()).isEqualTo("2024-03-01");
        });
        assertThat(Cli.run("generate", "10", "--members", "9..3").status()).isEqualTo(2);
        assertThat(Cli.run("generate", "ten").err()).contains("'ten' is not a number of profiles");
        Path out = dir.resolve("p.jsonl");
        assertThat(Cli.run("generate", "7", "-o", out.toString()).status()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(7);
    }

    @Test
    void aSyntheticSurveyCountsWhatTheSurveyEngineCounts() throws IOException {
        JsonNode doc = json(Cli.run("survey", "--synthetic", "400", "--seed", "5", "--as-of", "2025-06-01", "--format", "json"));
        Generator g = Generator.forCatalog(catalog(), 5);
        Survey s = new Survey(catalog().all(), new Survey.Options(Optional.of(LocalDate.of(2025, 6, 1)), LocalDate.of(2026, 11, 22),
                Survey.Setting.defaults(), Optional.empty(), true, Optional.empty()));
        for (int i = 0; i < 400; i++) {
            s.add(g.profile(i));
        }
        SurveyResult expected = s.result();
        assertThat(doc.get("profiles").asLong()).isEqualTo(400);
        assertThat(doc.get("rejected").asLong()).isZero();
        assertThat(doc.get("scenario").isNull()).isTrue();
        assertThat(doc.get("jurisdictions")).hasSize(expected.jurisdictions().size());
        for (int j = 0; j < expected.jurisdictions().size(); j++) {
            SurveyResult.JurisdictionResult e = expected.jurisdictions().get(j);
            JsonNode a = doc.get("jurisdictions").get(j);
            assertThat(a.get("id").asText()).isEqualTo(e.id());
            long sum = 0;
            for (Verdict v : Verdict.values()) {
                JsonNode c = a.get("verdicts").get("baseline").get(v.name());
                assertThat(c.get("count").asLong()).as("%s %s", e.id(), v).isEqualTo(e.baseline().get(v));
                assertThat(c.get("share").decimalValue()).isEqualByComparingTo(
                        java.math.BigDecimal.valueOf(e.baseline().get(v)).divide(java.math.BigDecimal.valueOf(400), 6, java.math.RoundingMode.HALF_UP));
                sum += c.get("count").asLong();
            }
            assertThat(sum).isEqualTo(400);
            assertThat(a.get("rules")).hasSize(e.rules().size());
            for (int i = 0; i < e.rules().size(); i++) {
                SurveyResult.RuleResult rr = e.rules().get(i);
                JsonNode ar = a.get("rules").get(i);
                assertThat(ar.get("id").asText()).isEqualTo(rr.rule());
                assertThat(ar.get("fail").get("count").asLong()).isEqualTo(rr.fail());
                assertThat(ar.get("unknown").get("count").asLong()).isEqualTo(rr.unknown());
                assertThat(ar.get("binding").get("count").asLong()).isEqualTo(rr.binding());
            }
            assertThat(a.get("readings")).hasSize(e.readings().size());
            for (int i = 0; i < e.readings().size(); i++) {
                assertThat(a.get("readings").get(i).get("flips").get("count").asLong()).isEqualTo(e.readings().get(i).flips());
            }
        }
    }

    @Test
    void theFiguresDoNotDependOnTheNumberOfThreads() throws IOException {
        JsonNode one = json(Cli.run("survey", "--synthetic", "1500", "--seed", "3", "--threads", "1", "--set", "suzhou.S1.minimum=6", "--format", "json"));
        JsonNode three = json(Cli.run("survey", "--synthetic", "1500", "--seed", "3", "--threads", "3", "--set", "suzhou.S1.minimum=6", "--format", "json"));
        assertThat(three).isEqualTo(one);
    }

    @Test
    void aGeneratedFileSurveysLikeTheSyntheticPopulationFromAFileADirectoryOrStandardInput() throws IOException {
        Path pop = dir.resolve("pop.jsonl");
        assertThat(Cli.run("generate", "500", "--seed", "4", "-o", pop.toString()).status()).isZero();
        JsonNode synthetic = json(Cli.run("survey", "--synthetic", "500", "--seed", "4", "--reading", "R1=no", "--format", "json"));
        Cli.Result fromFile = Cli.run("survey", pop.toString(), "--reading", "R1=no", "--format", "json", "--threads", "2");
        assertThat(fromFile.status()).as(fromFile.err()).isZero();
        assertThat(figures(json(fromFile))).isEqualTo(figures(synthetic));
        assertThat(json(fromFile).get("population").get("inputs").get(0).asText()).isEqualTo(pop.toString());
        Cli.Result fromStdin = Cli.runWithStdin(Files.readAllBytes(pop), "survey", "-", "--reading", "R1=no", "--format", "json");
        assertThat(figures(json(fromStdin))).isEqualTo(figures(synthetic));
        // The same profiles as files of a directory, one .json file each, and a .jsonl part.
        Path d = Files.createDirectories(dir.resolve("profiles/sub"));
        List<String> lines = Files.readAllLines(pop);
        for (int i = 0; i < 400; i++) {
            Files.writeString(d.resolve("p" + i + ".json"), lines.get(i));
        }
        Files.write(dir.resolve("profiles/rest.jsonl"), lines.subList(400, 500));
        Files.writeString(dir.resolve("profiles/README.md"), "not a profile");
        Files.writeString(dir.resolve("profiles/.hidden.json"), "{");
        Cli.Result fromDir = Cli.run("survey", dir.resolve("profiles").toString(), "--reading", "R1=no", "--format", "json");
        assertThat(fromDir.status()).as(fromDir.err()).isZero();
        assertThat(figures(json(fromDir))).isEqualTo(figures(synthetic));
    }

    @Test
    void badLinesAreNamedCountedAndSkippedAndTheStatusIsTwo() throws IOException {
        Path pop = dir.resolve("mixed.jsonl");
        List<String> good = Cli.run("generate", "20", "--seed", "2").out().lines().toList();
        List<String> lines = new ArrayList<>(good.subList(0, 10));
        lines.add("{\"name\": \"broken\"");                                       // line 11: malformed JSON
        lines.add("");                                                              // line 12: blank, skipped
        lines.add(good.get(10).replace("\"kind\":\"ENTERPRISE\"", "\"kind\":\"SHOP\""));  // line 13: a bad kind
        lines.add("[1, 2]");                                                        // line 14: not a profile
        lines.addAll(good.subList(11, 20));
        Files.write(pop, lines);
        Files.write(pop, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}, java.nio.file.StandardOpenOption.APPEND); // line 24: not UTF-8
        Cli.Result r = Cli.run("survey", pop.toString(), dir.resolve("missing.jsonl").toString(), "--format", "json", "--threads", "2");
        assertThat(r.status()).isEqualTo(2);
        JsonNode doc = json(r);
        assertThat(doc.get("profiles").asLong()).isEqualTo(19);
        assertThat(doc.get("rejected").asLong()).isEqualTo(5);
        assertThat(r.err()).contains("error: " + pop + ":11:")
                .contains("error: " + pop + ":13: members[0].kind:")
                .contains("error: " + pop + ":14:")
                .contains("error: " + pop + ":24: is not UTF-8 text")
                .contains("error: " + dir.resolve("missing.jsonl") + ": no such file")
                .contains("consortia: surveyed 19 profiles; 5 rejected (bad input)")
                .doesNotContain(":12:").doesNotContain("\tat ");
        // The good profiles count as they would alone.
        Path clean = dir.resolve("clean.jsonl");
        List<String> goodOnes = new ArrayList<>(good.subList(0, 10));
        goodOnes.addAll(good.subList(11, 20));
        Files.write(clean, goodOnes);
        JsonNode alone = json(Cli.run("survey", clean.toString(), "--format", "json"));
        assertThat(doc.get("jurisdictions")).isEqualTo(alone.get("jurisdictions"));
    }

    @Test
    void aLineOverTheSizeLimitIsRejectedWithoutBeingHeld() throws IOException {
        Path pop = dir.resolve("long.jsonl");
        List<String> good = Cli.run("generate", "3", "--seed", "2", "--members", "3").out().lines().toList();
        assertThat(good).allSatisfy(line -> assertThat(line.length()).isLessThan(4096));
        Files.write(pop, List.of(good.get(0), "{\"name\": \"" + "x".repeat(5000) + "\"}", good.get(1)));
        Cli.Result r = Cli.run("--max-input-bytes", "4K", "survey", pop.toString(), "--format", "json");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(pop + ":2: the line is larger than the input limit of 4 KiB");
        assertThat(json(r).get("profiles").asLong()).isEqualTo(2);
    }

    @Test
    void aScenarioIsComparedWithTheBaselineInTheSamePass() throws IOException {
        JsonNode base = json(Cli.run("survey", "--synthetic", "800", "--seed", "8", "--format", "json"));
        JsonNode doc = json(Cli.run("survey", "--synthetic", "800", "--seed", "8", "--set", "suzhou.S1.minimum=6", "--reading", "R1=no",
                "--format", "json"));
        assertThat(doc.get("scenario").get("overrides").get("suzhou.S1.minimum").asInt()).isEqualTo(6);
        assertThat(doc.get("scenario").get("readings").get("R1").asText()).isEqualTo("no");
        assertThat(doc.get("baseline").get("readings").get("R1").asText()).isEqualTo("yes");
        JsonNode r1 = json(Cli.run("survey", "--synthetic", "800", "--seed", "8", "--baseline-set", "suzhou.S1.minimum=6",
                "--baseline-reading", "R1=no", "--format", "json"));
        for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            // The baseline is the survey without a scenario; the scenario is the survey with it as baseline.
            assertThat(jd.get("verdicts").get("baseline")).isEqualTo(base.get("jurisdictions").get(j).get("verdicts").get("baseline"));
            assertThat(jd.get("verdicts").get("scenario")).isEqualTo(r1.get("jurisdictions").get(j).get("verdicts").get("baseline"));
            Map<String, Long> from = new HashMap<>();
            Map<String, Long> to = new HashMap<>();
            for (JsonNode t : jd.get("transitions")) {
                from.merge(t.get("from").asText(), t.get("count").asLong(), Long::sum);
                to.merge(t.get("to").asText(), t.get("count").asLong(), Long::sum);
            }
            for (Verdict v : Verdict.values()) {
                assertThat(from.get(v.name())).isEqualTo(jd.get("verdicts").get("baseline").get(v.name()).get("count").asLong());
                assertThat(to.get(v.name())).isEqualTo(jd.get("verdicts").get("scenario").get(v.name()).get("count").asLong());
            }
        }
        JsonNode suzhou = find(doc, "suzhou");
        assertThat(suzhou.get("verdicts").get("scenario")).isNotEqualTo(suzhou.get("verdicts").get("baseline"));
    }

    static JsonNode find(JsonNode doc, String id) {
        for (JsonNode j : doc.get("jurisdictions")) {
            if (j.get("id").asText().equals(id)) {
                return j;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void csvHasARowPerFigureWithTheJsonFigures() throws IOException {
        String[] args = {"survey", "--synthetic", "300", "--seed", "6", "--set", "qingdao.Q2.minimum=2", "-j", "qingdao", "-j", "suzhou"};
        JsonNode doc = json(Cli.run(concat(args, "--format", "json")));
        Cli.Result r = Cli.run(concat(args, "--format", "csv"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("jurisdiction,measure,item,to,count,share\r\n");
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (var it = csv.readerForListOf(String.class).<List<String>>readValues(r.out())) {
            it.forEachRemaining(rows::add);
        }
        int checked = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            JsonNode j = find(doc, row.get(0));
            JsonNode count = switch (row.get(1)) {
                case "baseline", "scenario" -> j.get("verdicts").get(row.get(1)).get(row.get(2));
                case "transition" -> transition(j, row.get(2), row.get(3));
                case "fail", "unknown", "binding" -> rule(j, row.get(2)).get(row.get(1));
                case "flips" -> row.get(3).isEmpty() ? reading(j, row.get(2)).get("flips") : reading(j, row.get(2)).get("to").get(row.get(3));
                default -> throw new AssertionError(row);
            };
            assertThat(row.get(4)).as("%s", row).isEqualTo(count.get("count").asText());
            assertThat(new java.math.BigDecimal(row.get(5))).as("%s", row).isEqualByComparingTo(count.get("share").decimalValue());
            checked++;
        }
        int rules = find(doc, "qingdao").get("rules").size() + find(doc, "suzhou").get("rules").size();
        assertThat(checked).isEqualTo(2 * (4 + 4 + 16) + 3 * rules
                + 5 * (find(doc, "qingdao").get("readings").size() + find(doc, "suzhou").get("readings").size()));
    }

    private static JsonNode transition(JsonNode j, String from, String to) {
        for (JsonNode t : j.get("transitions")) {
            if (t.get("from").asText().equals(from) && t.get("to").asText().equals(to)) {
                return t;
            }
        }
        throw new AssertionError(from + to);
    }

    private static JsonNode rule(JsonNode j, String id) {
        for (JsonNode r : j.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    private static JsonNode reading(JsonNode j, String id) {
        for (JsonNode r : j.get("readings")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void textAndMarkdownSummariseEveryJurisdictionWithTheJsonFigures() throws IOException {
        String[] args = {"survey", "--synthetic", "500", "--seed", "12", "--set", "suzhou.S1.minimum=6", "--lang", "EN"};
        JsonNode doc = json(Cli.run(concat(args, "--format", "json")));
        Cli.Result text = Cli.run(args);
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Survey of 500 profiles\n")
                .contains("population: synthetic, 500 profiles, seed 12, 3–30 members, applied on 2025-06-01")
                .contains("scenario: suzhou.S1.minimum=6")
                .contains("reproduce: consortia survey --synthetic 500 --seed 12 --members 3..30 --applied-on 2025-06-01 --set suzhou.S1.minimum=6");
        for (JsonNode j : doc.get("jurisdictions")) {
            assertThat(text.out()).contains("── " + j.get("id").asText() + " ");
            JsonNode eligible = j.get("verdicts").get("baseline").get("ELIGIBLE");
            assertThat(text.out()).containsPattern("ELIGIBLE +" + eligible.get("count").asText() + " +"
                    + java.util.regex.Pattern.quote(io.consortia.cli.render.SurveyJson.percent(eligible)));
            for (JsonNode r : j.get("rules")) {
                assertThat(text.out()).containsPattern(java.util.regex.Pattern.quote(r.get("id").asText()) + " +" + r.get("strength").asText()
                        + " +" + String.format(java.util.Locale.ROOT, "%,d", r.get("fail").get("count").asLong()) + " +"
                        + java.util.regex.Pattern.quote(io.consortia.cli.render.SurveyJson.percent(r.get("fail"))));
            }
        }
        Cli.Result md = Cli.run(concat(args, "--format", "md"));
        assertThat(md.out()).startsWith("# Survey of 500 profiles").contains("| verdict | baseline |").contains("| ---: |")
                .contains("## suzhou ");
    }

    @Test
    void wrongOptionsStopWithStatusTwoBeforeAnythingIsRead() {
        assertThat(Cli.run("survey").err()).contains("give the population");
        assertThat(Cli.run("survey", "x.jsonl", "--synthetic", "3").err()).contains("not both");
        assertThat(Cli.run("survey", "x.jsonl", "--seed", "3").err()).contains("--seed describes a synthetic population");
        assertThat(Cli.run("survey", "--synthetic", "3", "--set", "suzhou.S1.minimum=x").status()).isEqualTo(2);
        assertThat(Cli.run("survey", "--synthetic", "3", "--reading", "R1=maybe").err()).contains("--reading R1=maybe");
        assertThat(Cli.run("survey", "--synthetic", "3", "--threads", "0").err()).contains("--threads 0");
        assertThat(Cli.run("survey", "--synthetic", "3", "-j", "atlantis").status()).isEqualTo(2);
        assertThat(Cli.run("survey", "--synthetic", "3", "--report", "-").status()).isEqualTo(2);
    }

    @Test
    void theProgressBarIsDrawnOnStandardErrorWhenAskedAndNeverByDefaultInTests() throws IOException {
        Cli.Result quiet = Cli.run("survey", "--synthetic", "50", "--format", "json");
        assertThat(quiet.err()).isEmpty();
        Cli.Result shown = Cli.run("survey", "--synthetic", "2000", "--format", "json", "--progress", "on");
        assertThat(shown.status()).isZero();
        assertThat(shown.err()).contains("survey").contains("2000/2000").contains("profiles");
        assertThat(json(shown).get("profiles").asLong()).isEqualTo(2000);
        Cli.Result gen = Cli.run("generate", "100", "--progress", "on");
        assertThat(gen.err()).contains("100/100");
        assertThat(gen.out().lines()).hasSize(100);
    }

    @Test
    void outputAndReportAreWrittenWhenTheSurveyCompletes() throws IOException {
        Path out = dir.resolve("s.json");
        Path html = dir.resolve("s.html");
        Cli.Result r = Cli.run("survey", "--synthetic", "100", "--format", "json", "-o", out.toString(), "--report", html.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("profiles").asLong()).isEqualTo(100);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!doctype html>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("s.json", "s.html");
        }
    }
}

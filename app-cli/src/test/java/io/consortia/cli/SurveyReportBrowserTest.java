package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.cli.render.SurveyJson;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey's HTML report in a real browser: headless Chromium (Debian's package; ./test installs
 * it) loads the page from a file, offline, runs its scripts and dumps the DOM. The page must draw
 * every chart with no script error and no console message, and every figure it shows, in its
 * tables, cards and charts, must be the figure of {@code survey --format json} run separately with
 * the same options.
 */
class SurveyReportBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SURVEY = {"survey", "--synthetic", "3000", "--seed", "11", "--set", "suzhou.S1.minimum=6",
            "--reading", "R1=no", "--as-of", "2025-06-01"};

    @TempDir
    Path dir;

    /** Chromium from $CONSORTIA_CHROMIUM or the PATH; the test fails, saying how to install it, when there is none. */
    static Path chromium() {
        String configured = System.getenv("CONSORTIA_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return fail("Chromium is needed to check the survey report in a real browser and was not found on the PATH. "
                + "Install it (Debian: apt-get install chromium; ./test does this), or point CONSORTIA_CHROMIUM at a Chromium binary.");
    }

    record Browser(String dom, String log) {}

    static Browser load(Path page, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("dom.html");
        Path err = dir.resolve("chromium.log");
        List<String> cmd = List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--proxy-server=127.0.0.1:9", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
                "--dump-dom", page.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 180 s: " + cmd);
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("Chromium's exit status; its log:%n%s", log).isZero();
        return new Browser(Files.readString(out, StandardCharsets.UTF_8), log);
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
    }

    /** The figure as the report shows it: a count grouped, a share as a percentage with one decimal. */
    static String shown(JsonNode doc, String pointer) {
        if (pointer.endsWith("/share")) {
            return SurveyJson.percent(doc.at(pointer.substring(0, pointer.length() - "/share".length())));
        }
        return String.format(Locale.ROOT, "%,d", doc.at(pointer).asLong());
    }

    @Test
    void theReportDrawsEveryChartWithoutErrorsAndShowsTheJsonFigures() throws Exception {
        Path page = dir.resolve("report.html");
        Cli.Result made = Cli.run(SurveyCommandTest.concat(SURVEY, "--report", page.toString(), "-o", dir.resolve("ignored.txt").toString()));
        assertThat(made.status()).as(made.err()).isZero();
        Cli.Result json = Cli.run(SurveyCommandTest.concat(SURVEY, "--format", "json"));
        JsonNode doc = JSON.readTree(json.out());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        // Nothing is fetched: outside the inline scripts, no element names an address; and the browser
        // runs with a proxy that refuses every connection, so a fetch would be a console error.
        String markup = html.replaceAll("(?s)(<script\\b[^>]*>).*?(</script>)", "$1$2");
        assertThat(Pattern.compile("(?i)<script\\b[^>]*\\bsrc=").matcher(markup).find()).as("a script from elsewhere").isFalse();
        assertThat(Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:|//)").matcher(markup).find()).as("an external src or href").isFalse();
        assertThat(Pattern.compile("(?i)<(link|iframe|img)\\b").matcher(markup).find()).as("a link, iframe or image element").isFalse();

        Browser b = load(page, dir);
        String dom = b.dom();
        assertThat(dom).as("the DOM Chromium dumped").contains("id=\"survey-data\"");
        // No script error (recorded by the page) and no console message (logged by Chromium).
        assertThat(dom).doesNotContain("data-errors=");
        assertThat(b.log().lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console messages").isEmpty();

        int jurisdictions = doc.get("jurisdictions").size();
        Matcher body = Pattern.compile("<body[^>]*>").matcher(dom);
        assertThat(body.find()).isTrue();
        assertThat(attribute(body.group(), "data-charts")).as("charts drawn").contains(String.valueOf(2 + jurisdictions + 1));

        // Every chart is drawn (SVG elements) and every value it holds is the JSON figure.
        Matcher charts = Pattern.compile("<div [^>]*class=\"chart[^\"]*\"[^>]*>").matcher(dom);
        Set<String> drawnPointers = new HashSet<>();
        int chartCount = 0;
        while (charts.find()) {
            String tag = charts.group();
            String id = attribute(tag, "id").orElseThrow();
            chartCount++;
            assertThat(Integer.parseInt(attribute(tag, "data-elements").orElse("0"))).as("SVG elements of %s", id).isGreaterThan(20);
            JsonNode drawn = JSON.readTree(attribute(tag, "data-drawn").orElseThrow(() -> new AssertionError(id + " has no data-drawn")));
            assertThat(drawn.size()).as("values drawn by %s", id).isPositive();
            for (JsonNode pair : drawn) {
                String pointer = pair.get(0).asText();
                drawnPointers.add(pointer);
                JsonNode figure = doc.at(pointer);
                assertThat(figure.isMissingNode()).as("%s in %s", pointer, id).isFalse();
                BigDecimal expected = pointer.endsWith("/share")
                        ? figure.decimalValue().movePointRight(2).setScale(4, RoundingMode.HALF_UP) : figure.decimalValue();
                assertThat(pair.get(1).decimalValue()).as("%s drawn by %s", pointer, id).isEqualByComparingTo(expected);
            }
        }
        assertThat(chartCount).isEqualTo(2 + jurisdictions + 1);

        // Every figure cell shows its JSON figure as the text formats show it.
        Matcher figures = Pattern.compile("<span data-figure=\"([^\"]+)\">([^<]*)</span>").matcher(dom);
        Map<String, Integer> shownPointers = new HashMap<>();
        while (figures.find()) {
            String pointer = figures.group(1);
            assertThat(doc.at(pointer).isMissingNode()).as(pointer).isFalse();
            assertThat(unescape(figures.group(2))).as(pointer).isEqualTo(shown(doc, pointer));
            shownPointers.merge(pointer, 1, Integer::sum);
        }
        // Each count and share of the document appears in a table, and the charts draw what they should.
        List<String> expected = new ArrayList<>();
        for (int j = 0; j < jurisdictions; j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            for (String v : List.of("ELIGIBLE", "ELIGIBLE_WITH_DEVIATIONS", "UNDETERMINED", "INELIGIBLE")) {
                for (String setting : List.of("baseline", "scenario")) {
                    expected.add("/jurisdictions/" + j + "/verdicts/" + setting + "/" + v);
                    assertThat(drawnPointers).contains("/jurisdictions/" + j + "/verdicts/" + setting + "/" + v + "/share");
                }
            }
            for (int r = 0; r < jd.get("rules").size(); r++) {
                for (String m : List.of("fail", "unknown", "binding")) {
                    expected.add("/jurisdictions/" + j + "/rules/" + r + "/" + m);
                }
                assertThat(drawnPointers).contains("/jurisdictions/" + j + "/rules/" + r + "/binding/share");
            }
            for (int k = 0; k < 16; k++) {
                expected.add("/jurisdictions/" + j + "/transitions/" + k);
                assertThat(drawnPointers).contains("/jurisdictions/" + j + "/transitions/" + k + "/count");
            }
            for (int r = 0; r < jd.get("readings").size(); r++) {
                expected.add("/jurisdictions/" + j + "/readings/" + r + "/flips");
                assertThat(drawnPointers).contains("/jurisdictions/" + j + "/readings/" + r + "/flips/share");
            }
        }
        for (String pointer : expected) {
            assertThat(shownPointers).as("figures shown in tables").containsKey(pointer + "/count").containsKey(pointer + "/share");
        }
        // The footer says what reproduces the figures.
        assertThat(dom).contains("<code>" + doc.get("command").asText() + "</code>").contains("seed 11")
                .contains("kernel " + doc.get("kernel").asText()).contains("Apache ECharts 5.");
    }

    @Test
    void withoutAScenarioOrSensitivityTheReportSaysSoAndStillDrawsItsCharts() throws Exception {
        Path page = dir.resolve("plain.html");
        Cli.Result made = Cli.run("survey", "--synthetic", "500", "--no-sensitivity", "-j", "suzhou", "--report", page.toString(),
                "-o", dir.resolve("ignored.txt").toString());
        assertThat(made.status()).as(made.err()).isZero();
        Browser b = load(page, dir);
        assertThat(b.dom()).doesNotContain("data-errors=").contains("No scenario was given").contains("Reading sensitivity was not computed")
                .contains("data-charts=\"2\"");
        assertThat(b.log().lines().filter(l -> l.contains(":CONSOLE")).toList()).isEmpty();
    }
}

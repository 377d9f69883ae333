package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The conventions every command keeps (ADR 0021, docs/cli-conventions.md): {@code --version},
 * help summaries, options, enum values and ids in any case, colour, shell completion and man
 * pages, CSV with a BOM, escaped Markdown and HTML, advisory rules never counted as failures, the
 * official name labelled as a suggestion, money in 万元/亿元.
 */
class ConventionsTest {

    private static final String DEVIATIONS = "examples/suzhou-deviations.yaml";
    private static final String ELIGIBLE = "examples/suzhou-eligible.yaml";
    private static final String ESC = "\u001B[";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The subcommands, as picocli knows them. */
    static Map<String, CommandLine> subcommands() {
        return Main.commandLine(new ConsortiaCommand(null, null, null, Cli.CLOCK)).getSubcommands();
    }

    // --- --version -------------------------------------------------------------------------------

    @Test
    void everyCommandPrintsTheVersionTheBuildGaveIt() {
        String expected = System.getProperty("consortia.expectedVersion");
        assertThat(expected).as("the POM passes its version to the tests").isNotBlank();
        List<String> commands = new ArrayList<>(List.of(""));
        subcommands().keySet().stream().filter(c -> !c.equals("help")).forEach(commands::add);
        assertThat(commands).contains("jurisdictions", "parameters", "assess", "gap", "survey", "generate", "compare", "explain", "replay",
                "serve", "simulate", "procedure", "calendar", "init", "test", "schema", "completion", "man");
        for (String c : commands) {
            Cli.Result r = c.isEmpty() ? Cli.run("--version") : Cli.run(c, "--version");
            assertThat(r.status()).as(c).isZero();
            assertThat(r.out().lines().findFirst()).as(c).contains("consortia " + expected);
            assertThat(r.out()).as(c).contains("kernel ").contains("Java " + Runtime.version());
        }
    }

    // --- help ------------------------------------------------------------------------------------

    @Test
    void helpSummariesAreWholeSentences() {
        Cli.Result r = Cli.run("--help", "--width", "80");
        String usage = r.out().replaceAll("\\s+", " ");
        for (Map.Entry<String, CommandLine> e : subcommands().entrySet()) {
            // picocli lists a command with its header's first line, else its description's.
            String[] header = e.getValue().getCommandSpec().usageMessage().header();
            String[] description = header.length > 0 ? header : e.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(e.getKey()).isNotEmpty();
            String summary = description[0];
            assertThat(summary).as("%s: the first line is a sentence", e.getKey()).endsWith(".").doesNotContain("%n");
            // The command list shows the whole sentence (wrapped, never cut).
            assertThat(usage).as(e.getKey()).contains(e.getKey() + " " + summary.replaceAll("\\s+", " "));
        }
    }

    // --- any case --------------------------------------------------------------------------------

    @Test
    void optionsEnumValuesAndIdsTakeAnyCase() throws IOException {
        Cli.Result json = Cli.run("assess", DEVIATIONS, "-J", "SUZHOU", "--FORMAT", "JSON", "--Lang", "en");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(JSON.readTree(json.out()).get("assessments").get(0).get("jurisdiction").asText()).isEqualTo("suzhou");
        assertThat(Cli.run("parameters", "-j", "Qingdao", "--format", "Csv").out()).startsWith("name,jurisdiction");
        assertThat(Cli.run("procedure", "SUZHOU", "--lang", "zh").out()).contains("步骤");
        assertThat(Cli.run("init", "Suzhou").out()).contains("苏州市");
        assertThat(Cli.run("explain", "SUZHOU.s1").out()).contains("suzhou.S1");
        assertThat(Cli.run("schema", "PROFILE").status()).isZero();
        assertThat(Cli.run("completion", "ZSH").status()).isZero();
        Cli.Result set = Cli.run("assess", DEVIATIONS, "-j", "suzhou", "--format", "json", "--SET", "SUZHOU.s1.MINIMUM=7");
        assertThat(JSON.readTree(set.out()).get("assessments").get(0).get("verdict").asText()).as(set.err()).isEqualTo("ELIGIBLE");
        assertThat(Cli.run("compare", "--format", "JSON", "--set", "Jiyuan.Notice.WorkingDays=7").status()).isZero();
        // Still refused when it names nothing, and said how.
        Cli.Result unknown = Cli.run("assess", DEVIATIONS, "-j", "ATLANTIS");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("-j ATLANTIS: unknown jurisdiction");
    }

    // --- colour ----------------------------------------------------------------------------------

    private static final Tty TERMINAL = new Tty(true, () -> 100);

    @Test
    void verdictsAreColouredOnATerminalOnly() {
        // auto on a terminal: green ELIGIBLE, yellow with deviations, red INELIGIBLE
        String shown = Cli.runOn(TERMINAL, Map.of(), "assess", ELIGIBLE, DEVIATIONS, "-j", "suzhou", "-j", "qingdao").out();
        assertThat(shown).contains(ESC + "32mELIGIBLE" + ESC + "0m").contains(ESC + "33mELIGIBLE_WITH_DEVIATIONS")
                .contains(ESC + "31mINELIGIBLE");
        assertThat(Cli.runOn(TERMINAL, Map.of(), "assess", "examples/yongchuan-tea-processing-undetermined.yaml", "-j", "yongchuan").out())
                .contains(ESC + "36mUNDETERMINED");
        // auto, not a terminal (a pipe, a file): never
        assertThat(Cli.runOn(Tty.NONE, Map.of(), "assess", ELIGIBLE, "-j", "suzhou").out()).doesNotContain("\u001B");
        // NO_COLOR set and not empty: never, on a terminal too; empty: ignored
        assertThat(Cli.runOn(TERMINAL, Map.of("NO_COLOR", "1"), "assess", ELIGIBLE, "-j", "suzhou").out()).doesNotContain("\u001B");
        assertThat(Cli.runOn(TERMINAL, Map.of("NO_COLOR", ""), "assess", ELIGIBLE, "-j", "suzhou").out()).contains(ESC + "32m");
        assertThat(Cli.runOn(TERMINAL, Map.of("TERM", "dumb"), "assess", ELIGIBLE, "-j", "suzhou").out()).doesNotContain("\u001B");
        // --color never on a terminal; --color always through a pipe, and over NO_COLOR (an explicit option wins, as no-color.org says)
        assertThat(Cli.runOn(TERMINAL, Map.of(), "assess", ELIGIBLE, "-j", "suzhou", "--color", "never").out()).doesNotContain("\u001B");
        assertThat(Cli.runOn(Tty.NONE, Map.of("NO_COLOR", "1"), "assess", ELIGIBLE, "-j", "suzhou", "--color=always").out())
                .contains(ESC + "32mELIGIBLE");
        // Never in JSON, Markdown or CSV, whatever --color says.
        assertThat(Cli.runOn(TERMINAL, Map.of(), "assess", ELIGIBLE, "--format", "json", "--color", "always").out()).doesNotContain("\u001B");
        assertThat(Cli.runOn(TERMINAL, Map.of(), "assess", ELIGIBLE, "--format", "md", "--color", "always").out()).doesNotContain("\u001B");
        // Written to a file, text is not coloured in auto.
        Path file = dir.resolve("out.txt");
        Cli.runOn(TERMINAL, Map.of(), "assess", ELIGIBLE, "-o", file.toString());
        assertThat(file).content(StandardCharsets.UTF_8).contains("ELIGIBLE").doesNotContain("\u001B");
    }

    @Test
    void thisTestsStandardOutputIsNotATerminal() {
        // Surefire's fork writes to a pipe or a file: what auto sees when output is piped.
        assertThat(Tty.system().stdoutIsTerminal()).isFalse();
    }

    @Test
    void controlCharactersFromInputNeverReachTheTerminal() throws IOException {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, Files.readString(Path.of(ELIGIBLE)).replace("name: 苏州市第三代半导体创新联合体",
                "name: \"evil\\e[2J\\e]0;title\\u0007\\rname\""));
        Cli.Result r = Cli.runOn(TERMINAL, Map.of(), "assess", p.toString(), "-j", "suzhou");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("evil").doesNotContain("\u001B[2J").doesNotContain("\u001B]").doesNotContain("\r").doesNotContain("\u0007");
    }

    // --- width -----------------------------------------------------------------------------------

    @Test
    void textIsWrappedAtTheTerminalsWidthOrColumnsOrNotAtAll() {
        int widest = max(Cli.run("explain", "suzhou.S1"));
        assertThat(widest).as("not a terminal and no $COLUMNS: not wrapped").isGreaterThan(100);
        assertThat(max(Cli.runWith(Map.of("COLUMNS", "60"), "explain", "suzhou.S1"))).isLessThanOrEqualTo(60);
        assertThat(max(Cli.runOn(new Tty(true, () -> 70), Map.of("COLUMNS", "200"), "explain", "suzhou.S1"))).isLessThanOrEqualTo(70);
        assertThat(max(Cli.runOn(new Tty(true, () -> 70), Map.of(), "explain", "suzhou.S1", "--width", "0"))).isEqualTo(widest);
        Cli.Result narrow = Cli.run("explain", "suzhou.S1", "--width", "10");
        assertThat(narrow.status()).isEqualTo(2);
        assertThat(narrow.err()).contains("--width 10: 0 (no wrapping) or from 20");
    }

    private static int max(Cli.Result r) {
        return r.out().lines().mapToInt(l -> org.jline.utils.AttributedString.fromAnsi(l).columnLength()).max().orElse(0);
    }

    // --- completion and man pages ----------------------------------------------------------------

    @Test
    void theCompletionScriptIsValidBashAndKnowsEveryCommand() throws Exception {
        Cli.Result r = Cli.run("completion");
        assertThat(r.status()).isZero();
        for (String c : subcommands().keySet()) {
            assertThat(r.out()).as(c).contains(c);
        }
        assertThat(r.out()).contains("'--lang'").contains("'--width'").contains("(\"ZH\" \"EN\" \"BOTH\")");
        Path script = dir.resolve("consortia-completion.bash");
        Files.writeString(script, r.out());
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(said).isZero();
    }

    @Test
    void theManPageOfEveryCommandListsEveryOption() throws IOException {
        Map<String, CommandLine> all = subcommands();
        for (Map.Entry<String, CommandLine> e : all.entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            Cli.Result r = Cli.run("man", e.getKey());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).as(e.getKey()).contains(":doctype: manpage").contains("= consortia-" + e.getKey() + "(1)");
            // Each option is defined on a line of its own: "*-j*, *--jurisdiction*=_ID_::", "*--color, --colour*=_WHEN_::".
            List<String> defined = r.out().lines().filter(l -> l.endsWith("::")).toList();
            for (OptionSpec o : spec.options()) {
                for (String name : o.names()) {
                    assertThat(defined).as("%s %s", e.getKey(), name).anySatisfy(l -> assertThat(l).containsPattern("[*, ]" + name + "[*,=]"));
                }
            }
        }
        assertThat(Cli.run("man").out()).contains("= consortia(1)").contains("*--width*=_N_::");
        Path out = dir.resolve("man");
        Cli.Result written = Cli.run("man", "--outdir", out.toString());
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(out.resolve("consortia.adoc")).exists();
        assertThat(out.resolve("consortia-assess.adoc")).content(StandardCharsets.UTF_8).contains("*--envelope*");
        assertThat(Cli.run("man", "nonesuch").err()).contains("man nonesuch: no such command");
    }

    // --- CSV, Markdown, HTML ---------------------------------------------------------------------

    @Test
    void everyCsvGoesThroughJacksonAndTakesABom() throws IOException {
        for (List<String> args : List.of(List.of("parameters"), List.of("compare"), List.of("survey", "--synthetic", "50"))) {
            List<String> a = new ArrayList<>(args);
            a.addAll(List.of("--format", "csv"));
            String plain = Cli.run(a.toArray(String[]::new)).out();
            a.add("--bom");
            String bom = Cli.run(a.toArray(String[]::new)).out();
            assertThat(bom).as("%s", args).isEqualTo("\uFEFF" + plain);
            assertThat(plain).as("%s", args).doesNotStartWith("\uFEFF").contains("\r\n");
            // Parsed back by Jackson: every row as wide as the header.
            CsvMapper csv = new CsvMapper();
            try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(plain)) {
                List<List<String>> all = rows.readAll();
                assertThat(all).as("%s", args).hasSizeGreaterThan(1);
                all.forEach(row -> assertThat(row).hasSize(all.get(0).size()));
            }
        }
    }

    @Test
    void markdownAndHtmlEscapeEverythingFromInput() throws IOException {
        String evil = "<script>alert(1)</script> | *x* [a](b)";
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, Files.readString(Path.of(ELIGIBLE)).replace("name: 苏州市第三代半导体创新联合体", "name: \"" + evil + "\""));
        for (String[] args : List.of(new String[] {"assess", p.toString(), "--format", "md"},
                new String[] {"assess", p.toString(), "--format", "md", "--envelope"})) {
            Cli.Result r = Cli.run(args);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\[a\\](b)");
        }
        // A population file whose name is markup: the survey's Markdown and its HTML report show it as text.
        Path population = dir.resolve("<b>x|y.jsonl");
        Files.writeString(population, Cli.run("generate", "20").out());
        Path report = dir.resolve("report.html");
        Cli.Result md = Cli.run("survey", population.toString(), "--format", "md", "--report", report.toString());
        assertThat(md.status()).as(md.err()).isZero();
        assertThat(md.out()).doesNotContain("<b>").contains("&lt;b&gt;x\\|y.jsonl");
        assertThat(Files.readString(report)).doesNotContain("<b>x|y.jsonl").contains("&lt;b&gt;x|y.jsonl");
    }

    // --- summaries, names, money -----------------------------------------------------------------

    @Test
    void advisoryRulesAreNeverCountedAsFailures() throws IOException {
        // Suzhou with S1 lowered to 7: ELIGIBLE, only S11 (PREFERENCE) not met.
        Cli.Result text = Cli.run("assess", DEVIATIONS, "-j", "suzhou", "--set", "suzhou.S1.minimum=7", "--lang", "EN");
        assertThat(text.out()).contains("ELIGIBLE").contains("14 rules: 13 pass, 0 fail, 0 unknown, 1 advisory not met (not counted against)");
        assertThat(Cli.run("assess", DEVIATIONS, "-j", "suzhou", "--set", "suzhou.S1.minimum=7", "--lang", "ZH").out())
                .contains("0 条不满足").contains("1 条倡导性规则未满足（不影响结论）");
        assertThat(Cli.run("assess", DEVIATIONS, "-j", "suzhou", "--set", "suzhou.S1.minimum=7", "--format", "md", "--lang", "EN").out())
                .contains("| **ELIGIBLE** eligible | – | – |");
        // Over every example: the "fail" count is the binding rules' FAILs, never an ENCOURAGED or PREFERENCE one.
        for (Path profile : TextOutputTest.files(Path.of("examples"), ".yaml")) {
            JsonNode line = JSON.readTree(Cli.run("assess", profile.toString(), "--format", "json").out());
            String shown = Cli.run("assess", profile.toString(), "--lang", "EN").out();
            for (JsonNode a : line.get("assessments")) {
                long binding = 0;
                long advisory = 0;
                for (JsonNode f : a.get("findings")) {
                    boolean binds = List.of("MANDATORY", "PRESUMPTIVE").contains(f.get("strength").asText());
                    if (f.get("outcome").asText().equals("FAIL") && binds) {
                        binding++;
                    }
                    if (!f.get("outcome").asText().equals("PASS") && !binds) {
                        advisory++;
                    }
                }
                assertThat(shown).as("%s %s", profile, a.get("jurisdiction")).containsPattern(" pass, " + binding + " fail, \\d+ unknown"
                        + (advisory == 0 ? "\n" : ", " + advisory + " advisory not met"));
            }
        }
    }

    @Test
    void theOfficialNameIsLabelledASuggestionBuiltFromTheField() {
        assertThat(Cli.run("assess", ELIGIBLE, "-j", "suzhou", "--lang", "EN").out())
                .contains("suggested name (the policy's naming pattern applied to the profile's field; a suggestion only): 「苏州市电子信息创新联合体」");
        assertThat(Cli.run("assess", ELIGIBLE, "-j", "suzhou", "--lang", "ZH").out())
                .contains("建议名称（按政策的命名格式由档案的产业领域生成，仅供参考）：「苏州市电子信息创新联合体」");
        assertThat(Cli.run("assess", ELIGIBLE, "-j", "suzhou", "--format", "md", "--lang", "EN").out()).contains("suggested name");
    }

    @Test
    void moneyInChineseTextIsInWanOrYiYuan() {
        assertThat(Cli.run("parameters", "-j", "suzhou", "--lang", "ZH").out()).contains("200万元");
        assertThat(Cli.run("parameters", "-j", "neimenggu", "--lang", "ZH").out()).contains("1亿元");
        assertThat(Cli.run("parameters", "-j", "suzhou", "--lang", "EN").out()).contains("cap = 2,000,000 yuan").doesNotContain("= 200万元");
        assertThat(Cli.run("compare", "--lang", "ZH").out()).contains("200万元").doesNotContain("2,000,000");
    }

    @Test
    void oneOfAThingIsSingularInEnglish() throws Exception {
        Path one = dir.resolve("one.yaml");
        Files.writeString(one, "name: 苏州市单一成员创新联合体\nappliedOn: 2025-06-01\nlead: m1\nmembers:\n"
                + "  - {id: m1, name: 苏州某某有限公司, kind: ENTERPRISE, registeredIn: \"320505\"}\n");
        String out = Cli.run("assess", one.toString(), "-j", "suzhou", "--lang", "EN").out();
        assertThat(out).contains("1 member, lead").doesNotContain("1 members");
        assertThat(Cli.run("assess", "examples/suzhou-eligible.yaml", "-j", "suzhou", "--lang", "EN").out()).contains(" members, lead");
    }
}

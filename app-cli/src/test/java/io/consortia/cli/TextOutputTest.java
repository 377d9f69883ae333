package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.reading.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text output of every command, on the examples (ADR 0021): no line runs past the width at 80
 * and 120 columns, Chinese included; with {@code --lang ZH} no line has an English word, with
 * {@code --lang EN} no line a Chinese character, outside the exceptions docs/cli-conventions.md
 * lists: quotations, names and values from the input files, and the policies' own codes and values.
 *
 * <p>The commands whose output is a file format, not text for reading, are left out: {@code init}
 * (YAML), {@code schema} (JSON), {@code generate} (JSON Lines), {@code man} (AsciiDoc), {@code
 * completion} (bash), {@code serve} (a line on standard error), and every {@code --format} other
 * than text.
 */
class TextOutputTest {

    private static final Path EXAMPLES = Path.of("examples");

    /** Every command with text output, on the examples: each an argument list. */
    static List<List<String>> runs;

    /** The strings of the input files the runs read: names and values from input. */
    static Set<String> inputStrings;

    /** The field names of the input files: codes (finances, field, appliedOn). */
    static Set<String> inputKeys;

    static JurisdictionCatalog catalog;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void runs() throws IOException {
        List<JurisdictionProvider> providers = new ArrayList<>();
        ServiceLoader.load(JurisdictionProvider.class).forEach(providers::add);
        catalog = JurisdictionCatalog.of(providers).get();
        List<Path> profiles = files(EXAMPLES, ".yaml");
        List<Path> histories = files(EXAMPLES.resolve("histories"), ".yaml");
        Path records = tmp.resolve("records.jsonl");
        Cli.Result recorded = Cli.run(concat(List.of("assess", "--format", "record"), paths(profiles)).toArray(String[]::new));
        assertThat(recorded.status()).as(recorded.err()).isZero();
        Files.writeString(records, recorded.out());

        runs = new ArrayList<>();
        runs.add(List.of("jurisdictions"));
        runs.add(List.of("jurisdictions", "--facts"));
        runs.add(List.of("parameters"));
        runs.add(concat(List.of("assess", "--all"), paths(profiles)));
        runs.add(concat(List.of("assess", "--envelope"), paths(profiles)));
        runs.add(List.of("assess", "examples/suzhou-eligible.yaml", "--registry", "examples/registries/cross-consortium.yaml", "--set",
                "suzhou.S1.minimum=9"));
        for (Path p : profiles) {
            runs.add(List.of("gap", p.toString(), "--all"));
        }
        runs.add(List.of("survey", "--synthetic", "300", "--set", "suzhou.S1.minimum=6", "--reading", "R1=no"));
        runs.add(List.of("compare"));
        runs.add(List.of("compare", "--set", "jiyuan.notice.workingDays=7"));
        for (Jurisdiction j : catalog.all()) {
            j.latest().rules().forEach(r -> runs.add(List.of("explain", r.id().toString())));
            runs.add(List.of("procedure", j.id()));
        }
        runs.add(List.of("explain", "suzhou.S1", "--set", "suzhou.S1.minimum=6"));
        runs.add(List.of("replay", records.toString()));
        runs.add(List.of("replay", records.toString(), "--set", "suzhou.S1.minimum=9"));
        for (Path h : histories) {
            runs.add(List.of("simulate", h.toString(), "--calendar", "examples/calendar/2027-illustrative.json"));
        }
        runs.add(List.of("calendar"));
        runs.add(List.of("calendar", "2025"));
        runs.add(List.of("calendar", "2031"));
        runs.add(List.of("test", "examples/cases", "--coverage"));

        inputStrings = new LinkedHashSet<>();
        inputKeys = new LinkedHashSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path f : concatPaths(profiles, histories, files(EXAMPLES.resolve("cases"), ".yaml"), files(EXAMPLES.resolve("registries"), ".yaml"))) {
            strings(yaml.readTree(f.toFile()), inputStrings, inputKeys);
        }
    }

    @TestFactory
    Stream<DynamicTest> noLineRunsPastTheWidth() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String width : List.of("80", "120")) {
            for (String lang : List.of("ZH", "EN", "BOTH")) {
                tests.add(DynamicTest.dynamicTest(width + " columns, " + lang, () -> {
                    for (List<String> run : runs) {
                        String out = text(run, "--lang", lang, "--width", width);
                        for (String line : out.split("\n", -1)) {
                            assertThat(AttributedString.fromAnsi(line).columnLength()).as("%s at %s:%n%s", run, width, line)
                                    .isLessThanOrEqualTo(Integer.parseInt(width));
                        }
                    }
                }));
            }
        }
        // Help too, for every command.
        tests.add(DynamicTest.dynamicTest("help at 80 columns", () -> {
            for (String command : commands()) {
                Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
                assertThat(r.status()).isZero();
                for (String line : r.out().split("\n")) {
                    assertThat(AttributedString.fromAnsi(line).columnLength()).as("%s --help:%n%s", command, line).isLessThanOrEqualTo(80);
                }
            }
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> chineseTextHasNoEnglishWords() {
        Set<String> codes = codeWords();
        return runs.stream().map(run -> DynamicTest.dynamicTest(String.join(" ", run), () -> {
            String out = text(run, "--lang", "ZH", "--width", "0");
            assertThat(englishWords(out, inputStrings, codes)).as("English words in %s --lang ZH:%n%s", run, out).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> englishTextHasNoChinese() {
        Set<String> allowed = new LinkedHashSet<>(inputStrings);
        allowed.addAll(policyValues());
        return runs.stream().map(run -> DynamicTest.dynamicTest(String.join(" ", run), () -> {
            String out = text(run, "--lang", "EN", "--width", "0");
            assertThat(chinese(out, allowed)).as("Chinese in %s --lang EN:%n%s", run, out).isEmpty();
        }));
    }

    // ---------------------------------------------------------------------------------------------
    // The rules, exactly as docs/cli-conventions.md states them.

    /** Quotations: of the policy text 「…」, titles 《…》, and “…” or "…" (names quoted in the kernel's sentences). */
    static final Pattern QUOTED = Pattern.compile("「[^」]*」|《[^》]*》|“[^”]*”|\"[^\"\n]*\"", Pattern.DOTALL);

    /**
     * A code: a token with a digit or one of {@code . _ : / = + @ # - `}, an upper-case word
     * (ELIGIBLE, IN_FORCE, R9, CNY), or a camelCase field name (appliedOn).
     */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:/=+@#`\\-\\[\\]]+");

    /** English words of text meant to be Chinese: words not quoted, not from input, and not codes. */
    static List<String> englishWords(String text, Set<String> fromInput, Set<String> codeWords) {
        String t = QUOTED.matcher(text).replaceAll(" ");
        t = t.replaceAll("`[^`\n]*`", " ");
        t = remove(t, fromInput);
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String token = m.group();
            boolean code = token.matches(".*[0-9_.:/=+@#`\\-\\[\\]].*") || !token.matches(".*[a-z].*") || token.matches(".*[a-z][A-Z].*")
                    || codeWords.contains(token);
            if (!code && token.length() > 1) {
                words.add(token + " in: " + lineOf(t, m.start()));
            }
        }
        return words;
    }

    /** Chinese in text meant to be English: Han characters and full-width punctuation outside quotations and allowed strings. */
    static List<String> chinese(String text, Set<String> allowed) {
        String t = QUOTED.matcher(text).replaceAll(" ");
        t = remove(t, allowed);
        t = CLAUSE.matcher(t).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+").matcher(t);
        while (m.find()) {
            found.add(m.group() + " in: " + lineOf(t, m.start()));
        }
        return found;
    }

    /** A clause reference, a code of the policy's own numbering: 三(一)2, 四(四), 一, 五（六）. */
    static final Pattern CLAUSE = Pattern.compile("[一二三四五六七八九十]+([(（][一二三四五六七八九十]+[)）])*[0-9]*");

    /**
     * Words that are codes though they look like words: jurisdiction ids, reading options (R1=no;
     * "switched to no"), the field names of the input formats (finances), and the names of the
     * program and its commands (consortia survey ...).
     */
    static Set<String> codeWords() {
        Set<String> out = new LinkedHashSet<>(catalog.ids());
        out.addAll(inputKeys);
        out.addAll(commands());
        out.add("consortia");
        for (Reading r : catalog.readings()) {
            out.add(r.defaultOption());
            out.add(r.alternativeOption());
        }
        return out;
    }

    /** The values the policies themselves declare in Chinese: parameter values, document numbers, the authorities named. */
    static Set<String> policyValues() {
        Set<String> out = new LinkedHashSet<>();
        for (Jurisdiction j : catalog.all()) {
            j.latest().document().number().ifPresent(out::add);
            for (Parameter p : j.parameters()) {
                if (p.value() instanceof String s) {
                    out.add(s);
                } else if (p.value() instanceof List<?> l) {
                    l.forEach(x -> out.add(String.valueOf(x)));
                    out.add(String.join("、", l.stream().map(String::valueOf).toList()));
                }
            }
            j.latest().lifecycle().ifPresent(p -> p.filings().forEach(f -> out.add(f.authority())));
        }
        // The names of the statutory calendar's holidays (元旦, 春节), as the State Council gives them.
        io.consortia.calendar.ChineseStatutoryCalendar.bundled().forEach(y -> {
            out.addAll(y.offDays().values());
            out.addAll(y.workdays().values());
        });
        return out;
    }

    /** The text without the strings, each removed where it stands whole (not inside a longer word). */
    private static String remove(String text, Set<String> strings) {
        String t = text;
        List<String> longestFirst = strings.stream().filter(s -> s.length() > 1).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String s : longestFirst) {
            if (t.contains(s)) {
                t = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(s) + "(?![A-Za-z0-9])").matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    private static String lineOf(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    // ---------------------------------------------------------------------------------------------

    /** The run's standard output, which must succeed (the test command's own exit status is 0 on the examples). */
    static String text(List<String> run, String... more) {
        Cli.Result r = Cli.run(concat(run, List.of(more)).toArray(String[]::new));
        assertThat(r.status()).as("%s: %s", run, r.err()).isIn(0);
        return r.out();
    }

    /** "" for consortia itself, then every subcommand. */
    static List<String> commands() {
        List<String> out = new ArrayList<>(List.of(""));
        out.addAll(Main.commandLine(new ConsortiaCommand(null, null, null, Cli.CLOCK)).getSubcommands().keySet());
        return out;
    }

    private static void strings(JsonNode n, Set<String> values, Set<String> keys) {
        if (n.isTextual()) {
            values.add(n.asText());
        }
        n.fieldNames().forEachRemaining(keys::add);
        n.forEach(c -> strings(c, values, keys));
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> paths(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }

    @SafeVarargs
    private static List<Path> concatPaths(List<Path>... lists) {
        List<Path> out = new ArrayList<>();
        for (List<Path> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

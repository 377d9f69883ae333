package io.consortia.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.render.ProfileJson;
import io.consortia.io.input.Documents;
import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.ProfileLine;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.OwnFacts;
import io.consortia.kernel.profile.Profile;
import io.consortia.survey.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of a population's JSON lines ({@link ProfileLine}) against the tree's ({@link
 * TreeFile} and {@code ProfileReader}): the same profile for every plain line, and for every other
 * line what the tree says (the same profile and warnings, or the same rejection, file, line and
 * path included), because the survey falls back on the tree whenever the fast path declines.
 */
class ProfileLineProperties {

    private static final JurisdictionCatalog CATALOG = JurisdictionCatalog.of(ServiceLoader.load(JurisdictionProvider.class)).get();
    private static final InputLimits LIMITS = InputLimits.DEFAULT;
    private static final PopulationReader READER = new PopulationReader(LIMITS, InputStream.nullInputStream(), e -> { });
    /** Numbers kept as written where a BigDecimal can (1e3 stays 1E+3, not 1000.0). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static String line(Profile p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            ProfileJson.write(g, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What reading a line gives: the profile (and the line it writes back), or the rejection's lines; and the warnings. */
    record Outcome(Profile profile, String written, List<String> rejected, List<String> warnings) {}

    static Outcome outcome(Function<Consumer<String>, Profile> read) {
        List<String> warnings = new ArrayList<>();
        try {
            Profile p = read.apply(warnings::add);
            return new Outcome(p, line(p), List.of(), warnings);
        } catch (InputException e) {
            return new Outcome(null, null, e.lines(), warnings);
        }
    }

    static PopulationReader.Item item(String line) {
        return item(line.getBytes(StandardCharsets.UTF_8));
    }

    static PopulationReader.Item item(byte[] bytes) {
        return new PopulationReader.Item("pop.jsonl", 17, bytes);
    }

    @Test
    void generatedProfilesAreReadStraightFromTheirLinesAsTheTreeReadsThem() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 1_000_000)).checkAssert((seed, index) -> {
            Profile generated = Generator.forCatalog(CATALOG, seed).profile(index);
            String line = line(generated);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            Optional<Profile> fast = ProfileLine.read(bytes, 0, bytes.length, LIMITS);
            assertThat(fast).as("the fast path takes a generated line").isPresent();
            assertThat(fast.get()).isEqualTo(generated);
            assertThat(line(fast.get())).isEqualTo(line);
            Outcome tree = outcome(w -> READER.throughTree(item(line), w));
            assertThat(outcome(w -> READER.profile(item(line), w))).isEqualTo(tree);
            assertThat(tree.warnings()).isEmpty();
        });
    }

    @Test
    void everyExampleWrittenAsALineIsReadTheSameBothWays() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThan(10);
        for (Path example : examples) {
            Profile p = Documents.profile(Files.readString(example), example.toString(), TreeFile.Format.YAML, LIMITS, OwnFacts.none())
                    .value().getOrElseThrow(problems -> new AssertionError(example + ": " + problems));
            String line = line(p);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(ProfileLine.read(bytes, 0, bytes.length, LIMITS)).as(example.toString()).contains(p);
            assertThat(outcome(w -> READER.profile(item(line), w))).as(example.toString()).isEqualTo(outcome(w -> READER.throughTree(item(line), w)));
        }
    }

    /**
     * Lines mangled in the ways real files go wrong (a value of the wrong kind or out of bounds, a
     * field missing, unknown, misspelt or given twice, text cut off, a byte changed) are read as
     * the tree reads them: the same profile and warnings, or the same messages.
     */
    @Test
    void mangledLinesAreReadOrRejectedExactlyAsTheTreeReadsOrRejectsThem() {
        AtomicInteger fast = new AtomicInteger();
        AtomicInteger warned = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = line(Generator.forCatalog(CATALOG, seed).profile(r.nextInt(1000)));
            byte[] bytes = Mangle.mangle(line, r);
            Outcome tree = outcome(w -> READER.throughTree(item(bytes), w));
            assertThat(outcome(w -> READER.profile(item(bytes), w))).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(tree);
            Optional<Profile> straight = ProfileLine.read(bytes, 0, bytes.length, LIMITS);
            if (straight.isPresent()) {
                fast.incrementAndGet();
                assertThat(tree.warnings()).isEmpty();
                assertThat(straight.get()).isEqualTo(tree.profile());
            } else if (tree.profile() != null) {
                warned.incrementAndGet();
            } else {
                rejected.incrementAndGet();
            }
        });
        // The mangling reaches every kind of outcome.
        assertThat(fast.get()).isGreaterThan(100);
        assertThat(warned.get()).isGreaterThan(100);
        assertThat(rejected.get()).isGreaterThan(100);
    }

    /** Ways to spoil a line of the profile format. */
    static final class Mangle {

        /** Values that are wrong (or right) in different ways for different fields. */
        static final String[] VALUES = {"null", "\"\"", "\"  \"", "\" m1 \"", "\"x\"", "0", "-0", "-1", "1.5", "1e3", "\"1e3\"", "2147483648",
                "99999999999999999999", "1E+16", "0.0000000000000000000001", "1.0", "true", "false", "{}", "[]", "[null]", "{\"a\":1}",
                "\"320505\"", "\" 320505 \"", "320505", "\"990000\"", "\"ENTERPRISE\"", "\" ENTERPRISE\"", "\"enterprise\"", "\"2025-06-01\"",
                "\" 2025-06-01 \"", "\"1899-12-31\"", "\"2025-02-30\"", "\"2024-02-29\"", "\"2025-13-01\"", "\"2025-6-1\"",
                "\"+2025-06-01\"", "\"２０２５-06-01\"", "\"2025-06-01T00:00\"", "9223372036854775808", "-2147483649", "2024", "1900", "2201", "\"m1\"", "\"m2\"", "\"\\u0000\"",
                "\"91320500MA1XXXXX0X\"", "\"91310000MA1FL8LB3E\"", "[\"320505\"]", "[\"320505\", 1]", "[{\"name\":\"a\",\"level\":\"NATIONAL\"}]",
                "[{\"year\":2024,\"revenue\":1,\"rdExpense\":2},{\"year\":2024}]", "{\"council\":true}", "{\"strongRd\":null}"};
        /** Field names: those of the format and a few that are not. */
        static final String[] KEYS = {"name", "field", "appliedOn", "lead", "governance", "facts", "members", "id", "kind", "registeredIn",
                "creditCode", "stationedIn", "chainPosition", "core", "listed", "ongoingRdProjects", "platforms", "finances", "attested",
                "level", "type", "year", "revenue", "rdExpense", "council", "strongRd", "Name", "unknown", "suzhou.x"};

        static byte[] mangle(String line, Random r) {
            int how = r.nextInt(8);
            if (how == 0) {
                return line.substring(0, r.nextInt(line.length())).getBytes(StandardCharsets.UTF_8);
            }
            if (how == 1) {
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            if (how == 2) {
                // A key given twice (or a new one) at the start of some object.
                List<Integer> starts = new ArrayList<>();
                for (int i = line.indexOf('{'); i >= 0; i = line.indexOf('{', i + 1)) {
                    starts.add(i);
                }
                int at = starts.get(r.nextInt(starts.size())) + 1;
                String entry = "\"" + KEYS[r.nextInt(KEYS.length)] + "\":" + VALUES[r.nextInt(VALUES.length)] + ",";
                return (line.substring(0, at) + entry + line.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            JsonNode root;
            try {
                root = JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode c = containers.get(r.nextInt(containers.size()));
            JsonNode value = value(VALUES[r.nextInt(VALUES.length)]);
            if (c instanceof ObjectNode o) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.isEmpty() ? "x" : names.get(r.nextInt(names.size()));
                switch (how) {
                    case 3 -> o.remove(name);
                    case 4 -> o.set(KEYS[r.nextInt(KEYS.length)], value);
                    default -> o.set(name, value);
                }
            } else if (c instanceof ArrayNode a && !a.isEmpty()) {
                int i = r.nextInt(a.size());
                switch (how) {
                    case 3 -> a.remove(i);
                    case 4 -> a.add(a.get(i).deepCopy());
                    default -> a.set(i, value);
                }
            }
            return root.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static void collect(JsonNode n, List<JsonNode> out) {
            if (n.isContainerNode()) {
                out.add(n);
                n.elements().forEachRemaining(e -> collect(e, out));
            }
        }

        private static JsonNode value(String json) {
            try {
                return JSON.readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package io.consortia.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.ProfileLine;
import io.consortia.io.input.TreeFile;
import io.consortia.io.json.Json;
import io.consortia.io.json.ProfileJson;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.survey.Generator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one line of a JSON Lines population into a {@link Profile}, as {@code consortia survey
 * FILE.jsonl} does on its survey threads: {@link #tokens()} is the path every plainly valid line
 * takes ({@link ProfileLine}, straight from Jackson's tokens); {@link #tree()} the path of any
 * other line (Jackson's tree, then {@link ProfileReader}), for scale; {@link #tokenizer()} only
 * Jackson's tokenizer over the line, with every text and number taken, the floor under {@code
 * tokens()}.
 *
 * <p>The lines: {@value #LINES} profiles of the synthetic population of {@code consortia
 * generate --seed 1} (the same {@link Generator} over the five jurisdictions), written in the
 * profile format by {@link ProfileJson} (the keys of facts in name order, where {@code generate}
 * writes them in the format's order: same fields, same size), or with {@code -p
 * file=pop.jsonl} the first {@value #LINES} lines of that file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class JsonLinesBenchmark {

    /** How many lines a benchmark cycles through (a power of two: the cursor masks). */
    static final int LINES = 512;

    /** A JSON Lines file to take the lines from; empty: generated. */
    @Param("")
    public String file;

    private final InputLimits limits = InputLimits.DEFAULT;
    private final JsonFactory json = new JsonFactory();
    private byte[][] lines;
    private int cursor;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        lines = file.isEmpty() ? generated() : read(Path.of(file));
        long bytes = 0;
        for (byte[] line : lines) {
            bytes += line.length;
            // The benchmark must measure the plain path: every line is read by the tokens, to the
            // profile that the tree reads.
            Optional<Profile> plain = ProfileLine.read(line, 0, line.length, limits);
            ReadResult<Profile> tree = ProfileReader.read(TreeFile.parseLine(line, 0, line.length, "bench.jsonl", 1, limits).tree());
            if (plain.isEmpty() || tree.result().isInvalid() || !plain.get().equals(tree.result().get())) {
                throw new IllegalStateException("a line is not plainly valid: " + new String(line, StandardCharsets.UTF_8));
            }
        }
        System.out.printf("%n%d lines, %d bytes on average%n", lines.length, bytes / lines.length);
    }

    private static byte[][] generated() {
        Generator g = Generator.forCatalog(Corpus.checkedCatalog(), 1);
        byte[][] out = new byte[LINES][];
        for (int i = 0; i < LINES; i++) {
            out[i] = Json.line(ProfileJson.of(g.profile(i))).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static byte[][] read(Path file) throws IOException {
        byte[][] out = new byte[LINES][];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                String line = r.readLine();
                if (line == null) {
                    throw new IllegalStateException(file + " has fewer than " + LINES + " lines");
                }
                out[i] = line.getBytes(StandardCharsets.UTF_8);
            }
        }
        return out;
    }

    private byte[] next() {
        int i = cursor;
        cursor = (i + 1) & (LINES - 1);
        return lines[i];
    }

    @Benchmark
    public Optional<Profile> tokens() {
        byte[] line = next();
        return ProfileLine.read(line, 0, line.length, limits);
    }

    @Benchmark
    public ReadResult<Profile> tree() {
        byte[] line = next();
        return ProfileReader.read(TreeFile.parseLine(line, 0, line.length, "bench.jsonl", 1, limits).tree());
    }

    @Benchmark
    public long tokenizer() {
        byte[] line = next();
        long sum = 0;
        try (JsonParser p = json.createParser(line)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                switch (t) {
                    case FIELD_NAME, VALUE_STRING -> sum += p.getText().length();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sum += p.getNumberValue().hashCode();
                    default -> sum++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }
}

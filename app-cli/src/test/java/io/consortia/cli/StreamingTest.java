package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in a JVM of its own with a small heap: a batch streams (each profile is read,
 * assessed and written before the next), so memory stays flat however many profiles there are;
 * running out of memory is an internal error in one line, with a stack trace only under --debug.
 * (benchmarks/many-profiles runs 10,000 profiles in -Xmx256m and reports time and memory.)
 */
class StreamingTest {

    @TempDir
    Path dir;

    record Run(int status, List<String> out, String err) {}

    /** Runs {@code consortia} on the module path this test runs on, with the given heap. */
    static Run command(Path dir, String heap, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:TieredStopAtLevel=1", "--module-path", System.getProperty("jdk.module.path"),
                "--module", "io.consortia.cli/io.consortia.cli.Main"));
        cmd.addAll(args);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = p.waitFor();
        return new Run(status, Files.readAllLines(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void thousandsOfProfilesRunInASmallHeap() throws Exception {
        // Holding every input and every result until the end took about 180 KB per profile: 3,000
        // of them would need over 500 MB; streaming needs what one profile needs.
        List<String> examples;
        try (var files = Files.list(Path.of("examples"))) {
            examples = files.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("assess", "--format", "json"));
        for (int i = 0; i < 3_000; i++) {
            Path copy = dir.resolve("p" + i + ".yaml");
            Files.copy(Path.of(examples.get(i % examples.size())), copy);
            args.add(copy.toString());
        }
        Run r = command(dir, "-Xmx40m", args);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).hasSize(3_000);
        assertThat(r.out().get(2_999)).startsWith("{\"profile\":\"" + dir.resolve("p2999.yaml") + "\"");
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheInput() throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "[" + "\"ab\",".repeat(900_000) + "\"ab\"]");
        Path good = dir.resolve("good.yaml");
        Files.copy(Path.of("examples/suzhou-eligible.yaml"), good);
        Run r = command(dir, "-Xmx24m", List.of("assess", "-j", "suzhou", "--format", "json", big.toString(), good.toString()));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("consortia: internal error on " + big + ": out of memory")
                .contains("consortia: assessed 1 of 2 profiles; 1 failed (internal error)")
                .doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.out()).hasSize(1);
        Run debug = command(dir, "-Xmx24m", List.of("--debug", "assess", big.toString()));
        assertThat(debug.status()).isEqualTo(1);
        assertThat(debug.err()).contains("java.lang.OutOfMemoryError").contains("\tat ");
    }
}

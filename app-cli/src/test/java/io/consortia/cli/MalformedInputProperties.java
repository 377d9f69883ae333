package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However an input is mangled, the command answers with exit 0 (it was still a valid profile) or
 * exit 2 (bad input, named), never a stack trace, and never half an answer on stdout.
 */
class MalformedInputProperties {

    private static final String NOISE = ":{}[]-,\"'#&*!|>%@`\n\t 0123456789.eE+~nulltrue苏州成员\\\uFEFF";

    @TempDir
    Path dir;

    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    /** A few random edits: deletions, insertions of YAML-significant noise, duplicated or swapped lines. */
    static String mutate(String text, Random r) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(5)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(12)));
                case 1 -> {
                    for (int k = 0; k < 1 + r.nextInt(4); k++) {
                        s.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                    }
                }
                case 2 -> {
                    String[] lines = s.toString().split("\n", -1);
                    int l = r.nextInt(lines.length);
                    List<String> list = new ArrayList<>(List.of(lines));
                    list.add(l, lines[l]);
                    s = new StringBuilder(String.join("\n", list));
                }
                case 3 -> {
                    String[] lines = s.toString().split("\n", -1);
                    int a = r.nextInt(lines.length);
                    int b = r.nextInt(lines.length);
                    String t = lines[a];
                    lines[a] = lines[b];
                    lines[b] = t;
                    s = new StringBuilder(String.join("\n", lines));
                }
                default -> s.setCharAt(at, NOISE.charAt(r.nextInt(NOISE.length())));
            }
        }
        return s.toString();
    }

    @Test
    void mangledProfilesNeverCrashTheCommand() throws IOException {
        List<String> examples = examples();
        java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = mutate(examples.get(r.nextInt(examples.size())), r);
            Path file = dir.resolve("mangled" + (r.nextBoolean() ? ".yaml" : ".json"));
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            Cli.Result res = Cli.run("assess", "--format", "json", file.toString());
            assertThat(res.status()).as("seed %d, stderr %s", seed, res.err()).isIn(0, 2);
            assertThat(res.err()).as("seed %d", seed).doesNotContain("\tat ").doesNotContain("internal error");
            if (res.status() == 2) {
                rejected.incrementAndGet();
                assertThat(res.out()).as("seed %d", seed).isEmpty();
                assertThat(res.err()).as("seed %d", seed).contains("error: " + file);
            }
        });
        // The mutations must actually produce bad input, or the property proves nothing.
        assertThat(rejected.get()).isGreaterThan(100);
    }
}

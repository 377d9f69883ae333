package io.consortia.benchmarks;

import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one profile tree (maps and lists, as a YAML or JSON parser gives them) into a
 * {@link Profile} with {@link ProfileReader#read}: validation, paths, warnings. The trees are the
 * {@value Corpus#SIZE} seeded profiles written back by {@link ProfileTrees}; the parser's own
 * cost (Jackson) is not part of this.
 *
 * <p>Target (ADR 0007): at most 50 µs on average.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ReadBenchmark {

    private Object[] trees;
    private int cursor;

    @Setup(Level.Trial)
    public void setUp() {
        Profile[] profiles = Corpus.profiles();
        trees = new Object[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            trees[i] = ProfileTrees.of(profiles[i]);
            // The benchmark must measure the happy path: every tree reads back to its profile.
            ReadResult<Profile> read = ProfileReader.read(trees[i]);
            if (read.result().isInvalid() || !read.result().get().equals(profiles[i]) || !read.warnings().isEmpty()) {
                throw new IllegalStateException("tree " + i + " does not read back to its profile: "
                        + (read.result().isInvalid() ? read.result().getError() : read.warnings()));
            }
        }
    }

    @Benchmark
    public ReadResult<Profile> read() {
        int i = cursor;
        cursor = (i + 1) & (Corpus.SIZE - 1);
        return ProfileReader.read(trees[i]);
    }
}

package io.consortia.benchmarks;

import io.consortia.io.input.InputLimits;
import io.consortia.io.input.ProfileLine;
import io.consortia.io.json.ProfileJson;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.profile.Profile;
import io.consortia.survey.Generator;
import io.consortia.survey.Survey;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * A survey's work per profile once the JIT has compiled it (issue 10's throughput targets, steady
 * state): each operation is one profile surveyed as {@code consortia survey} does it, in all five
 * jurisdictions with every finding evaluated and reading sensitivity counted:
 * <ul>
 *   <li>{@link #synthetic}: generate profile {@code i} ({@code --synthetic}) and add it;</li>
 *   <li>{@link #jsonLines}: read one JSON line of a generated profile from its UTF-8 bytes, as the
 *       survey threads do, and add it (the lines are io's {@code ProfileJson}, the canonical form:
 *       the facts of {@code consortia generate}'s lines, keys in name order).</li>
 * </ul>
 * Throughput mode, so {@code -t 2} (two threads, each with its own {@link Survey}, as the command's
 * {@code --threads 2}) against {@code -t 1} is the scaling of the survey's code on this machine
 * without the command's start-up and compilation. The forked JVM runs with the flags the launcher
 * gives {@code survey} (C2 only, Parallel GC, 448 MB heap). {@code benchmarks/survey-scale} measures
 * the whole command, start-up and warm-up included.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:-TieredCompilation", "-XX:+UseParallelGC", "-Xmx448m"})
public class SurveyBenchmark {

    /** Generated lines kept for {@link #jsonLines} (about 38 MB of JSON). */
    static final int LINES = 10_000;
    static final long SEED = 1;

    /** What every thread shares: the generator, the population's lines, the next index. */
    @State(Scope.Benchmark)
    public static class Population {
        JurisdictionCatalog catalog;
        Generator generator;
        byte[][] lines;
        final AtomicLong next = new AtomicLong();

        @Setup(Level.Trial)
        public void setUp() {
            catalog = Corpus.checkedCatalog();
            generator = Generator.forCatalog(catalog, SEED);
            lines = new byte[LINES][];
            for (int i = 0; i < LINES; i++) {
                lines[i] = ProfileJson.of(generator.profile(i)).toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Each thread's survey and its block of indices. */
    @State(Scope.Thread)
    public static class Worker {
        Survey survey;
        long index;
        long end;

        @Setup(Level.Iteration)
        public void setUp(Population population) {
            Survey.Options options = new Survey.Options(Optional.empty(), LocalDate.of(2026, 1, 1), Survey.Setting.defaults(),
                    Optional.empty(), true, Optional.empty());
            survey = new Survey(population.catalog.all(), options);
        }

        /** The next index, in blocks of 512 as SurveyRunner hands them out. */
        long next(Population population) {
            if (index == end) {
                index = population.next.getAndAdd(512);
                end = index + 512;
            }
            return index++;
        }
    }

    @Benchmark
    public long synthetic(Population population, Worker worker) {
        worker.survey.add(population.generator.profile(worker.next(population)));
        return worker.survey.profiles();
    }

    @Benchmark
    public long jsonLines(Population population, Worker worker) {
        byte[] line = population.lines[(int) (worker.next(population) % LINES)];
        Profile p = ProfileLine.read(line, 0, line.length, InputLimits.DEFAULT).orElseThrow();
        worker.survey.add(p);
        return worker.survey.profiles();
    }
}

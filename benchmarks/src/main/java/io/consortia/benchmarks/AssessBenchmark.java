package io.consortia.benchmarks;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.profile.Profile;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Assessing one profile: in one jurisdiction (each of the five, to find the slowest) and in every
 * installed jurisdiction, as {@code consortia assess} does for each profile. Each call takes the
 * next of the {@value Corpus#SIZE} seeded profiles, so the average is over the whole corpus.
 *
 * <p>Target (ADR 0007): {@link #allJurisdictions} at most 100 µs on average.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

    /** The profiles, their options and the installed jurisdictions, and a cursor over the profiles. */
    @State(Scope.Thread)
    public static class Inputs {

        /**
         * With a random registry every rule runs, the cross-consortium ones too (the heavier
         * case, and {@code consortia assess --registry}); {@code -p withRegistry=false} measures
         * the CLI's default.
         */
        @Param({"true"})
        public boolean withRegistry;

        Jurisdiction[] all;
        Profile[] profiles;
        AssessmentOptions[] options;
        private int cursor;

        @Setup(Level.Trial)
        public void setUp() {
            all = Corpus.checkedCatalog().all().toArray(new Jurisdiction[0]);
            profiles = Corpus.profiles();
            options = Corpus.options(profiles, withRegistry);
        }

        int next() {
            int i = cursor;
            cursor = (i + 1) & (Corpus.SIZE - 1);
            return i;
        }
    }

    /** The one jurisdiction of {@link #oneJurisdiction}. */
    @State(Scope.Thread)
    public static class One {

        @Param({"jiyuan", "neimenggu", "qingdao", "suzhou", "yongchuan"})
        public String jurisdiction;

        Jurisdiction chosen;

        @Setup(Level.Trial)
        public void setUp() {
            chosen = Corpus.checkedCatalog().get(jurisdiction)
                    .orElseThrow(() -> new IllegalStateException("no jurisdiction " + jurisdiction));
        }
    }

    @Benchmark
    public Assessment oneJurisdiction(Inputs in, One one) {
        int i = in.next();
        return one.chosen.assess(in.profiles[i], in.options[i]);
    }

    /** Warms up longer (20 s): five jurisdictions' code must be compiled, and on a busy 2-core machine the JIT lags. */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public void allJurisdictions(Inputs in, Blackhole bh) {
        int i = in.next();
        Profile p = in.profiles[i];
        AssessmentOptions o = in.options[i];
        for (Jurisdiction j : in.all) {
            bh.consume(j.assess(p, o));
        }
    }
}

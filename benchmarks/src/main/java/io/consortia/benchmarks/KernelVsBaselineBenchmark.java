package io.consortia.benchmarks;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.Panel;
import io.consortia.kernel.profile.Profile;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The kernel against the hand-written {@link Baseline}, in one run, on the same fixed population
 * of {@value Population#SIZE} synthetic profiles: one operation is one profile assessed in all five
 * jurisdictions. The kernel keeps every finding with its evidence (the assessments are consumed
 * whole); the baseline returns five verdicts. {@code kernel} assesses the way a host assesses one
 * profile in several policies, through a {@link Panel} (one pass over the members for all five);
 * {@code kernelEachJurisdiction} calls each jurisdiction alone, reading the members five times. Targets (issue "Rules as data"): the kernel reaches
 * at least 1/3 of the baseline's throughput and allocates at most 2,500 bytes per profile
 * ({@code -prof gc}, {@code gc.alloc.rate.norm}).
 *
 * <p>Before measuring, the setup checks that the baseline gives the kernel's verdicts on every
 * profile, alone and through the panel, and refuses to run otherwise.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelVsBaselineBenchmark {

    @State(Scope.Thread)
    public static class Inputs {
        Jurisdiction[] all;
        Panel panel;
        Profile[] profiles;
        AssessmentOptions options;
        int year;
        private int cursor;

        @Setup(Level.Trial)
        public void setUp() {
            var catalog = Corpus.checkedCatalog();
            all = catalog.all().toArray(new Jurisdiction[0]);
            panel = catalog.panel();
            profiles = Population.profiles(catalog);
            options = AssessmentOptions.on(Population.AS_OF);
            year = Population.AS_OF.getYear();
            List<String> disagreements = Agreement.check(all, panel, profiles);
            if (!disagreements.isEmpty()) {
                throw new IllegalStateException("the baseline disagrees with the kernel:\n  " + String.join("\n  ", disagreements));
            }
        }

        Profile next() {
            Profile p = profiles[cursor];
            cursor = cursor + 1 == profiles.length ? 0 : cursor + 1;
            return p;
        }
    }

    /** The kernel as a host assesses one profile in several policies: a {@link Panel}, one pass over the members. */
    @Benchmark
    public void kernel(Inputs in, Blackhole bh) {
        for (Assessment a : in.panel.assess(in.next(), in.options)) {
            bh.consume(a);
            bh.consume(a.verdict());
        }
    }

    /** The kernel called once per jurisdiction (each call reads the members again); for comparison. */
    @Benchmark
    public void kernelEachJurisdiction(Inputs in, Blackhole bh) {
        Profile p = in.next();
        for (Jurisdiction j : in.all) {
            Assessment a = j.assess(p, in.options);
            bh.consume(a);
            bh.consume(a.verdict());
        }
    }

    @Benchmark
    public void baseline(Inputs in, Blackhole bh) {
        bh.consume(Baseline.assess(in.next(), in.year));
    }
}

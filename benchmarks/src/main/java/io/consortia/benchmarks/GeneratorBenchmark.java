package io.consortia.benchmarks;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.survey.Generator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating synthetic profiles, about half of {@code consortia survey --synthetic}'s steady-state
 * CPU time:
 * <ul>
 *   <li>{@link #profile}: one {@link Generator#profile(long)} of the CLI's default generator (seed
 *       {@value Corpus#SEED}, 3 to 30 members, ~13 on average), the index cycling over
 *       {@value #CYCLE} profiles so that the mix of sizes is the population's;</li>
 *   <li>{@link #member}: building one typical (non-lead) member as the generator does: an
 *       enterprise registered at home, placed in the chain, with two traits and three attestations.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class GeneratorBenchmark {

    /** Profiles the index cycles over (a power of two). */
    static final int CYCLE = 1 << 16;

    private static final DivisionCode HOME = DivisionCode.of("320505");

    private Generator generator;
    private int index;

    @Setup
    public void setUp() {
        generator = Generator.forCatalog(Corpus.checkedCatalog(), Corpus.SEED);
    }

    @Benchmark
    public Profile profile() {
        index = (index + 1) & (CYCLE - 1);
        return generator.profile(index);
    }

    @Benchmark
    public Member member() {
        return ImmutableMember.builder().id("m7").name("成员7").kind(UnitKind.ENTERPRISE).registeredIn(HOME)
                .putTraits(Trait.CORE, true)
                .putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true)
                .putAttested(Attestation.COOPERATION_BASIS, true)
                .chainPosition(ChainPosition.MIDSTREAM)
                .putTraits(Trait.ABOVE_DESIGNATED_SIZE, true)
                .putAttested(Attestation.RD_SUPPORT_CAPABILITY, true)
                .putAttested(Attestation.BACKBONE, false)
                .build();
    }
}

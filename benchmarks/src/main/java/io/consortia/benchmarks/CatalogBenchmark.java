package io.consortia.benchmarks;

import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
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
 * Building the {@link JurisdictionCatalog} from the providers, the CLI's start-up work:
 * ServiceLoader finds the five providers, each registers its editions, rules and quotes, and the
 * builder checks them. Two views of the same work:
 * <ul>
 *   <li>{@link #warm}: the steady-state cost once the JVM has loaded and compiled everything;</li>
 *   <li>{@link CatalogColdBenchmark#firstBuild}: the first build in a fresh JVM, class loading and interpreter
 *       included, which is what a person waits for when the command starts.</li>
 * </ul>
 * Target (ADR 0007): at most 100 ms, the cold build included.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CatalogBenchmark {

    /** Refuses to measure anything but the five jurisdictions. */
    @Setup
    public void check() {
        Corpus.checkedCatalog();
    }

    @Benchmark
    public JurisdictionCatalog warm() {
        return Corpus.catalog();
    }
}

package io.consortia.benchmarks;

import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first build of the {@link JurisdictionCatalog} in a fresh JVM: class loading, static
 * initialisers and the interpreter included, what a person waits for when {@code consortia}
 * starts. One call per fork ({@code SingleShotTime}, no warm-up), ten forks. Only the kernel's,
 * vavr's and the jurisdictions' classes are new to the fork (JMH's own are loaded already; the
 * CLI's picocli and Jackson are not part of this). Passing {@code -f}, {@code -wi} or {@code -i}
 * on the command line overrides these settings for this benchmark too.
 *
 * <p>Target (ADR 0007): at most 100 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CatalogColdBenchmark {

    @Benchmark
    public JurisdictionCatalog firstBuild() {
        return Corpus.catalog();
    }
}

/**
 * JMH benchmarks of the kernel and the installed jurisdictions: speed and allocation targets
 * (ADR 0007). Not part of the default build: {@code mvn -Pbench}, or {@code benchmarks/run}.
 *
 * <p>How JMH and JPMS meet here. The module is compiled as a named module, like every module of
 * the project, so its requirements are checked; JMH's annotation processor writes its generated
 * classes into {@code io.consortia.benchmarks.jmh_generated} inside it. The benchmarks are
 * <em>run</em> from the class path, out of the shaded {@code benchmarks.jar} ({@code java -jar},
 * main {@code org.openjdk.jmh.Main}), where this descriptor is ignored (the shade step leaves all
 * module descriptors out of that jar). Running on the module path was rejected because:
 * <ul>
 *   <li>JMH forks each benchmark into a fresh JVM started with the parent's
 *       {@code java.class.path}; on the module path that is empty and the fork cannot find its
 *       own classes without hand-written {@code --module-path}/{@code --add-modules} JVM args;</li>
 *   <li>JMH loads and calls the generated {@code *_jmhTest} classes reflectively from
 *       {@code jmh.core}, which would need {@code opens io.consortia.benchmarks.jmh_generated}
 *       (a package that only exists after annotation processing) and the benchmark package too;</li>
 * </ul>
 * On the class path ServiceLoader finds the jurisdictions through their
 * {@code META-INF/services} files, which the shade step merges.
 */
module io.consortia.benchmarks {
    requires io.consortia.kernel;
    requires io.consortia.survey;
    requires io.consortia.io; // ProfileLine, TreeFile, ProfileJson (JsonLinesBenchmark, SurveyBenchmark)
    requires io.consortia.tck; // RandomProfiles
    requires jmh.core;
    requires com.fasterxml.jackson.databind;

    uses io.consortia.kernel.jurisdiction.JurisdictionProvider;
}

package io.consortia.cli.cases;

import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One declarative test case (docs/formats/test-cases.md): a profile, the options it is assessed
 * under, and what each named jurisdiction must find.
 *
 * @param file the case file, as the user named it (or as found in a folder)
 * @param line the line the case starts on, or -1
 * @param profileSource the profile's file, or {@code inline}
 * @param readings the readings switched, as written ({@code R1=no})
 * @param set the overrides, as written ({@code suzhou.S1.minimum=7})
 * @param registrySource the registry's file, when the case names one
 */
public record Case(String file, int line, String name, String profileSource, Profile profile, LocalDate asOf, ReadingSet readingSet,
                   List<String> readings, Overrides overrides, List<String> set, Optional<Registry> registry,
                   Optional<String> registrySource, List<Expectation> expectations) {

    public Case {
        readings = List.copyOf(readings);
        set = List.copyOf(set);
        expectations = List.copyOf(expectations);
    }

    /**
     * What a jurisdiction must find: the verdict and, when given, exactly these failing and
     * unknown rules (catalog ids, in any order).
     */
    public record Expectation(String jurisdiction, Verdict verdict, Optional<List<String>> failing, Optional<List<String>> unknown) {}

    /** Where the case is, for messages: {@code file:line}. */
    public String place() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The options it is assessed under. */
    public AssessmentOptions options() {
        return new AssessmentOptions(asOf, readingSet, registry, overrides);
    }
}

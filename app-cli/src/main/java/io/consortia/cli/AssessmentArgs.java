package io.consortia.cli;

import io.consortia.cli.input.Inputs;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every assessing command shares: reference date, readings, registry (a picocli mixin). */
final class AssessmentArgs {

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class,
            description = "Reference date, e.g. 2025-06-01 (default: the profile's appliedOn, else today in China).")
    LocalDate asOf;

    @Option(names = "--reading", paramLabel = "ID=OPTION", description = "Switch a reading, e.g. R1=no (repeatable).")
    List<String> readings;

    @Option(names = "--registry", paramLabel = "FILE", description = "Other consortia and sanctions in force, for cross-consortium rules.")
    String registry;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override a parameter for this run only, e.g. suzhou.S1.minimum=7 (repeatable; see 'consortia parameters').")
    List<String> overrides;

    /** What the options say, checked; a bad reading or registry stops the command with exit 2. */
    record Resolved(ReadingSet readings, Optional<Registry> registry, LocalDate asOf, LocalDate today, Overrides overrides) {

        LocalDate referenceDate(Profile profile) {
            return asOf != null ? asOf : profile.appliedOn().orElse(today);
        }

        String referenceSource(Profile profile) {
            return asOf != null ? "--as-of" : profile.appliedOn().isPresent() ? "appliedOn" : "today";
        }

        AssessmentOptions options(Profile profile) {
            return new AssessmentOptions(referenceDate(profile), readings, registry, overrides);
        }
    }

    Resolved resolve(ConsortiaCommand top, Inputs inputs) {
        ReadingSet set = ReadingOptions.parse(readings, top.catalog().readings());
        Overrides set2 = overrides(top, overrides);
        Optional<Registry> reg = Optional.ofNullable(registry).map(inputs::registry);
        return new Resolved(set, reg, asOf, top.today(), set2);
    }

    /** Parses --set options, names in any case; a bad one stops the command with exit 2, naming the parameter. */
    static Overrides overrides(ConsortiaCommand top, List<String> specs) {
        return top.overrides(specs);
    }
}

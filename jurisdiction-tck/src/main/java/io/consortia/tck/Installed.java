package io.consortia.tck;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.ReadingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The jurisdictions installed on the test's module path, found as in production. */
public final class Installed {

    private Installed() {}

    public static JurisdictionCatalog catalog() {
        List<JurisdictionProvider> providers = new ArrayList<>();
        ServiceLoader.load(JurisdictionProvider.class).forEach(providers::add);
        return JurisdictionCatalog.of(providers).getOrElseThrow(errors -> new AssertionError(String.join("\n", errors)));
    }

    public static Jurisdiction jurisdiction(String id) {
        return catalog().get(id).orElseThrow(() -> new AssertionError("no provider for " + id));
    }

    public static Assessment assess(String id, Profile profile, LocalDate asOf, ReadingSet readings) {
        return jurisdiction(id).assess(profile, AssessmentOptions.on(asOf).withReadings(readings));
    }

    /** The catalog ids of the findings with the outcome, in rule order ({@code S5}). */
    public static List<String> ids(Assessment a, Outcome outcome) {
        return a.withOutcome(outcome).stream().map(f -> f.rule().id().catalogId()).toList();
    }
}

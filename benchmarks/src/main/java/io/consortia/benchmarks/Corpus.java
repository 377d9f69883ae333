package io.consortia.benchmarks;

import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.Profile;
import io.consortia.tck.RandomProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;

/**
 * The fixed inputs of every benchmark: {@value #SIZE} seeded random valid profiles from the
 * kernel's {@link RandomProfiles}, the same on every run, so results can be compared run to run.
 */
final class Corpus {

    /** The seed of the profiles; change it and the numbers are no longer comparable. */
    static final long SEED = 20_250_601L;

    /** How many profiles a benchmark cycles through (a power of two: the cursor masks). */
    static final int SIZE = 64;

    /** The reference date of every assessment (the TCK's), and the profiles' year. */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    /** The installed jurisdictions, and a home division inside each (as in their TCK tests). */
    static final List<String> JURISDICTIONS = List.of("jiyuan", "neimenggu", "qingdao", "suzhou", "yongchuan");
    static final List<String> HOMES = List.of("419001", "150203", "370212", "320505", "500118");

    private Corpus() {}

    /** The profiles: homes taken in turn, so each jurisdiction sees its own share. */
    static Profile[] profiles() {
        Random r = new Random(SEED);
        Profile[] out = new Profile[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = RandomProfiles.profile(r, HOMES.get(i % HOMES.size()), AS_OF.getYear());
        }
        return out;
    }

    /**
     * The options of each profile: default readings on {@link #AS_OF}, and with a registry a
     * seeded random one (naming the profile's lead now and then), which also runs the
     * cross-consortium rules.
     */
    static AssessmentOptions[] options(Profile[] profiles, boolean withRegistry) {
        Random r = new Random(SEED + 1);
        AssessmentOptions[] out = new AssessmentOptions[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            AssessmentOptions o = AssessmentOptions.on(AS_OF);
            out[i] = withRegistry
                    ? o.withRegistry(RandomProfiles.registry(r, profiles[i], JURISDICTIONS.get(i % JURISDICTIONS.size()), AS_OF))
                    : o;
        }
        return out;
    }

    /**
     * The catalog as the CLI builds it: ServiceLoader finds the providers, the catalog registers
     * each and checks it (quotes, rule ids, editions).
     */
    static JurisdictionCatalog catalog() {
        List<JurisdictionProvider> providers = new ArrayList<>();
        ServiceLoader.load(JurisdictionProvider.class).forEach(providers::add);
        return JurisdictionCatalog.of(providers)
                .getOrElseThrow(errors -> new IllegalStateException(String.join("\n", errors)));
    }

    /** The catalog, refusing to benchmark anything but the five jurisdictions. */
    static JurisdictionCatalog checkedCatalog() {
        JurisdictionCatalog catalog = catalog();
        if (!catalog.ids().equals(JURISDICTIONS)) {
            throw new IllegalStateException("expected the jurisdictions " + JURISDICTIONS + " on the class path, found "
                    + catalog.ids() + " (are the META-INF/services files merged into benchmarks.jar?)");
        }
        return catalog;
    }
}

package io.consortia.benchmarks;

import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.survey.Generator;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The fixed population of the kernel-against-baseline benchmark: {@value #SIZE} synthetic profiles
 * from the survey generator with seed {@value #SEED}, 4 to 30 members each, applied on 2025-06-01,
 * the same on every run.
 */
final class Population {

    static final long SEED = 20_250_601L;
    static final int SIZE = 10_000;
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private Population() {}

    static Profile[] profiles(JurisdictionCatalog catalog) {
        Generator g = Generator.forCatalog(catalog, SEED, 4, 30, AS_OF);
        Profile[] out = new Profile[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = g.profile(i);
        }
        return out;
    }

    /** How many profiles get each verdict in each jurisdiction (baseline order), for the record. */
    static String verdictCounts(Profile[] profiles) {
        int[][] counts = new int[5][Verdict.values().length];
        for (Profile p : profiles) {
            Verdict[] v = Baseline.assess(p, AS_OF.getYear());
            for (int j = 0; j < 5; j++) {
                counts[j][v[j].ordinal()]++;
            }
        }
        StringBuilder out = new StringBuilder();
        String[] ids = {"jiyuan", "neimenggu", "qingdao", "suzhou", "yongchuan"};
        for (int j = 0; j < 5; j++) {
            out.append(ids[j]).append(' ').append(Arrays.toString(counts[j])).append('\n');
        }
        return out.toString();
    }
}

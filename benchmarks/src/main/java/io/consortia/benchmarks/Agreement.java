package io.consortia.benchmarks;

import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.Panel;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/** The baseline must give the kernel's verdicts on the benchmark population, or it measures nothing. */
final class Agreement {

    private Agreement() {}

    /**
     * Every disagreement, as "profile i, jurisdiction: kernel X, baseline Y" (at most 20): the
     * kernel's verdicts both from each jurisdiction alone and from the panel of all five.
     */
    static List<String> check(Jurisdiction[] all, Panel panel, Profile[] profiles) {
        List<String> out = new ArrayList<>();
        AssessmentOptions options = AssessmentOptions.on(Population.AS_OF);
        for (int i = 0; i < profiles.length && out.size() < 20; i++) {
            Verdict[] base = Baseline.assess(profiles[i], Population.AS_OF.getYear());
            List<Assessment> together = panel.assess(profiles[i], options);
            for (int j = 0; j < all.length; j++) {
                Verdict kernel = all[j].assess(profiles[i], options).verdict();
                if (kernel != base[j]) {
                    out.add("profile " + i + ", " + all[j].id() + ": kernel " + kernel + ", baseline " + base[j]);
                }
                if (together.get(j).verdict() != kernel) {
                    out.add("profile " + i + ", " + all[j].id() + ": kernel " + kernel + ", panel " + together.get(j).verdict());
                }
            }
        }
        return out;
    }
}

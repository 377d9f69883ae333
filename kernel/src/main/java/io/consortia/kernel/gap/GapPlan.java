package io.consortia.kernel.gap;

import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import java.util.List;

/**
 * What stands between a profile and ELIGIBLE in one jurisdiction, and a set of changes that
 * closes the gap, checked by assessing the changed profile.
 *
 * @param now the verdict today
 * @param changes what must change, cheapest first
 * @param questions what the profile leaves unknown and must state; only questions whose answer can
 *     change the verdict the changes reach (answered "yes", as the check assumes)
 * @param reached the verdict the changed profile gets (ELIGIBLE when the plan closes the gap)
 * @param changed the profile with every change and every question answered "yes"
 * @since 0.2
 */
public record GapPlan(Verdict now, List<Change> changes, List<Change> questions, Verdict reached, Profile changed) {
    public GapPlan {
        changes = List.copyOf(changes);
        questions = List.copyOf(questions);
    }

    /** Whether the changes reach ELIGIBLE. */
    public boolean closes() {
        return reached == Verdict.ELIGIBLE;
    }

    /** Every change and question, cheapest first. */
    public List<Change> all() {
        return java.util.stream.Stream.concat(questions.stream(), changes.stream())
                .sorted(java.util.Comparator.comparingInt(Change::cost)).toList();
    }

    /** How much the whole plan asks (the sum of its changes' costs). */
    public int cost() {
        return all().stream().mapToInt(Change::cost).sum();
    }
}

package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.source.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated edition of a jurisdiction's policy: its document, the date it takes effect, and
 * everything it says.
 *
 * @param inForceFrom when it takes effect; empty means from the beginning (undated documents)
 * @param lifecycle the lifecycle the edition governs, when its module registered one
 */
public record Edition(Document document, Optional<LocalDate> inForceFrom, Outline outline,
                      List<Rule> rules, List<SupportMeasure> measures,
                      Optional<io.consortia.kernel.lifecycle.LifecyclePolicy> lifecycle) {
    public Edition {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(outline, "outline");
        rules = List.copyOf(rules);
        measures = List.copyOf(measures);
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    public Optional<Rule> rule(RuleId id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether the edition is in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return inForceFrom.map(d -> !date.isBefore(d)).orElse(true);
    }
}

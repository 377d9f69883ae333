package io.consortia.kernel.assessment;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.source.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of one profile in one jurisdiction: the verdict and every finding, in rule
 * order, with what it was assessed against.
 *
 * @param edition the document whose edition was applied
 * @param editionInForce false when the reference date precedes every edition and the earliest
 *     was applied anyway
 * @param readings the readings the jurisdiction's rules consult, with the answer used
 * @param registryUsed whether cross-consortium (⊕) rules were evaluated
 * @param officialName the name the policy's naming pattern gives a consortium of the profile's
 *     field ("苏州市电子信息创新联合体"); empty when the policy has no pattern or the profile no field
 */
public record Assessment(String jurisdiction, Document edition, boolean editionInForce, LocalDate asOf,
                         List<ReadingChoice> readings, boolean registryUsed, Verdict verdict, List<Finding> findings,
                         Optional<String> officialName) {

    public Assessment {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(officialName, "officialName");
        readings = List.copyOf(readings);
        findings = List.copyOf(findings);
    }

    /** The findings with this outcome, in rule order. */
    public List<Finding> withOutcome(Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).toList();
    }
}

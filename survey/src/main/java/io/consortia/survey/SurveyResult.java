package io.consortia.survey;

import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.text.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Survey} counted.
 *
 * @param profiles the profiles assessed
 * @param rejected the inputs that could not be read as profiles
 * @since 0.2
 */
public record SurveyResult(long profiles, long rejected, Survey.Options options, List<JurisdictionResult> jurisdictions) {

    /**
     * One jurisdiction's counts.
     *
     * @param baseline profiles per verdict under the baseline
     * @param scenario profiles per verdict under the scenario, when there is one
     * @param transitions {@code [baseline verdict][scenario verdict]}, in {@link Verdict} order
     * @param rules every rule's counts
     * @param readings for each reading, the profiles whose verdict switching it alone changes (empty without sensitivity)
     */
    public record JurisdictionResult(String id, Text name, Document document, Map<Verdict, Long> baseline,
                                     Optional<Map<Verdict, Long>> scenario, Optional<long[][]> transitions,
                                     List<RuleResult> rules, List<ReadingResult> readings) {}

    /**
     * A rule's counts.
     *
     * @param binding how often it was the only binding rule between a profile and ELIGIBLE
     */
    public record RuleResult(String rule, Strength strength, String clause, Text requirement, long fail, long unknown, long binding) {}

    /**
     * A reading's sensitivity.
     *
     * @param flips the profiles whose verdict changes when the reading alone is switched
     * @param to how many of them change to each verdict
     */
    public record ReadingResult(Reading reading, long flips, Map<Verdict, Long> to) {}
}

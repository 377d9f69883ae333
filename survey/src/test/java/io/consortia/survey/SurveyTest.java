package io.consortia.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A survey's counts against assessing the same population one profile at a time. */
class SurveyTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private static JurisdictionCatalog catalog() {
        return Installed.catalog();
    }

    @Test
    void theGeneratorIsDeterministicPerIndexAndEveryVerdictOccursEverywhere() {
        Generator g = Generator.forCatalog(catalog(), 7);
        assertThat(g.profile(123)).isEqualTo(Generator.forCatalog(catalog(), 7).profile(123));
        assertThat(g.profile(123)).isNotEqualTo(g.profile(124));
        for (Jurisdiction j : catalog().all()) {
            EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
            for (int i = 0; i < 4000 && seen.size() < 4; i++) {
                seen.add(j.assess(g.profile(i), AssessmentOptions.on(ON)).verdict());
            }
            assertThat(seen).as("verdicts in %s over 4,000 synthetic profiles", j.id()).containsExactlyInAnyOrder(Verdict.values());
        }
    }

    @Test
    void countsAgreeWithAssessingEachProfile() {
        Overrides lower = catalog().overrides(List.of("suzhou.S1.minimum=6", "neimenggu.N7.minimum=8")).get();
        ReadingSet r1no = ReadingSet.defaults().with(Reading.R1, true);
        assertCountsAgree(Survey.Setting.defaults(), Optional.of(new Survey.Setting(r1no, lower)), 600, 11);
    }

    /**
     * The survey re-evaluates an INELIGIBLE profile under another setting only when no failing
     * MANDATORY rule is untouched by it; whatever the setting, the counts are those of assessing
     * every profile anew under it.
     */
    @Test
    void countsAgreeUnderEveryKindOfScenarioAndBaseline() {
        ReadingSet r3two = ReadingSet.alternatives(java.util.Set.of("R3"));
        Overrides n5 = catalog().overrides(List.of("neimenggu.N5.share=0.02", "qingdao.Q2.minimum=2")).get();
        Overrides s1 = catalog().overrides(List.of("suzhou.S1.minimum=6")).get();
        ReadingSet r7 = ReadingSet.alternatives(java.util.Set.of("R7", "R4"));
        assertCountsAgree(Survey.Setting.defaults(), Optional.of(new Survey.Setting(ReadingSet.defaults(), n5)), 400, 21);
        assertCountsAgree(Survey.Setting.defaults(), Optional.of(new Survey.Setting(r3two, Overrides.none())), 400, 22);
        assertCountsAgree(new Survey.Setting(r7, s1), Optional.of(new Survey.Setting(ReadingSet.defaults(), s1)), 400, 23);
        assertCountsAgree(new Survey.Setting(r3two, n5), Optional.empty(), 400, 24);
    }

    private static void assertCountsAgree(Survey.Setting baseline, Optional<Survey.Setting> scenarioSetting, int n, long seed) {
        List<Jurisdiction> all = catalog().all();
        Survey.Options options = new Survey.Options(Optional.of(ON), ON, baseline, scenarioSetting, true, Optional.empty());
        Survey survey = new Survey(all, options);
        Generator g = Generator.forCatalog(catalog(), seed);
        for (int i = 0; i < n; i++) {
            survey.add(g.profile(i));
        }
        SurveyResult result = survey.result();
        assertThat(result.profiles()).isEqualTo(n);
        AssessmentOptions base = AssessmentOptions.on(ON).withReadings(baseline.readings()).withOverrides(baseline.overrides());
        for (int j = 0; j < all.size(); j++) {
            Jurisdiction jurisdiction = all.get(j);
            SurveyResult.JurisdictionResult jr = result.jurisdictions().get(j);
            Map<Verdict, Long> verdicts = new HashMap<>();
            Map<Verdict, Long> scenario = new HashMap<>();
            Map<String, Long> fails = new HashMap<>();
            Map<String, Long> binding = new HashMap<>();
            Map<String, Long> flips = new HashMap<>();
            long[][] transitions = new long[4][4];
            for (int i = 0; i < n; i++) {
                Profile p = g.profile(i);
                Assessment a = jurisdiction.assess(p, base);
                verdicts.merge(a.verdict(), 1L, Long::sum);
                if (scenarioSetting.isPresent()) {
                    Assessment s = jurisdiction.assess(p, AssessmentOptions.on(ON).withReadings(scenarioSetting.get().readings())
                            .withOverrides(scenarioSetting.get().overrides()));
                    scenario.merge(s.verdict(), 1L, Long::sum);
                    transitions[a.verdict().ordinal()][s.verdict().ordinal()]++;
                }
                List<Finding> blocking = a.findings().stream().filter(f -> f.strength().bindsVerdict() && f.outcome() != Outcome.PASS).toList();
                for (Finding f : a.findings()) {
                    if (f.outcome() == Outcome.FAIL) {
                        fails.merge(f.rule().id().toString(), 1L, Long::sum);
                    }
                }
                if (a.verdict() != Verdict.ELIGIBLE && blocking.size() == 1) {
                    binding.merge(blocking.get(0).rule().id().toString(), 1L, Long::sum);
                }
                for (Reading r : jurisdiction.readings()) {
                    ReadingSet switched = baseline.readings().with(r, !baseline.readings().isAlternative(r));
                    Verdict flipped = jurisdiction.assess(p, base.withReadings(switched)).verdict();
                    if (flipped != a.verdict()) {
                        flips.merge(r.id(), 1L, Long::sum);
                    }
                }
            }
            for (Verdict v : Verdict.values()) {
                assertThat(jr.baseline().get(v)).as("%s %s", jurisdiction.id(), v).isEqualTo(verdicts.getOrDefault(v, 0L));
                if (scenarioSetting.isPresent()) {
                    assertThat(jr.scenario().orElseThrow().get(v)).as("%s scenario %s", jurisdiction.id(), v).isEqualTo(scenario.getOrDefault(v, 0L));
                    assertThat(jr.transitions().orElseThrow()[v.ordinal()]).as("%s transitions from %s", jurisdiction.id(), v)
                            .isEqualTo(transitions[v.ordinal()]);
                }
            }
            for (SurveyResult.RuleResult rr : jr.rules()) {
                assertThat(rr.fail()).as(rr.rule()).isEqualTo(fails.getOrDefault(rr.rule(), 0L));
                assertThat(rr.binding()).as(rr.rule() + " binding").isEqualTo(binding.getOrDefault(rr.rule(), 0L));
            }
            for (SurveyResult.ReadingResult rr : jr.readings()) {
                assertThat(rr.flips()).as("%s %s", jurisdiction.id(), rr.reading().id()).isEqualTo(flips.getOrDefault(rr.reading().id(), 0L));
            }
        }
    }

    @Test
    void surveysOfPartsMergeIntoTheSurveyOfTheWhole() {
        List<Jurisdiction> all = catalog().all();
        Survey.Options options = new Survey.Options(Optional.of(ON), ON, Survey.Setting.defaults(), Optional.empty(), true, Optional.empty());
        Generator g = Generator.forCatalog(catalog(), 3);
        Survey whole = new Survey(all, options);
        Survey left = whole.fresh();
        Survey right = whole.fresh();
        for (int i = 0; i < 300; i++) {
            whole.add(g.profile(i));
            (i % 2 == 0 ? left : right).add(g.profile(i));
        }
        right.reject();
        whole.reject();
        assertThat(left.merge(right).result().toString()).isEqualTo(whole.result().toString().replace("", ""));
    }
}

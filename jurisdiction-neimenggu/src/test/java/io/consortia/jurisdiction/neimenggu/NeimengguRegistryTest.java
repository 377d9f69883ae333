package io.consortia.jurisdiction.neimenggu;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** N6 ⊕: a lead unit leads one consortium of the Inner Mongolia programme only, checked against a registry of the others. */
class NeimengguRegistryTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final String OTHER = "内蒙古自治区稀土永磁电机产业链创新联合体";

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("neimenggu");
    }

    private static Assessment assess(Profile p, Registry registry) {
        return jurisdiction().assess(p, AssessmentOptions.on(ON).withRegistry(registry));
    }

    private static Registry leading(String name, String jurisdiction, Optional<CreditCode> code, Optional<String> leadName, CoreState state) {
        return new Registry(List.of(new RegisteredConsortium(name, jurisdiction, code, leadName, state)), List.of());
    }

    private static Outcome n6(Assessment a) {
        return a.findings().stream().filter(f -> f.rule().id().catalogId().equals("N6"))
                .map(Finding::outcome).findFirst().orElseThrow(() -> new AssertionError("no N6 finding in " + a.findings()));
    }

    @Test
    void withoutARegistryN6IsLeftOut() {
        Assessment a = jurisdiction().assess(NeimengguProfiles.eligible(), AssessmentOptions.on(ON));
        assertThat(a.registryUsed()).isFalse();
        assertThat(a.findings()).extracting(f -> f.rule().id().catalogId()).doesNotContain("N6");
    }

    @Test
    void anEmptyRegistryPassesN6() {
        Assessment a = assess(NeimengguProfiles.eligible(), Registry.empty());
        assertThat(n6(a)).isEqualTo(Outcome.PASS);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void leadingAnotherEstablishedConsortiumIsADeviationNotIneligibility() {
        Assessment a = assess(NeimengguProfiles.eligible(),
                leading(OTHER, "neimenggu", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(), CoreState.ESTABLISHED));
        assertThat(n6(a)).isEqualTo(Outcome.FAIL);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(Installed.ids(a, Outcome.FAIL)).containsExactly("N6");
    }

    @Test
    void theConsortiumItselfInTheRegistryIsNotAnother() {
        Assessment a = assess(NeimengguProfiles.eligible(),
                leading(" " + NeimengguProfiles.NAME + " ", "neimenggu", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(), CoreState.ESTABLISHED));
        assertThat(n6(a)).isEqualTo(Outcome.PASS);
    }

    @Test
    void aConsortiumLedInAnotherJurisdictionNeverCountsWhateverR6Says() {
        // N6 counts only the Inner Mongolia programme (catalog v2: 「聯合體」 is a defined term of 一);
        // R6 governs S12 and Q10 and is not registered here.
        Registry registry = leading("苏州市稀土材料创新联合体", "suzhou", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(),
                CoreState.ESTABLISHED);
        assertThat(n6(assess(NeimengguProfiles.eligible(), registry))).isEqualTo(Outcome.PASS);
        assertThat(jurisdiction().readings()).extracting(io.consortia.kernel.reading.Reading::id).doesNotContain("R6");
        for (boolean any : new boolean[] {false, true}) {
            Assessment a = jurisdiction().assess(NeimengguProfiles.eligible(), AssessmentOptions.on(ON).withRegistry(registry)
                    .withReadings(io.consortia.kernel.reading.ReadingSet.defaults().with(io.consortia.kernel.reading.Reading.R6, any)));
            assertThat(n6(a)).as("R6 %s", any).isEqualTo(Outcome.PASS);
            assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        }
    }

    @Test
    void aBottomUpFilingOrAnotherRegionIsOutsideTheProgrammeButAnInnerMongoliaEntryCounts() {
        Registry registry = new Registry(List.of(
                new RegisteredConsortium("青岛市稀土创新联合体", "qingdao", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(),
                        CoreState.ESTABLISHED),
                new RegisteredConsortium(OTHER, "neimenggu", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(),
                        CoreState.PROPOSED)), List.of());
        Assessment a = assess(NeimengguProfiles.eligible(), registry);
        assertThat(n6(a)).isEqualTo(Outcome.FAIL);
        assertThat(a.finding("N6").orElseThrow().because().zh()).contains(OTHER).doesNotContain("青岛市稀土创新联合体");
    }

    @ParameterizedTest
    @EnumSource(CoreState.class)
    void onlyAnActiveConsortiumCounts(CoreState state) {
        Assessment a = assess(NeimengguProfiles.eligible(),
                leading(OTHER, "neimenggu", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(), state));
        boolean active = state == CoreState.PROPOSED || state == CoreState.UNDER_REVIEW
                || state == CoreState.PUBLIC_NOTICE || state == CoreState.ESTABLISHED;
        assertThat(n6(a)).as("%s", state).isEqualTo(active ? Outcome.FAIL : Outcome.PASS);
    }

    @Test
    void leadsAreMatchedByNameWhenTheProfileGivesNoCreditCode() {
        Profile noCode = Fixtures.editMember(NeimengguProfiles.eligible(), "m1", m -> m.withCreditCode(Optional.empty()));
        String leadName = noCode.lead().name();
        assertThat(n6(assess(noCode, leading(OTHER, "neimenggu", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.of(leadName), CoreState.ESTABLISHED))))
                .isEqualTo(Outcome.FAIL);
        assertThat(n6(assess(noCode, leading(OTHER, "neimenggu", Optional.empty(), Optional.of("包头某某稀土有限公司"), CoreState.ESTABLISHED))))
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void differentCreditCodesAreDifferentUnitsWhateverTheName() {
        String leadName = NeimengguProfiles.eligible().lead().name();
        Assessment a = assess(NeimengguProfiles.eligible(),
                leading(OTHER, "neimenggu", Optional.of(CreditCode.of("91150105MA0Q8R4D17")), Optional.of(leadName), CoreState.ESTABLISHED));
        assertThat(n6(a)).isEqualTo(Outcome.PASS);
    }

    @Test
    void theOutcomeOfN6DoesNotDependOnTheReferenceDate() {
        Registry registry = leading(OTHER, "neimenggu", Optional.of(NeimengguProfiles.LEAD_CODE), Optional.empty(), CoreState.ESTABLISHED);
        for (LocalDate on : List.of(LocalDate.of(2024, 12, 18), LocalDate.of(2024, 12, 19), LocalDate.of(2030, 1, 1))) {
            Assessment a = jurisdiction().assess(NeimengguProfiles.eligible(), AssessmentOptions.on(on).withRegistry(registry));
            assertThat(n6(a)).as("on %s", on).isEqualTo(Outcome.FAIL);
        }
    }

    @Test
    void theEditionIsInForceFromItsDateOfIssue() {
        Assessment before = jurisdiction().assess(NeimengguProfiles.eligible(), AssessmentOptions.on(LocalDate.of(2024, 12, 18)));
        Assessment on = jurisdiction().assess(NeimengguProfiles.eligible(), AssessmentOptions.on(LocalDate.of(2024, 12, 19)));
        assertThat(before.editionInForce()).isFalse();
        assertThat(on.editionInForce()).isTrue();
    }
}

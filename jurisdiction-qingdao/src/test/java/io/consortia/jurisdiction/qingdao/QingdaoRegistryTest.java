package io.consortia.jurisdiction.qingdao;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Q10 ⊕ (七(三)): a lead that failed to perform is barred for three years, in Qingdao only. */
class QingdaoRegistryTest {

    /** The lead's code: 91 (enterprise), 370211 (黄岛区), computed check character. */
    private static final CreditCode LEAD = CreditCode.of("91370211MA3C7HK4XC");
    private static final CreditCode OTHER = CreditCode.of("91370214MA3D2N8R5L");

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("qingdao");
    }

    private static Profile withLeadCode(CreditCode code) {
        return Fixtures.editMember(QingdaoProfiles.eligible(), "m1", m -> ImmutableMember.copyOf(m).withCreditCode(code));
    }

    private static Registry sanction(Optional<CreditCode> code, Optional<String> name, String jurisdiction, LocalDate from) {
        return new Registry(List.of(), List.of(new Sanction(code, name, jurisdiction, from, 3, "LEAD_DEFAULTED")));
    }

    private static Assessment assess(Profile p, LocalDate on, Registry registry) {
        return jurisdiction().assess(p, AssessmentOptions.on(on).withRegistry(registry));
    }

    private static Outcome q10(Assessment a) {
        return QingdaoRulesTest.finding(a, "Q10").outcome();
    }

    @Test
    void barredLeadIsIneligibleUntilTheThirdAnniversaryOfItsSanction() {
        Registry registry = sanction(Optional.of(LEAD), Optional.empty(), "qingdao", LocalDate.of(2024, 5, 1));
        Assessment lastDay = assess(withLeadCode(LEAD), LocalDate.of(2027, 4, 30), registry);
        assertThat(lastDay.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(lastDay, Outcome.FAIL)).containsExactly("Q10");
        assertThat(QingdaoRulesTest.finding(lastDay, "Q10").because().zh()).contains("2027-05-01");
        Assessment after = assess(withLeadCode(LEAD), LocalDate.of(2027, 5, 1), registry);
        assertThat(after.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(q10(after)).isEqualTo(Outcome.PASS);
    }

    @Test
    void sanctionBarsFromItsFirstDayNotBefore() {
        Registry registry = sanction(Optional.of(LEAD), Optional.empty(), "qingdao", LocalDate.of(2025, 6, 1));
        assertThat(q10(assess(withLeadCode(LEAD), LocalDate.of(2025, 5, 31), registry))).isEqualTo(Outcome.PASS);
        assertThat(q10(assess(withLeadCode(LEAD), LocalDate.of(2025, 6, 1), registry))).isEqualTo(Outcome.FAIL);
    }

    @Test
    void sanctionImposedInAnotherJurisdictionBarsByDefaultButNotUnderR6Own() {
        Registry registry = sanction(Optional.of(LEAD), Optional.empty(), "suzhou", LocalDate.of(2024, 5, 1));
        Assessment any = assess(withLeadCode(LEAD), LocalDate.of(2025, 6, 1), registry);
        assertThat(any.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(q10(any)).isEqualTo(Outcome.FAIL);
        Assessment own = jurisdiction().assess(withLeadCode(LEAD), AssessmentOptions.on(LocalDate.of(2025, 6, 1))
                .withRegistry(registry).withReadings(io.consortia.kernel.reading.ReadingSet.defaults()
                        .with(io.consortia.kernel.reading.Reading.R6, true)));
        assertThat(own.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(q10(own)).isEqualTo(Outcome.PASS);
    }

    @Test
    void sanctionMatchesTheLeadByNameWhenTheProfileHasNoCreditCode() {
        Profile p = QingdaoProfiles.eligible();
        Registry registry = sanction(Optional.empty(), Optional.of("青岛蓝海渔装科技股份有限公司"), "qingdao", LocalDate.of(2024, 5, 1));
        Assessment a = assess(p, LocalDate.of(2025, 6, 1), registry);
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(a, Outcome.FAIL)).containsExactly("Q10");
    }

    @Test
    void differentCreditCodesAreDifferentUnitsEvenUnderTheSameName() {
        Registry registry = sanction(Optional.of(OTHER), Optional.of("青岛蓝海渔装科技股份有限公司"), "qingdao", LocalDate.of(2024, 5, 1));
        assertThat(q10(assess(withLeadCode(LEAD), LocalDate.of(2025, 6, 1), registry))).isEqualTo(Outcome.PASS);
    }

    @Test
    void sanctionAgainstAnotherMemberDoesNotBarTheLead() {
        Registry registry = sanction(Optional.empty(), Optional.of("青岛海纲新材料有限公司"), "qingdao", LocalDate.of(2024, 5, 1));
        Assessment a = assess(QingdaoProfiles.eligible(), LocalDate.of(2025, 6, 1), registry);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(q10(a)).isEqualTo(Outcome.PASS);
    }

    @Test
    void q10IsLeftOutWithoutARegistryAndPassesAnEmptyOne() {
        Profile p = QingdaoProfiles.eligible();
        Assessment without = jurisdiction().assess(p, AssessmentOptions.on(LocalDate.of(2025, 6, 1)));
        assertThat(without.findings()).noneMatch(f -> f.rule().id().catalogId().equals("Q10"));
        assertThat(without.registryUsed()).isFalse();
        Assessment empty = assess(p, LocalDate.of(2025, 6, 1), Registry.empty());
        assertThat(q10(empty)).isEqualTo(Outcome.PASS);
        assertThat(empty.registryUsed()).isTrue();
    }
}

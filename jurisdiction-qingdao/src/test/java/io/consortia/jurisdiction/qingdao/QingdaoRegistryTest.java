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
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Q10 ⊕ (七(三)): a unit under a 3-year bar may neither lead nor be a core member; the lead is
 * always core; a barred member that does not state {@code core} leaves Q10 UNKNOWN, one with
 * {@code core: false} is allowed. R6 says whose bars count (default: Qingdao's own), R9 which day
 * a bar ends.
 */
class QingdaoRegistryTest {

    /** The lead's code: 91 (enterprise), 370211 (黄岛区), computed check character. */
    private static final CreditCode LEAD = CreditCode.of("91370211MA3C7HK4XC");
    private static final CreditCode OTHER = CreditCode.of("91370214MA3D2N8R5L");
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final LocalDate FROM = LocalDate.of(2024, 3, 1);

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("qingdao");
    }

    private static Profile withLeadCode(CreditCode code) {
        return Fixtures.editMember(QingdaoProfiles.eligible(), "m1", m -> ImmutableMember.copyOf(m).withCreditCode(code));
    }

    private static Registry sanction(Optional<CreditCode> code, Optional<String> name, String jurisdiction, LocalDate from) {
        return new Registry(List.of(), List.of(new Sanction(code, name, jurisdiction, from, 3, "LEAD_DEFAULTED")));
    }

    /** A Qingdao bar from {@link #FROM} against the member of that name. */
    private static Registry barred(String name) {
        return sanction(Optional.empty(), Optional.of(name), "qingdao", FROM);
    }

    private static Assessment assess(Profile p, LocalDate on, Registry registry) {
        return assess(p, on, registry, ReadingSet.defaults());
    }

    private static Assessment assess(Profile p, LocalDate on, Registry registry, ReadingSet readings) {
        return jurisdiction().assess(p, AssessmentOptions.on(on).withRegistry(registry).withReadings(readings));
    }

    private static Outcome q10(Assessment a) {
        return QingdaoRulesTest.finding(a, "Q10").outcome();
    }

    // ---------------------------------------------------------------- who is barred

    @Test
    void aBarredLeadIsIneligible() {
        Assessment a = assess(withLeadCode(LEAD), ON, sanction(Optional.of(LEAD), Optional.empty(), "qingdao", FROM));
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(a, Outcome.FAIL)).containsExactly("Q10");
    }

    @Test
    void aBarredCoreMemberMakesTheConsortiumIneligible() {
        Assessment a = assess(QingdaoProfiles.eligible(), ON, barred("青岛海纲新材料有限公司"));   // m4, core: true
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(a, Outcome.FAIL)).containsExactly("Q10");
        assertThat(QingdaoRulesTest.finding(a, "Q10").because().zh()).contains("核心层成员 m4");
    }

    @Test
    void aBarredMemberThatDoesNotSayWhetherItIsCoreLeavesQ10Unknown() {
        Assessment a = assess(QingdaoProfiles.eligible(), ON, barred("烟台北海牧场发展有限公司"));   // m6, core not stated
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).containsExactly("Q10");
        assertThat(QingdaoRulesTest.finding(a, "Q10").because().en()).contains("m6", "core not stated");
        Profile notCore = Fixtures.trait(QingdaoProfiles.eligible(), "m6", Trait.CORE, false);
        assertThat(q10(assess(notCore, ON, barred("烟台北海牧场发展有限公司")))).isEqualTo(Outcome.PASS);
        Profile core = Fixtures.trait(QingdaoProfiles.eligible(), "m6", Trait.CORE, true);
        assertThat(q10(assess(core, ON, barred("烟台北海牧场发展有限公司")))).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aBarredMemberOutsideTheCoreIsAllowed() {
        Assessment a = assess(QingdaoProfiles.eligible(), ON, barred("胶州湾智能网箱有限公司"));   // m5, core: false
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(q10(a)).isEqualTo(Outcome.PASS);
        assertThat(QingdaoRulesTest.finding(a, "Q10").because().en()).contains("not core (allowed)");
    }

    @Test
    void theLeadIsCoreWhateverItsCoreFactSays() {
        Profile p = Fixtures.trait(withLeadCode(LEAD), "m1", Trait.CORE, false);
        assertThat(q10(assess(p, ON, sanction(Optional.of(LEAD), Optional.empty(), "qingdao", FROM)))).isEqualTo(Outcome.FAIL);
    }

    // ---------------------------------------------------------------- R9: the bar's last day

    @Test
    void inclusiveCountingEndsTheBarTheDayBeforeTheThirdAnniversary() {
        Registry registry = barred("青岛海纲新材料有限公司");
        Assessment lastDay = assess(QingdaoProfiles.eligible(), LocalDate.of(2027, 2, 28), registry);
        assertThat(q10(lastDay)).isEqualTo(Outcome.FAIL);
        assertThat(QingdaoRulesTest.finding(lastDay, "Q10").because().zh()).contains("至 2027-02-28");
        assertThat(q10(assess(QingdaoProfiles.eligible(), LocalDate.of(2027, 3, 1), registry))).isEqualTo(Outcome.PASS);
    }

    @Test
    void civilCountingStillBarsOnTheThirdAnniversary() {
        Registry registry = barred("青岛海纲新材料有限公司");
        ReadingSet civil = ReadingSet.defaults().with(Reading.R9, true);
        Assessment anniversary = assess(QingdaoProfiles.eligible(), LocalDate.of(2027, 3, 1), registry, civil);
        assertThat(anniversary.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(anniversary, Outcome.FAIL)).containsExactly("Q10");
        assertThat(QingdaoRulesTest.finding(anniversary, "Q10").because().zh()).contains("至 2027-03-01");
        assertThat(anniversary.readings()).filteredOn(c -> c.reading().equals(Reading.R9))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("civil"));
        assertThat(assess(QingdaoProfiles.eligible(), LocalDate.of(2027, 3, 2), registry, civil).verdict()).isEqualTo(Verdict.ELIGIBLE);
        // the same day, counted inclusively, is past the bar
        assertThat(assess(QingdaoProfiles.eligible(), LocalDate.of(2027, 3, 1), registry).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aBarAppliesFromItsFirstDayNotBefore() {
        Registry registry = sanction(Optional.of(LEAD), Optional.empty(), "qingdao", LocalDate.of(2025, 6, 1));
        assertThat(q10(assess(withLeadCode(LEAD), LocalDate.of(2025, 5, 31), registry))).isEqualTo(Outcome.PASS);
        assertThat(q10(assess(withLeadCode(LEAD), LocalDate.of(2025, 6, 1), registry))).isEqualTo(Outcome.FAIL);
    }

    // ---------------------------------------------------------------- R6: whose bars count

    @Test
    void aBarImposedInAnotherJurisdictionCountsOnlyUnderR6Any() {
        Registry registry = sanction(Optional.of(LEAD), Optional.empty(), "suzhou", FROM);
        Assessment own = assess(withLeadCode(LEAD), ON, registry);
        assertThat(own.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(q10(own)).isEqualTo(Outcome.PASS);
        assertThat(own.readings()).filteredOn(c -> c.reading().equals(Reading.R6))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("own"));
        Assessment any = assess(withLeadCode(LEAD), ON, registry, ReadingSet.defaults().with(Reading.R6, true));
        assertThat(any.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(any, Outcome.FAIL)).containsExactly("Q10");
    }

    @Test
    void aCoreMemberBarredElsewhereCountsOnlyUnderR6Any() {
        Registry registry = sanction(Optional.empty(), Optional.of("青岛海纲新材料有限公司"), "jiyuan", FROM);
        assertThat(q10(assess(QingdaoProfiles.eligible(), ON, registry))).isEqualTo(Outcome.PASS);
        assertThat(q10(assess(QingdaoProfiles.eligible(), ON, registry, ReadingSet.defaults().with(Reading.R6, true))))
                .isEqualTo(Outcome.FAIL);
    }

    // ---------------------------------------------------------------- matching units

    @Test
    void aSanctionMatchesTheLeadByNameWhenTheProfileHasNoCreditCode() {
        Assessment a = assess(QingdaoProfiles.eligible(), ON, barred("青岛蓝海渔装科技股份有限公司"));
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(a, Outcome.FAIL)).containsExactly("Q10");
    }

    @Test
    void differentCreditCodesAreDifferentUnitsEvenUnderTheSameName() {
        Registry registry = sanction(Optional.of(OTHER), Optional.of("青岛蓝海渔装科技股份有限公司"), "qingdao", FROM);
        assertThat(q10(assess(withLeadCode(LEAD), ON, registry))).isEqualTo(Outcome.PASS);
    }

    @Test
    void q10IsLeftOutWithoutARegistryAndPassesAnEmptyOne() {
        Profile p = QingdaoProfiles.eligible();
        Assessment without = jurisdiction().assess(p, AssessmentOptions.on(ON));
        assertThat(without.findings()).noneMatch(f -> f.rule().id().catalogId().equals("Q10"));
        assertThat(without.registryUsed()).isFalse();
        Assessment empty = assess(p, ON, Registry.empty());
        assertThat(q10(empty)).isEqualTo(Outcome.PASS);
        assertThat(empty.registryUsed()).isTrue();
    }
}

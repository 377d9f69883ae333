package io.consortia.jurisdiction.suzhou;

import static io.consortia.kernel.testkit.Fixtures.attest;
import static io.consortia.kernel.testkit.Fixtures.chain;
import static io.consortia.kernel.testkit.Fixtures.field;
import static io.consortia.kernel.testkit.Fixtures.governance;
import static io.consortia.kernel.testkit.Fixtures.kind;
import static io.consortia.kernel.testkit.Fixtures.platform;
import static io.consortia.kernel.testkit.Fixtures.platforms;
import static io.consortia.kernel.testkit.Fixtures.registeredIn;
import static io.consortia.kernel.testkit.Fixtures.trait;
import static io.consortia.kernel.testkit.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.testkit.Installed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-checked Suzhou profiles: each rule failing alone, the boundaries, the unknowns. */
class SuzhouRulesTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private static io.consortia.kernel.jurisdiction.Jurisdiction jurisdiction() {
        return Installed.jurisdiction("suzhou");
    }

    private static Assessment assess(Profile p) {
        return assess(p, ReadingSet.defaults());
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("suzhou", p, ON, readings);
    }

    private static List<String> ids(Assessment a, Outcome o) {
        return Installed.ids(a, o);
    }


    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                c("7 member units: S1 deviation", p -> without(p, "m8"), Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("S1"), List.of()),
                c("no charter: S3", p -> governance(p, GovernanceItem.FORMATION_AGREEMENT, false), Verdict.INELIGIBLE, List.of("S3"), List.of()),
                c("no management body: S4, a deviation under R7=list", p -> governance(p, GovernanceItem.MANAGEMENT_BODY, false),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("S4"), List.of()),
                c("no construction plan: S15, a deviation under R7=list", p -> governance(p, GovernanceItem.CONSTRUCTION_PLAN, false),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("S15"), List.of()),
                c("construction plan not stated: S15 unknown", p -> governance(p, GovernanceItem.CONSTRUCTION_PLAN, null),
                        Verdict.UNDETERMINED, List.of(), List.of("S15")),
                c("a member without a basis for cooperation: S13", p -> attest(p, "m7", Attestation.COOPERATION_BASIS, false),
                        Verdict.INELIGIBLE, List.of("S13"), List.of()),
                c("a member's basis for cooperation not stated: S13 unknown", p -> attest(p, "m3", Attestation.COOPERATION_BASIS, null),
                        Verdict.UNDETERMINED, List.of(), List.of("S13")),
                c("an enterprise without R&D support capability: S14", p -> attest(p, "m4", Attestation.RD_SUPPORT_CAPABILITY, false),
                        Verdict.INELIGIBLE, List.of("S14"), List.of()),
                c("an enterprise outside the chain: S14", p -> chain(p, "m5", ChainPosition.OUTSIDE), Verdict.INELIGIBLE, List.of("S14"), List.of()),
                c("an enterprise's chain position not stated: S14 unknown", p -> chain(p, "m6", null), Verdict.UNDETERMINED, List.of(), List.of("S14")),
                c("the lead's own cooperation basis is not asked (S13 is about the other members)", p -> attest(p, "m1", Attestation.COOPERATION_BASIS, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("lead registered in Wuxi: S5", p -> registeredIn(p, "m1", "320205"), Verdict.INELIGIBLE, List.of("S5"), List.of()),
                c("lead is a university: S5 (and S9 checks it)", p -> attest(kind(p, "m1", UnitKind.UNIVERSITY), "m1", Attestation.QUALIFIED_TEAM, true),
                        Verdict.INELIGIBLE, List.of("S5"), List.of()),
                c("lead not an independent legal person: S5", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false), Verdict.INELIGIBLE, List.of("S5"), List.of()),
                c("lead's centre is municipal: S6", p -> platforms(p, "m1", platform(PlatformLevel.MUNICIPAL, PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER)),
                        Verdict.INELIGIBLE, List.of("S6"), List.of()),
                c("lead's provincial platform is a new R&D institution: S6 unknown (等创新载体)", p -> platforms(p, "m1",
                                platform(PlatformLevel.PROVINCIAL, PlatformType.NEW_RD_INSTITUTION)),
                        Verdict.UNDETERMINED, List.of(), List.of("S6")),
                c("lead's provincial platform of no stated type: S6 unknown", p -> platforms(p, "m1",
                                new io.consortia.kernel.profile.Platform("某平台", PlatformLevel.PROVINCIAL, Optional.empty())),
                        Verdict.UNDETERMINED, List.of(), List.of("S6")),
                c("lead has no platform: S6", p -> platforms(p, "m1"), Verdict.INELIGIBLE, List.of("S6"), List.of()),
                c("national key lab passes S6", p -> platforms(p, "m1", platform(PlatformLevel.NATIONAL, PlatformType.KEY_LAB)), Verdict.ELIGIBLE, List.of(), List.of()),
                c("no equity fund: S7", p -> trait(p, "m1", Trait.EQUITY_FUND, false), Verdict.INELIGIBLE, List.of("S7"), List.of()),
                c("lead not an industry leader: S8", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false), Verdict.INELIGIBLE, List.of("S8"), List.of()),
                c("university without a qualified team: S9", p -> attest(p, "m2", Attestation.QUALIFIED_TEAM, false), Verdict.INELIGIBLE, List.of("S9"), List.of()),
                c("no chief expert: S10", p -> governance(p, GovernanceItem.CHIEF_EXPERT, false), Verdict.INELIGIBLE, List.of("S10"), List.of()),
                c("field outside the four: S11 fails, verdict unchanged", p -> field(p, "纺织"), Verdict.ELIGIBLE, List.of("S11"), List.of()),
                c("lead neither listed nor 专精特新: S2 fails, verdict unchanged",
                        p -> trait(trait(p, "m1", Trait.LISTED, false), "m1", Trait.SPECIALIZED_SOPHISTICATED, false), Verdict.ELIGIBLE, List.of("S2"), List.of()),
                c("equity fund not stated: S7 unknown", p -> trait(p, "m1", Trait.EQUITY_FUND, null), Verdict.UNDETERMINED, List.of(), List.of("S7")),
                c("council not stated: S10 unknown", p -> governance(p, GovernanceItem.COUNCIL, null), Verdict.UNDETERMINED, List.of(), List.of("S10")),
                c("institute's team not attested: S9 unknown", p -> attest(p, "m3", Attestation.QUALIFIED_TEAM, null), Verdict.UNDETERMINED, List.of(), List.of("S9")),
                c("no field: S11 unknown, verdict unchanged", p -> field(p, null), Verdict.ELIGIBLE, List.of(), List.of("S11")),
                c("unknown charter and a failing S7: ineligible wins", p -> trait(governance(p, GovernanceItem.FORMATION_AGREEMENT, null), "m1", Trait.EQUITY_FUND, false),
                        Verdict.INELIGIBLE, List.of("S7"), List.of("S3")),
                c("7 units and an unknown attestation: undetermined", p -> attest(without(p, "m8"), "m1", Attestation.STRONG_RD, null),
                        Verdict.UNDETERMINED, List.of("S1"), List.of("S8")));
    }

    private static Arguments c(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        return Arguments.of(name, edit, verdict, failing, unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assessesHandCheckedProfile(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        Assessment a = assess(edit.apply(SuzhouProfiles.eligible()));
        assertThat(a.verdict()).as("verdict; findings %s", a.findings()).isEqualTo(verdict);
        assertThat(ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(failing);
        assertThat(ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(unknown);
    }

    @Test
    void eightMemberUnitsPassOnlyWhileTheLeadCounts() {
        Profile eight = SuzhouProfiles.eligible();
        assertThat(assess(eight).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment leadExcluded = assess(eight, ReadingSet.defaults().with(Reading.R1, true));
        assertThat(leadExcluded.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(ids(leadExcluded, Outcome.FAIL)).containsExactly("S1");
        assertThat(leadExcluded.readings()).filteredOn(c -> c.reading().equals(Reading.R1))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("no"));
    }

    @Test
    void nineMemberUnitsPassUnderEitherReading() {
        Profile nine = io.consortia.kernel.testkit.Fixtures.with(SuzhouProfiles.eligible(),
                SuzhouProfiles.chainMember("m9", "320505", ChainPosition.MIDSTREAM));
        assertThat(assess(nine, ReadingSet.defaults().with(Reading.R1, true)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    private static final CreditCode LEAD_CODE = CreditCode.of("91320500MA1W4X6L2Q");

    private static Profile withLeadCode() {
        return io.consortia.kernel.testkit.Fixtures.editMember(SuzhouProfiles.eligible(), "m1", m -> ImmutableMember.copyOf(m).withCreditCode(LEAD_CODE));
    }

    private static Registry bar(String jurisdiction, Optional<CreditCode> code, Optional<String> name) {
        return new Registry(List.of(), List.of(new Sanction(code, name, jurisdiction, LocalDate.of(2024, 5, 1), 3, "LEAD_DEFAULTED")));
    }

    private static Assessment onDate(Profile p, LocalDate on, Registry registry, ReadingSet readings) {
        return jurisdiction().assess(p, AssessmentOptions.on(on).withRegistry(registry).withReadings(readings));
    }

    @Test
    void barredLeadIsIneligibleOnlyWhileTheSanctionRuns() {
        Registry registry = bar("suzhou", Optional.of(LEAD_CODE), Optional.empty());
        Assessment during = onDate(withLeadCode(), LocalDate.of(2027, 4, 30), registry, ReadingSet.defaults());
        assertThat(during.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(during, Outcome.FAIL)).containsExactly("S12");
        assertThat(during.finding("S12").orElseThrow().because().zh()).contains("至 2027-04-30");
        assertThat(onDate(withLeadCode(), LocalDate.of(2027, 5, 1), registry, ReadingSet.defaults()).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void underTheCivilCodeTheBarStillAppliesOnItsAnniversary() {
        Registry registry = bar("suzhou", Optional.of(LEAD_CODE), Optional.empty());
        ReadingSet civil = ReadingSet.defaults().with(Reading.R9, true);
        Assessment anniversary = onDate(withLeadCode(), LocalDate.of(2027, 5, 1), registry, civil);
        assertThat(anniversary.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(anniversary.finding("S12").orElseThrow().because().zh()).contains("至 2027-05-01");
        assertThat(onDate(withLeadCode(), LocalDate.of(2027, 5, 2), registry, civil).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aBarredCoreMemberFailsS12ANonCoreMemberIsAllowedAndAnUnstatedOneIsUnknown() {
        Profile base = SuzhouProfiles.eligible();
        String m4 = base.members().get(3).name();
        Registry registry = bar("suzhou", Optional.empty(), Optional.of(m4));
        LocalDate on = LocalDate.of(2025, 6, 1);
        Profile core = io.consortia.kernel.testkit.Fixtures.trait(base, "m4", Trait.CORE, true);
        Profile notCore = io.consortia.kernel.testkit.Fixtures.trait(base, "m4", Trait.CORE, false);
        assertThat(ids(onDate(core, on, registry, ReadingSet.defaults()), Outcome.FAIL)).containsExactly("S12");
        assertThat(onDate(notCore, on, registry, ReadingSet.defaults()).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment unstated = onDate(base, on, registry, ReadingSet.defaults());
        assertThat(unstated.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(ids(unstated, Outcome.UNKNOWN)).containsExactly("S12");
    }

    @Test
    void aBarImposedElsewhereCountsOnlyUnderR6Any() {
        Registry registry = bar("qingdao", Optional.of(LEAD_CODE), Optional.empty());
        LocalDate on = LocalDate.of(2025, 6, 1);
        assertThat(onDate(withLeadCode(), on, registry, ReadingSet.defaults()).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(onDate(withLeadCode(), on, registry, ReadingSet.defaults().with(Reading.R6, true)).verdict())
                .isEqualTo(Verdict.INELIGIBLE);
    }

    @Test
    void underR7ItemTheManagementBodyAndThePlanAreMandatory() {
        ReadingSet item = ReadingSet.defaults().with(SuzhouProvider.R7, true);
        Profile noBody = governance(SuzhouProfiles.eligible(), GovernanceItem.MANAGEMENT_BODY, false);
        Assessment a = assess(noBody, item);
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(a.finding("S4").orElseThrow().strength()).isEqualTo(io.consortia.kernel.outcome.Strength.MANDATORY);
        Profile noPlan = governance(SuzhouProfiles.eligible(), GovernanceItem.CONSTRUCTION_PLAN, false);
        assertThat(assess(noPlan, item).verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(assess(noPlan).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
    }

    @Test
    void sanctionMatchesByNameWhenTheProfileHasNoCreditCode() {
        Profile p = SuzhouProfiles.eligible();
        Registry registry = new Registry(List.of(), List.of(
                new Sanction(Optional.empty(), Optional.of(p.lead().name()), "suzhou", LocalDate.of(2024, 5, 1), 3, "LEAD_DEFAULTED")));
        assertThat(jurisdiction().assess(p, AssessmentOptions.on(LocalDate.of(2025, 6, 1)).withRegistry(registry)).verdict())
                .isEqualTo(Verdict.INELIGIBLE);
    }

    @Test
    void officialNameFollowsTheNamingPattern() {
        assertThat(jurisdiction().latest().outline().naming().orElseThrow().render("电子信息")).isEqualTo("苏州市电子信息创新联合体");
    }

    @Test
    void fundingCapIsTwoMillionYuan() {
        assertThat(jurisdiction().latest().measures())
                .anySatisfy(m -> assertThat(m.capYuan()).hasValueSatisfying(v -> assertThat(v.longValueExact()).isEqualTo(2_000_000L)));
    }
}

package io.consortia.jurisdiction.qingdao;

import static io.consortia.kernel.testkit.Fixtures.attest;
import static io.consortia.kernel.testkit.Fixtures.chain;
import static io.consortia.kernel.testkit.Fixtures.governance;
import static io.consortia.kernel.testkit.Fixtures.kind;
import static io.consortia.kernel.testkit.Fixtures.registeredIn;
import static io.consortia.kernel.testkit.Fixtures.trait;
import static io.consortia.kernel.testkit.Fixtures.with;
import static io.consortia.kernel.testkit.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-checked Qingdao profiles (catalog v2): each rule failing alone and unknown when its fact is
 * absent, the boundaries, and the readings R4 and R5 each flipping a verdict (R6 and R9, which only
 * Q10 consults, in {@link QingdaoRegistryTest}).
 */
class QingdaoRulesTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("qingdao");
    }

    private static Assessment assess(Profile p) {
        return assess(p, ReadingSet.defaults());
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("qingdao", p, ON, readings);
    }

    private static List<String> ids(Assessment a, Outcome o) {
        return Installed.ids(a, o);
    }

    private static ReadingSet leadCounts() {
        return ReadingSet.defaults().with(QingdaoReadings.R5, true);
    }

    private static ReadingSet upAndDownOnly() {
        return ReadingSet.defaults().with(Reading.R4, true);
    }

    /** A fifth chain enterprise, as Q11 and Q12 ask. */
    private static Member m7(ChainPosition position) {
        return QingdaoProfiles.chainEnterprise(Fixtures.enterprise("m7", "370213").chainPosition(position));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                // Q1: every part failing alone, and the region boundary
                c("lead registered in Yantai (370602): Q1", p -> registeredIn(p, "m1", "370602"), Verdict.INELIGIBLE, List.of("Q1"), List.of()),
                c("lead registered in Jiaozhou (370281), a county-level city of Qingdao, passes Q1",
                        p -> registeredIn(p, "m1", "370281"), Verdict.ELIGIBLE, List.of(), List.of()),
                c("lead is a research institute: Q1 only", p -> attest(kind(p, "m1", UnitKind.RESEARCH_INSTITUTE), "m1", Attestation.QUALIFIED_TEAM, true),
                        Verdict.INELIGIBLE, List.of("Q1"), List.of()),
                c("lead is not an independent legal person (a branch): Q1", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false),
                        Verdict.INELIGIBLE, List.of("Q1"), List.of()),
                c("lead's technology is not nationally leading: Q1", p -> attest(p, "m1", Attestation.LEADING_TECHNOLOGY, false),
                        Verdict.INELIGIBLE, List.of("Q1"), List.of()),
                c("lead is no innovation-leading enterprise (v2): Q1", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false),
                        Verdict.INELIGIBLE, List.of("Q1"), List.of()),
                c("lead's standing as a leading enterprise not attested: Q1 unknown", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Q1")),
                // Q2: 3 is the bound (the eligible profile has exactly 3 besides the lead)
                c("2 chain enterprises besides the lead: Q2 deviation", p -> without(p, "m6"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q2"), List.of()),
                c("the third chain unit is a service organisation: Q2 deviation", p -> kind(p, "m6", UnitKind.SERVICE_ORGANIZATION),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q2"), List.of()),
                c("the third enterprise is OUTSIDE the chain: Q2 deviation", p -> chain(p, "m6", ChainPosition.OUTSIDE),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q2"), List.of()),
                c("a midstream enterprise counts by default (R4=any)", p -> chain(p, "m5", ChainPosition.MIDSTREAM),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("4 chain enterprises besides the lead pass Q2", p -> with(p, m7(ChainPosition.UPSTREAM)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // Q3: 2 is the bound (the eligible profile has exactly 2)
                c("1 university or institute: Q3 deviation", p -> without(p, "m3"), Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q3"), List.of()),
                c("2 universities without an institute pass Q3", p -> kind(p, "m3", UnitKind.UNIVERSITY), Verdict.ELIGIBLE, List.of(), List.of()),
                c("2 deviations at once: still eligible with deviations", p -> without(p, "m3", "m6"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q2", "Q3"), List.of()),
                // governance
                c("no formation agreement: Q4", p -> governance(p, GovernanceItem.FORMATION_AGREEMENT, false), Verdict.INELIGIBLE, List.of("Q4"), List.of()),
                c("no chief expert: Q5", p -> governance(p, GovernanceItem.CHIEF_EXPERT, false), Verdict.INELIGIBLE, List.of("Q5"), List.of()),
                c("no integrity pledge: Q6", p -> governance(p, GovernanceItem.INTEGRITY_PLEDGE, false), Verdict.INELIGIBLE, List.of("Q6"), List.of()),
                c("neither council nor coordination body: Q7 is a permission, it passes",
                        p -> governance(governance(p, GovernanceItem.COUNCIL, false), GovernanceItem.MANAGEMENT_BODY, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("council and coordination body not stated: Q7 still passes",
                        p -> governance(governance(p, GovernanceItem.COUNCIL, null), GovernanceItem.MANAGEMENT_BODY, null),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("no secretariat or expert committee: Qingdao does not ask for them",
                        p -> governance(governance(p, GovernanceItem.SECRETARIAT, false), GovernanceItem.EXPERT_COMMITTEE, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // members and the lead's abilities
                c("university without a qualified team: Q8", p -> attest(p, "m2", Attestation.QUALIFIED_TEAM, false), Verdict.INELIGIBLE, List.of("Q8"), List.of()),
                c("lead's R&D not strong: Q9", p -> attest(p, "m1", Attestation.STRONG_RD, false), Verdict.INELIGIBLE, List.of("Q9"), List.of()),
                c("lead cannot organise: Q9", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, false), Verdict.INELIGIBLE, List.of("Q9"), List.of()),
                // Q10 needs a registry: QingdaoRegistryTest
                // Q11
                c("the institute has no basis for cooperation with the lead: Q11",
                        p -> attest(p, "m3", Attestation.COOPERATION_BASIS, false), Verdict.INELIGIBLE, List.of("Q11"), List.of()),
                c("an enterprise's cooperation basis not attested: Q11 unknown",
                        p -> attest(p, "m6", Attestation.COOPERATION_BASIS, null), Verdict.UNDETERMINED, List.of(), List.of("Q11")),
                // Q12
                c("an enterprise member without R&D supporting capability: Q12",
                        p -> attest(p, "m5", Attestation.RD_SUPPORT_CAPABILITY, false), Verdict.INELIGIBLE, List.of("Q12"), List.of()),
                c("an enterprise's supporting capability not attested: Q12 unknown",
                        p -> attest(p, "m4", Attestation.RD_SUPPORT_CAPABILITY, null), Verdict.UNDETERMINED, List.of(), List.of("Q12")),
                c("Q12 asks nothing of universities nor of the lead",
                        p -> attest(attest(p, "m2", Attestation.RD_SUPPORT_CAPABILITY, false), "m1", Attestation.RD_SUPPORT_CAPABILITY, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // Q13
                c("no construction plan: Q13", p -> governance(p, GovernanceItem.CONSTRUCTION_PLAN, false),
                        Verdict.INELIGIBLE, List.of("Q13"), List.of()),
                c("construction plan not stated: Q13 unknown", p -> governance(p, GovernanceItem.CONSTRUCTION_PLAN, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Q13")),
                // unknowns
                c("third chain enterprise's position not stated: Q2 unknown", p -> chain(p, "m6", null), Verdict.UNDETERMINED, List.of(), List.of("Q2")),
                c("3 known chain enterprises besides an unstated one: Q2 passes",
                        p -> with(chain(p, "m6", null), m7(ChainPosition.UPSTREAM)), Verdict.ELIGIBLE, List.of(), List.of()),
                c("1 known and 1 unstated chain enterprise: Q2 fails even if it were in the chain",
                        p -> chain(without(p, "m5"), "m6", null), Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q2"), List.of()),
                c("a non-enterprise of unstated position is no chain enterprise: Q2 fails, not unknown",
                        p -> kind(chain(p, "m6", null), "m6", UnitKind.OTHER), Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Q2"), List.of()),
                c("lead's leading technology not attested: Q1 unknown", p -> attest(p, "m1", Attestation.LEADING_TECHNOLOGY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Q1")),
                c("integrity pledge not stated: Q6 unknown", p -> governance(p, GovernanceItem.INTEGRITY_PLEDGE, null), Verdict.UNDETERMINED, List.of(), List.of("Q6")),
                c("institute's team not attested: Q8 unknown", p -> attest(p, "m3", Attestation.QUALIFIED_TEAM, null), Verdict.UNDETERMINED, List.of(), List.of("Q8")),
                // mixed
                c("chief expert not stated and the lead's R&D not strong: ineligible wins",
                        p -> attest(governance(p, GovernanceItem.CHIEF_EXPERT, null), "m1", Attestation.STRONG_RD, false),
                        Verdict.INELIGIBLE, List.of("Q9"), List.of("Q5")),
                c("1 academic member and an unstated chain position: undetermined, with Q3 failing",
                        p -> chain(without(p, "m3"), "m6", null), Verdict.UNDETERMINED, List.of("Q3"), List.of("Q2")),
                c("no council, 1 academic, agreement unknown: undetermined",
                        p -> governance(governance(without(p, "m2"), GovernanceItem.COUNCIL, false), GovernanceItem.FORMATION_AGREEMENT, null),
                        Verdict.UNDETERMINED, List.of("Q3"), List.of("Q4")));
    }

    private static Arguments c(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        return Arguments.of(name, edit, verdict, failing, unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assessesHandCheckedProfile(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        Assessment a = assess(edit.apply(QingdaoProfiles.eligible()));
        assertThat(a.verdict()).as("verdict; findings %s", a.findings()).isEqualTo(verdict);
        assertThat(ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(failing);
        assertThat(ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(unknown);
    }

    // ---------------------------------------------------------------- reading R5

    @Test
    void leadInTheChainMakesUpTheThirdChainEnterpriseOnlyWhenR5SaysItCounts() {
        Profile twoBesidesTheLead = without(QingdaoProfiles.eligible(), "m6");
        Assessment byDefault = assess(twoBesidesTheLead);
        assertThat(byDefault.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(ids(byDefault, Outcome.FAIL)).containsExactly("Q2");
        assertThat(byDefault.readings()).filteredOn(c -> c.reading().equals(QingdaoReadings.R5))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("no"));

        Assessment leadCounts = assess(twoBesidesTheLead, leadCounts());
        assertThat(leadCounts.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(ids(leadCounts, Outcome.FAIL)).isEmpty();
        assertThat(leadCounts.readings()).filteredOn(c -> c.reading().equals(QingdaoReadings.R5))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("yes"));
    }

    @Test
    void leadOfUnstatedChainPositionLeavesQ2UnknownOnlyWhenR5SaysItCounts() {
        Profile p = chain(without(QingdaoProfiles.eligible(), "m6"), "m1", null);
        Assessment byDefault = assess(p);
        assertThat(byDefault.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(ids(byDefault, Outcome.FAIL)).containsExactly("Q2");
        Assessment leadCounts = assess(p, leadCounts());
        assertThat(leadCounts.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(ids(leadCounts, Outcome.UNKNOWN)).containsExactly("Q2");
    }

    @Test
    void threeChainEnterprisesBesidesTheLeadPassUnderEveryReading() {
        for (int mask = 0; mask < 16; mask++) {
            ReadingSet r = ReadingSet.defaults().with(Reading.R4, (mask & 1) != 0).with(QingdaoReadings.R5, (mask & 2) != 0)
                    .with(Reading.R6, (mask & 4) != 0).with(Reading.R9, (mask & 8) != 0);
            assertThat(assess(QingdaoProfiles.eligible(), r).verdict()).as("readings %d", mask).isEqualTo(Verdict.ELIGIBLE);
        }
    }

    // ---------------------------------------------------------------- reading R4

    @Test
    void aMidstreamEnterpriseCountsByDefaultButNotWhenOnlyUpAndDownstreamCount() {
        Profile p = chain(QingdaoProfiles.eligible(), "m5", ChainPosition.MIDSTREAM);
        assertThat(assess(p).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment updown = assess(p, upAndDownOnly());
        assertThat(updown.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(ids(updown, Outcome.FAIL)).containsExactly("Q2");
        assertThat(updown.readings()).filteredOn(c -> c.reading().equals(Reading.R4))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("updown"));
    }

    @Test
    void aMidstreamLeadCountsUnderR5OnlyWhileR4CountsTheMidstream() {
        Profile p = without(QingdaoProfiles.eligible(), "m6");
        assertThat(assess(p, leadCounts()).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(ids(assess(p, leadCounts().with(Reading.R4, true)), Outcome.FAIL)).containsExactly("Q2");
    }

    // ---------------------------------------------------------------- Q7, a permission

    @Test
    void q7SaysWhetherThePermissionIsUsedAndNeverFails() {
        Profile none = governance(governance(QingdaoProfiles.eligible(), GovernanceItem.COUNCIL, false), GovernanceItem.MANAGEMENT_BODY, false);
        Finding unused = finding(assess(none), "Q7");
        assertThat(unused.outcome()).isEqualTo(Outcome.PASS);
        assertThat(unused.because().en()).contains("not used");
        Profile coordination = governance(QingdaoProfiles.eligible(), GovernanceItem.COUNCIL, false);
        Finding used = finding(assess(coordination), "Q7");
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.because().en()).contains("and used");
    }

    @Test
    void readingsAreR4R5R6AndR9() {
        assertThat(jurisdiction().readings()).extracting(Reading::id).containsExactly("R4", "R5", "R6", "R9");
        assertThat(QingdaoReadings.R5.id()).isEqualTo("R5");
        assertThat(QingdaoReadings.R5.defaultOption()).isEqualTo("no");
        assertThat(QingdaoReadings.R5.alternativeOption()).isEqualTo("yes");
        assertThat(jurisdiction().latest().rules()).filteredOn(r -> !r.readings().isEmpty())
                .extracting(r -> r.id().catalogId(), r -> r.readings().stream().map(Reading::id).toList())
                .containsExactly(tuple("Q2", List.of("R5", "R4")), tuple("Q10", List.of("R6", "R9")));
    }

    // ---------------------------------------------------------------- the rule table itself

    @Test
    void rulesAreTheCatalogTableInOrder() {
        List<Rule> rules = jurisdiction().latest().rules();
        assertThat(rules.stream().map(r -> r.id().catalogId()))
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12", "Q13");
        assertThat(rules.stream().map(Rule::strength)).containsExactly(
                Strength.MANDATORY, Strength.PRESUMPTIVE, Strength.PRESUMPTIVE, Strength.MANDATORY, Strength.MANDATORY,
                Strength.MANDATORY, Strength.ENCOURAGED, Strength.MANDATORY, Strength.MANDATORY, Strength.MANDATORY,
                Strength.MANDATORY, Strength.MANDATORY, Strength.MANDATORY);
        assertThat(rules.stream().map(Rule::clause)).containsExactly(
                "四(一)1", "三(二)", "三(二)", "三(三), 五(三)", "五(四)", "七(四)", "三(四)", "四(二)3", "四(一)2-3", "七(三)",
                "四(二)1", "四(二)2", "五(五), 三(五)");
        assertThat(rules.stream().filter(Rule::crossConsortium).map(r -> r.id().catalogId())).containsExactly("Q10");
    }

    @Test
    void everyThresholdIsAParameterCitingItsSentence() {
        Edition e = jurisdiction().latest();
        assertThat(e.parameters()).extracting(Parameter::name, Parameter::display, Parameter::unit)
                .contains(
                        tuple("qingdao.target.count", "20", Unit.COUNT),
                        tuple("qingdao.target.year", "2028", Unit.YEAR),
                        tuple("qingdao.Q2.minimum", "3", Unit.COUNT),
                        tuple("qingdao.Q3.minimum", "2", Unit.COUNT));
        assertThat(e.parameters()).allSatisfy(p -> assertThat(e.document().quotes(p.quote())).as(p.name()).isTrue());
        Overrides two = Overrides.parse(List.of("qingdao.Q2.minimum=2"), e::parameter).get();
        Profile p = without(QingdaoProfiles.eligible(), "m6");
        assertThat(jurisdiction().assess(p, AssessmentOptions.on(ON).withOverrides(two)).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(jurisdiction().assess(p, AssessmentOptions.on(ON)).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
    }

    @Test
    void quotesKeepTheSeedsTraditionalCharacters() {
        Rule q1 = jurisdiction().latest().rules().get(0);
        assertThat(q1.quote()).startsWith("牽頭單位須為我市獨立注冊的創新領軍企業");
        assertThat(q1.requirement().zh()).contains("牵头单位");
    }

    @Test
    void documentIsTheQingdaoGuidelinesOf6March2025() {
        Edition e = jurisdiction().latest();
        assertThat(jurisdiction().identity().region().prefix()).isEqualTo("3702");
        assertThat(e.document().title().zh()).isEqualTo("青岛市创新联合体组建工作指引");
        assertThat(e.document().number()).contains("青科字〔2025〕5号");
        assertThat(e.document().issuer().zh()).isEqualTo("青岛市科学技术局");
        assertThat(e.document().issued()).contains(LocalDate.of(2025, 3, 6));
        assertThat(e.document().status()).containsExactly(DocumentStatus.IN_FORCE);
        assertThat(e.document().text()).contains("青島市創新聯合體組建工作指引");
        assertThat(e.inForceFrom()).contains(LocalDate.of(2025, 3, 6));
    }

    @Test
    void outlineIsAboutTwentyBy2028FiledBottomUpWithNoNamingAndNoListedFields() {
        var outline = jurisdiction().latest().outline();
        assertThat(outline.target()).hasValueSatisfying(t -> {
            assertThat(t.count()).isEqualTo(20);
            assertThat(t.atLeast()).isFalse();
            assertThat(t.byYear()).isEqualTo(2028);
            assertThat(t.clause()).isEqualTo("二");
        });
        assertThat(outline.naming()).isEmpty();
        assertThat(outline.route().formation()).isEqualTo(Route.Formation.FILING);
        assertThat(outline.route().initiative()).isEqualTo(Route.Initiative.BOTTOM_UP);
        assertThat(outline.fields()).isEmpty();
        assertThat(outline.fieldsNote().zh()).contains("10+1");
    }

    @Test
    void supportMeasuresCoverSectionSixAndExcellentEvaluationWithoutAnyAmount() {
        var measures = jurisdiction().latest().measures();
        assertThat(measures.stream().map(m -> m.category())).contains(
                MeasureCategory.PROJECTS, MeasureCategory.FINANCE, MeasureCategory.PLATFORM, MeasureCategory.TALENT,
                MeasureCategory.APPLICATION_SCENARIOS);
        assertThat(measures.stream().map(m -> m.clause())).contains("六(一)", "六(二)", "六(三)", "六(四)", "七(二)");
        assertThat(measures).anySatisfy(m -> assertThat(m.description().zh()).contains("青岛市产业领军人才计划"));
        assertThat(measures).allSatisfy(m -> assertThat(m.capYuan()).isEmpty());
    }

    static Finding finding(Assessment a, String catalogId) {
        return a.findings().stream().filter(f -> f.rule().id().catalogId().equals(catalogId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + catalogId + " in " + a.findings()));
    }
}

package io.consortia.jurisdiction.jiyuan;

import static io.consortia.kernel.testkit.Fixtures.attest;
import static io.consortia.kernel.testkit.Fixtures.chain;
import static io.consortia.kernel.testkit.Fixtures.editMember;
import static io.consortia.kernel.testkit.Fixtures.field;
import static io.consortia.kernel.testkit.Fixtures.governance;
import static io.consortia.kernel.testkit.Fixtures.kind;
import static io.consortia.kernel.testkit.Fixtures.platform;
import static io.consortia.kernel.testkit.Fixtures.platforms;
import static io.consortia.kernel.testkit.Fixtures.registeredIn;
import static io.consortia.kernel.testkit.Fixtures.trait;
import static io.consortia.kernel.testkit.Fixtures.with;
import static io.consortia.kernel.testkit.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.ReadingChoice;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
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
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-checked Jiyuan profiles: each rule failing alone, the bounds, the unknowns, the readings. */
class JiyuanRulesTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final ReadingSet DEFAULTS = ReadingSet.defaults();
    private static final ReadingSet UPDOWN = ReadingSet.defaults().with(JiyuanReadings.R4, true);
    private static final ReadingSet LEAD_EXCLUDED = ReadingSet.defaults().with(Reading.R1, true);

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("jiyuan");
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("jiyuan", p, ON, readings);
    }

    private static List<String> ids(Assessment a, Outcome o) {
        return Installed.ids(a, o);
    }

    private static Profile projects(Profile p, Integer n) {
        return editMember(p, "m1", m -> m.withOngoingRdProjects(Optional.ofNullable(n)));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                // J5, PRESUMPTIVE: both sides of the bound
                c("4 member units: J5 holds at its bound", p -> without(p, "m5"), Verdict.ELIGIBLE, List.of(), List.of()),
                c("3 member units: J5 deviation only", p -> without(p, "m4", "m5"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("J5"), List.of()),
                // J1
                c("lead registered in Luoyang: J1", p -> registeredIn(p, "m1", "410311"), Verdict.INELIGIBLE, List.of("J1"), List.of()),
                c("lead not an independent legal person: J1", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false),
                        Verdict.INELIGIBLE, List.of("J1"), List.of()),
                c("lead registered elsewhere but stationed in Jiyuan still fails J1 (注册 required)",
                        p -> editMember(registeredIn(p, "m1", "410311"), "m1",
                                m -> m.withStationedIn(io.consortia.kernel.code.DivisionCode.of("419001"))),
                        Verdict.INELIGIBLE, List.of("J1"), List.of()),
                c("lead is an institute: J1; J6 and J7 drop to 2/5; its team unattested for J10",
                        p -> kind(p, "m1", UnitKind.RESEARCH_INSTITUTE), Verdict.INELIGIBLE, List.of("J1", "J6", "J7"), List.of("J10")),
                // J2
                c("lead not an industry leader: J2", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false),
                        Verdict.INELIGIBLE, List.of("J2"), List.of()),
                c("lead not 规上: J2, and J6 drops to 2/5 because the lead counts",
                        p -> trait(p, "m1", Trait.ABOVE_DESIGNATED_SIZE, false), Verdict.INELIGIBLE, List.of("J2", "J6"), List.of()),
                // J3
                c("lead's only platform is district-level: J3",
                        p -> platforms(p, "m1", platform(PlatformLevel.DISTRICT, PlatformType.ENTERPRISE_TECHNOLOGY_CENTER)),
                        Verdict.INELIGIBLE, List.of("J3"), List.of()),
                c("lead without any platform: J3", p -> platforms(p, "m1"), Verdict.INELIGIBLE, List.of("J3"), List.of()),
                c("a self-built R&D platform of any type passes J3",
                        p -> platforms(p, "m1", platform(PlatformLevel.SELF_BUILT, PlatformType.OTHER)), Verdict.ELIGIBLE, List.of(), List.of()),
                c("a national key lab passes J3", p -> platforms(p, "m1", platform(PlatformLevel.NATIONAL, PlatformType.KEY_LAB)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("no stable cooperation with institutions: J3", p -> attest(p, "m1", Attestation.INSTITUTION_COOPERATION, false),
                        Verdict.INELIGIBLE, List.of("J3"), List.of()),
                // J4, both sides of the bound
                c("1 ongoing R&D project: J4", p -> projects(p, 1), Verdict.INELIGIBLE, List.of("J4"), List.of()),
                c("2 ongoing R&D projects: J4 holds at its bound", p -> projects(p, 2), Verdict.ELIGIBLE, List.of(), List.of()),
                // J6, both sides of the bound
                c("m3 not 规上, 2/5 = 40%: J6", p -> trait(p, "m3", Trait.ABOVE_DESIGNATED_SIZE, false),
                        Verdict.INELIGIBLE, List.of("J6"), List.of()),
                c("a sixth unit, a service organisation: 规上 3/6 = 50%, J6; chain 3/6 = 50%, J7 holds",
                        p -> with(p, Fixtures.member("m6", UnitKind.SERVICE_ORGANIZATION, "419001").build()),
                        Verdict.INELIGIBLE, List.of("J6"), List.of()),
                c("a 规上 enterprise in a university's place keeps J6: 4/5",
                        p -> trait(kind(p, "m4", UnitKind.ENTERPRISE), "m4", Trait.ABOVE_DESIGNATED_SIZE, true),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // J7: under R4 "any" it fails only with J6 (every enterprise either has a position or is unknown)
                c("m2 and m3 are service organisations: J6 1/5 and J7 1/5",
                        p -> kind(kind(p, "m2", UnitKind.SERVICE_ORGANIZATION), "m3", UnitKind.SERVICE_ORGANIZATION),
                        Verdict.INELIGIBLE, List.of("J6", "J7"), List.of()),
                c("R4 updown: the midstream lead does not count, 2/5 = 40%: J7", p -> p, UPDOWN,
                        Verdict.INELIGIBLE, List.of("J7"), List.of()),
                c("R4 updown with 4 units: 2/4 = 50%, J7 holds at its bound", p -> without(p, "m5"), UPDOWN,
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // J8-J11
                c("no decision body: J8", p -> governance(p, GovernanceItem.DECISION_BODY, false), Verdict.INELIGIBLE, List.of("J8"), List.of()),
                c("no consultation body: J8", p -> governance(p, GovernanceItem.CONSULTATION_BODY, false),
                        Verdict.INELIGIBLE, List.of("J8"), List.of()),
                c("no standing executive body: J8", p -> governance(p, GovernanceItem.MANAGEMENT_BODY, false),
                        Verdict.INELIGIBLE, List.of("J8"), List.of()),
                c("no funding rules: J9", p -> governance(p, GovernanceItem.FUNDING_RULES, false), Verdict.INELIGIBLE, List.of("J9"), List.of()),
                c("university without a qualified team: J10", p -> attest(p, "m4", Attestation.QUALIFIED_TEAM, false),
                        Verdict.INELIGIBLE, List.of("J10"), List.of()),
                c("no formation agreement: J11", p -> governance(p, GovernanceItem.FORMATION_AGREEMENT, false),
                        Verdict.INELIGIBLE, List.of("J11"), List.of()),
                c("items Jiyuan does not ask for are irrelevant (no council, no chief expert)",
                        p -> governance(governance(p, GovernanceItem.COUNCIL, false), GovernanceItem.CHIEF_EXPERT, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // J12, PREFERENCE
                c("field outside the list: J12 fails, verdict unchanged", p -> field(p, "纺织"), Verdict.ELIGIBLE, List.of("J12"), List.of()),
                c("a future industry passes J12", p -> field(p, "氢能与储能"), Verdict.ELIGIBLE, List.of(), List.of()),
                // unknowns
                c("lead's projects not stated: J4 unknown", p -> projects(p, null), Verdict.UNDETERMINED, List.of(), List.of("J4")),
                c("industry leadership not attested: J2 unknown", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J2")),
                c("lead's 规上 not stated: J2 and J6 unknown (2 known of 5, 3 possible)",
                        p -> trait(p, "m1", Trait.ABOVE_DESIGNATED_SIZE, null), Verdict.UNDETERMINED, List.of(), List.of("J2", "J6")),
                c("m2's chain position not stated: J7 unknown (2 known of 5, 3 possible)", p -> chain(p, "m2", null),
                        Verdict.UNDETERMINED, List.of(), List.of("J7")),
                c("m2's chain position not stated among 4 units: J7 holds on the 2 known", p -> chain(without(p, "m5"), "m2", null),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("independent legal person not stated: J1 unknown", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J1")),
                c("funding rules not stated: J9 unknown", p -> governance(p, GovernanceItem.FUNDING_RULES, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J9")),
                c("institute's team not attested: J10 unknown", p -> attest(p, "m5", Attestation.QUALIFIED_TEAM, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J10")),
                c("no field: J12 unknown, verdict unchanged", p -> field(p, null), Verdict.ELIGIBLE, List.of(), List.of("J12")),
                // mixed
                c("3 units and unknown projects: undetermined, with the J5 deviation",
                        p -> projects(without(p, "m4", "m5"), null), Verdict.UNDETERMINED, List.of("J5"), List.of("J4")),
                c("no decision body and unknown funding rules: ineligible wins",
                        p -> governance(governance(p, GovernanceItem.DECISION_BODY, false), GovernanceItem.FUNDING_RULES, null),
                        Verdict.INELIGIBLE, List.of("J8"), List.of("J9")),
                c("3 units, a textile field and an unattested team: undetermined, J5 and J12 failing",
                        p -> attest(field(without(p, "m5", "m3"), "纺织"), "m4", Attestation.QUALIFIED_TEAM, null),
                        Verdict.UNDETERMINED, List.of("J5", "J12"), List.of("J10")));
    }

    private static Arguments c(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        return c(name, edit, DEFAULTS, verdict, failing, unknown);
    }

    private static Arguments c(String name, UnaryOperator<Profile> edit, ReadingSet readings, Verdict verdict,
                               List<String> failing, List<String> unknown) {
        return Arguments.of(name, edit, readings, verdict, failing, unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assessesHandCheckedProfile(String name, UnaryOperator<Profile> edit, ReadingSet readings, Verdict verdict,
                                    List<String> failing, List<String> unknown) {
        Assessment a = assess(edit.apply(JiyuanProfiles.eligible()), readings);
        assertThat(a.verdict()).as("verdict; findings %s", a.findings()).isEqualTo(verdict);
        assertThat(ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(failing);
        assertThat(ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(unknown);
    }

    // ---------------------------------------------------------------- readings

    @Test
    void fourMemberUnitsMeetJ5OnlyWhileTheLeadCounts() {
        Profile four = without(JiyuanProfiles.eligible(), "m5");
        assertThat(assess(four, DEFAULTS).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment leadExcluded = assess(four, LEAD_EXCLUDED);
        assertThat(leadExcluded.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(ids(leadExcluded, Outcome.FAIL)).containsExactly("J5");
        assertThat(leadExcluded.readings()).extracting(c -> c.reading().id(), ReadingChoice::option)
                .containsExactly(tuple("R1", "no"), tuple("R4", "any"));
    }

    @Test
    void excludingTheLeadDropsTheAboveSizeShareBelowSixtyPercent() {
        // Default: 规上 m1, m2, m3 of 5 = 60%. Lead excluded: m2, m3 of 4 = 50%; the chain share 2/4 still holds.
        Profile p = JiyuanProfiles.eligible();
        assertThat(assess(p, DEFAULTS).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment leadExcluded = assess(p, LEAD_EXCLUDED);
        assertThat(leadExcluded.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(leadExcluded, Outcome.FAIL)).containsExactly("J6");
    }

    @Test
    void midstreamLeadCountsTowardTheChainShareOnlyUnderTheDefaultReading() {
        Profile p = JiyuanProfiles.eligible();
        assertThat(assess(p, DEFAULTS).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment updown = assess(p, UPDOWN);
        assertThat(updown.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(updown, Outcome.FAIL)).containsExactly("J7");
        assertThat(updown.findings()).filteredOn(f -> f.rule().id().catalogId().equals("J7")).singleElement()
                .satisfies(f -> assertThat(f.because().en()).contains("2 of 5").contains("upstream, downstream"));
        assertThat(updown.readings()).extracting(c -> c.reading().id(), ReadingChoice::option)
                .containsExactly(tuple("R1", "yes"), tuple("R4", "updown"));
    }

    @Test
    void readingR4IsRegisteredWithItsOptionsAndOnlyJ7ConsultsIt() {
        Jurisdiction j = jurisdiction();
        assertThat(j.readings()).extracting(Reading::id).containsExactly("R1", "R4");
        Reading r4 = j.readings().get(1);
        assertThat(r4.accepts("any")).isTrue();
        assertThat(r4.isAlternative("updown")).isTrue();
        assertThat(r4.question().zh()).contains("上下游");
        assertThat(j.latest().rules()).filteredOn(r -> r.readings().contains(r4)).extracting(r -> r.id().catalogId())
                .containsExactly("J7");
        assertThat(j.latest().rules()).filteredOn(r -> r.readings().contains(Reading.R1)).extracting(r -> r.id().catalogId())
                .containsExactly("J5", "J6", "J7");
    }

    // ---------------------------------------------------------------- the registration itself

    @Test
    void rulesAreTheCatalogTableInOrder() {
        List<Rule> rules = jurisdiction().latest().rules();
        assertThat(rules).extracting(r -> r.id().catalogId(), Rule::strength, Rule::clause, Rule::crossConsortium).containsExactly(
                tuple("J1", Strength.MANDATORY, "三(一)", false),
                tuple("J2", Strength.MANDATORY, "三(一)1", false),
                tuple("J3", Strength.MANDATORY, "三(一)2", false),
                tuple("J4", Strength.MANDATORY, "三(一)3", false),
                tuple("J5", Strength.PRESUMPTIVE, "三(二)", false),
                tuple("J6", Strength.MANDATORY, "三(二)1", false),
                tuple("J7", Strength.MANDATORY, "三(二)2", false),
                tuple("J8", Strength.MANDATORY, "三(四)", false),
                tuple("J9", Strength.MANDATORY, "三(五)", false),
                tuple("J10", Strength.MANDATORY, "三(三)2", false),
                tuple("J11", Strength.MANDATORY, "四(一)", false),
                tuple("J12", Strength.PREFERENCE, "一", false));
    }

    @Test
    void documentIsAnUndatedUnnumberedDraftTrial() {
        Edition e = jurisdiction().latest();
        assertThat(jurisdiction().editions()).hasSize(1);
        assertThat(e.document().title().zh()).isEqualTo("济源创新联合体培育建设工作方案（试行）");
        assertThat(e.document().number()).isEmpty();
        assertThat(e.document().issued()).isEmpty();
        assertThat(e.inForceFrom()).isEmpty();
        assertThat(e.document().status()).containsExactlyInAnyOrder(DocumentStatus.DRAFT, DocumentStatus.TRIAL);
        assertThat(e.document().issuer().zh()).isEqualTo("济源产城融合示范区工业信息和科技局");
        assertThat(e.document().text()).contains("济源产城融合示范区工业信息和科技局制");
        assertThat(jurisdiction().identity().region().prefix()).isEqualTo("419001");
    }

    @Test
    void outlineIsABottomUpFilingWithoutTargetAndThirteenFields() {
        var outline = jurisdiction().latest().outline();
        assertThat(outline.target()).isEmpty();
        assertThat(outline.route().formation()).isEqualTo(Route.Formation.FILING);
        assertThat(outline.route().initiative()).isEqualTo(Route.Initiative.BOTTOM_UP);
        assertThat(outline.route().clause()).isEqualTo("四");
        assertThat(outline.naming().orElseThrow().render("有色金属")).isEqualTo("济源有色金属创新联合体");
        assertThat(outline.naming().orElseThrow().clause()).isEqualTo("四(三)");
        assertThat(outline.fields()).hasSize(13).startsWith("有色金属", "钢铁").endsWith("低空经济", "碳捕集")
                .allSatisfy(f -> assertThat(jurisdiction().latest().document().text()).contains(f));
    }

    @Test
    void supportMeasuresFollowSectionFiveAndStateNoAmount() {
        List<SupportMeasure> measures = jurisdiction().latest().measures();
        assertThat(measures).extracting(SupportMeasure::clause).containsExactly("五1", "五1", "五2", "五2", "五3", "五3", "五4", "五4");
        assertThat(measures).extracting(SupportMeasure::category).contains(
                MeasureCategory.PLATFORM, MeasureCategory.PROJECTS, MeasureCategory.REFORM_PILOTS, MeasureCategory.FINANCE);
        assertThat(measures).allSatisfy(m -> assertThat(m.capYuan()).isEmpty());
        assertThat(measures).anySatisfy(m -> assertThat(m.description().zh()).contains("科技贷"));
        assertThat(measures).anySatisfy(m -> assertThat(m.description().zh()).contains("孵化器"));
    }

    @Test
    void chainFindingNamesTheMembersWhosePositionIsUnknown() {
        Assessment a = assess(chain(JiyuanProfiles.eligible(), "m2", null), DEFAULTS);
        assertThat(a.findings()).filteredOn(f -> f.rule().id().catalogId().equals("J7")).singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
                    assertThat(f.because().zh()).contains("m2");
                    assertThat(f.because().en()).contains("not stated: m2");
                });
    }
}

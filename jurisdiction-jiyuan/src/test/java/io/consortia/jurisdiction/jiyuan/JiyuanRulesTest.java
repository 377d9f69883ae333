package io.consortia.jurisdiction.jiyuan;

import static io.consortia.tck.Fixtures.attest;
import static io.consortia.tck.Fixtures.chain;
import static io.consortia.tck.Fixtures.editMember;
import static io.consortia.tck.Fixtures.field;
import static io.consortia.tck.Fixtures.governance;
import static io.consortia.tck.Fixtures.kind;
import static io.consortia.tck.Fixtures.platform;
import static io.consortia.tck.Fixtures.platforms;
import static io.consortia.tck.Fixtures.registeredIn;
import static io.consortia.tck.Fixtures.trait;
import static io.consortia.tck.Fixtures.with;
import static io.consortia.tck.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.ReadingChoice;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.RuleId;
import java.util.Map;
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
import io.consortia.tck.Fixtures;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-checked Jiyuan profiles (catalog v2): each rule failing alone and UNKNOWN when its fact is
 * absent, the bounds, the readings (R1 flips J5 and J6, R4 flips J7 and J16), the draft status,
 * the parameters.
 */
class JiyuanRulesTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final ReadingSet DEFAULTS = ReadingSet.defaults();
    private static final ReadingSet UPDOWN = ReadingSet.defaults().with(Reading.R4, true);
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

    /** Replaces a member by another with the same id. */
    private static Profile replace(Profile p, Member m) {
        return editMember(p, m.id(), old -> ImmutableMember.copyOf(m));
    }

    /** m5, the institute, replaced by a service organisation (J17 then has one body to check). */
    private static Profile serviceInsteadOfInstitute(Profile p) {
        return replace(p, JiyuanProfiles.serviceBody("m5", "419001"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                // J5, PRESUMPTIVE: both sides of the bound
                c("4 member units: J5 holds at its bound", p -> without(p, "m5"), Verdict.ELIGIBLE, List.of(), List.of()),
                c("3 member units: J5 deviation only", p -> without(p, "m4", "m5"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("J5"), List.of()),
                // J1 (J13 also asks every member, the lead included, to be an independent legal person)
                c("lead registered in Luoyang: J1", p -> registeredIn(p, "m1", "410311"), Verdict.INELIGIBLE, List.of("J1"), List.of()),
                c("lead not an independent legal person: J1 and J13", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false),
                        Verdict.INELIGIBLE, List.of("J1", "J13"), List.of()),
                c("lead registered elsewhere but stationed in Jiyuan still fails J1 (注册 required)",
                        p -> editMember(registeredIn(p, "m1", "410311"), "m1",
                                m -> m.withStationedIn(io.consortia.kernel.code.DivisionCode.of("419001"))),
                        Verdict.INELIGIBLE, List.of("J1"), List.of()),
                c("lead is an institute: J1; J6 and J7 drop to 2/5; its team unattested for J10",
                        p -> kind(p, "m1", UnitKind.RESEARCH_INSTITUTE), Verdict.INELIGIBLE, List.of("J1", "J6", "J7"), List.of("J10")),
                c("independent legal person not stated for the lead: J1 and J13 unknown", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J1", "J13")),
                // J2: 规上, industry leader, leading technology
                c("lead not an industry leader: J2", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false),
                        Verdict.INELIGIBLE, List.of("J2"), List.of()),
                c("lead without a clear technological lead: J2", p -> attest(p, "m1", Attestation.LEADING_TECHNOLOGY, false),
                        Verdict.INELIGIBLE, List.of("J2"), List.of()),
                c("lead not 规上: J2, and J6 drops to 2/5 because the lead counts",
                        p -> trait(p, "m1", Trait.ABOVE_DESIGNATED_SIZE, false), Verdict.INELIGIBLE, List.of("J2", "J6"), List.of()),
                c("industry leadership not attested: J2 unknown", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J2")),
                c("leading technology not attested: J2 unknown", p -> attest(p, "m1", Attestation.LEADING_TECHNOLOGY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J2")),
                c("lead's 规上 not stated: J2 and J6 unknown (2 known of 5, 3 possible)",
                        p -> trait(p, "m1", Trait.ABOVE_DESIGNATED_SIZE, null), Verdict.UNDETERMINED, List.of(), List.of("J2", "J6")),
                // J3: a platform of any level and any type
                c("lead's only platform is district-level: J3 passes (v2: any level)",
                        p -> platforms(p, "m1", platform(PlatformLevel.DISTRICT, PlatformType.ENTERPRISE_TECHNOLOGY_CENTER)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("a district platform of another type passes J3", p -> platforms(p, "m1", platform(PlatformLevel.DISTRICT, PlatformType.OTHER)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("a self-built R&D platform of any type passes J3",
                        p -> platforms(p, "m1", platform(PlatformLevel.SELF_BUILT, PlatformType.OTHER)), Verdict.ELIGIBLE, List.of(), List.of()),
                c("a national key lab passes J3", p -> platforms(p, "m1", platform(PlatformLevel.NATIONAL, PlatformType.KEY_LAB)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("lead without any platform: J3", p -> platforms(p, "m1"), Verdict.INELIGIBLE, List.of("J3"), List.of()),
                c("no stable cooperation with institutions: J3", p -> attest(p, "m1", Attestation.INSTITUTION_COOPERATION, false),
                        Verdict.INELIGIBLE, List.of("J3"), List.of()),
                c("cooperation with institutions not attested: J3 unknown", p -> attest(p, "m1", Attestation.INSTITUTION_COOPERATION, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J3")),
                // J4, both sides of the bound
                c("1 ongoing R&D project: J4", p -> projects(p, 1), Verdict.INELIGIBLE, List.of("J4"), List.of()),
                c("2 ongoing R&D projects: J4 holds at its bound", p -> projects(p, 2), Verdict.ELIGIBLE, List.of(), List.of()),
                c("lead's projects not stated: J4 unknown", p -> projects(p, null), Verdict.UNDETERMINED, List.of(), List.of("J4")),
                // J6, both sides of the bound
                c("m3 not 规上, 2/5 = 40%: J6", p -> trait(p, "m3", Trait.ABOVE_DESIGNATED_SIZE, false),
                        Verdict.INELIGIBLE, List.of("J6"), List.of()),
                c("a sixth unit, a service organisation: 规上 3/6 = 50%, J6; chain 3/6 = 50%, J7 holds",
                        p -> with(p, JiyuanProfiles.serviceBody("m6", "419001")), Verdict.INELIGIBLE, List.of("J6"), List.of()),
                c("a 规上 chain enterprise in the university's place keeps J6: 4/5",
                        p -> replace(p, JiyuanProfiles.chainEnterprise("m4", "419001", ChainPosition.DOWNSTREAM)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("m3's 规上 not stated: J6 unknown (2 known of 5, 3 possible)", p -> trait(p, "m3", Trait.ABOVE_DESIGNATED_SIZE, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J6")),
                // J7 (R4 default: any chain position; OUTSIDE never counts)
                c("m2 and m3 are service organisations: J6 1/5 and J7 1/5",
                        p -> replace(replace(p, JiyuanProfiles.serviceBody("m2", "419001")), JiyuanProfiles.serviceBody("m3", "410311")),
                        Verdict.INELIGIBLE, List.of("J6", "J7"), List.of()),
                c("the lead is outside the chain: J7 2/5 (OUTSIDE never counts; J16 does not ask the lead)",
                        p -> chain(p, "m1", ChainPosition.OUTSIDE), Verdict.INELIGIBLE, List.of("J7"), List.of()),
                c("R4 updown: the midstream lead does not count, 2/5 = 40%: J7", p -> p, UPDOWN,
                        Verdict.INELIGIBLE, List.of("J7"), List.of()),
                c("R4 updown with 4 units: 2/4 = 50%, J7 holds at its bound", p -> without(p, "m5"), UPDOWN,
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("m2's chain position not stated: J7 unknown (2 known of 5, 3 possible), J16 unknown", p -> chain(p, "m2", null),
                        Verdict.UNDETERMINED, List.of(), List.of("J7", "J16")),
                c("m2's chain position not stated among 4 units: J7 holds on the 2 known, J16 unknown", p -> chain(without(p, "m5"), "m2", null),
                        Verdict.UNDETERMINED, List.of(), List.of("J16")),
                // J8-J11
                c("no decision body: J8", p -> governance(p, GovernanceItem.DECISION_BODY, false), Verdict.INELIGIBLE, List.of("J8"), List.of()),
                c("no consultation body: J8", p -> governance(p, GovernanceItem.CONSULTATION_BODY, false),
                        Verdict.INELIGIBLE, List.of("J8"), List.of()),
                c("no standing executive body: J8", p -> governance(p, GovernanceItem.MANAGEMENT_BODY, false),
                        Verdict.INELIGIBLE, List.of("J8"), List.of()),
                c("consultation body not stated: J8 unknown", p -> governance(p, GovernanceItem.CONSULTATION_BODY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J8")),
                c("no funding rules: J9", p -> governance(p, GovernanceItem.FUNDING_RULES, false), Verdict.INELIGIBLE, List.of("J9"), List.of()),
                c("funding rules not stated: J9 unknown", p -> governance(p, GovernanceItem.FUNDING_RULES, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J9")),
                c("university without a qualified team: J10", p -> attest(p, "m4", Attestation.QUALIFIED_TEAM, false),
                        Verdict.INELIGIBLE, List.of("J10"), List.of()),
                c("institute's team not attested: J10 unknown", p -> attest(p, "m5", Attestation.QUALIFIED_TEAM, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J10")),
                c("no formation agreement: J11", p -> governance(p, GovernanceItem.FORMATION_AGREEMENT, false),
                        Verdict.INELIGIBLE, List.of("J11"), List.of()),
                c("formation agreement not stated: J11 unknown", p -> governance(p, GovernanceItem.FORMATION_AGREEMENT, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J11")),
                c("items Jiyuan does not ask for are irrelevant (no council, no chief expert)",
                        p -> governance(governance(p, GovernanceItem.COUNCIL, false), GovernanceItem.CHIEF_EXPERT, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // J12, PREFERENCE
                c("field outside the list: J12 fails, verdict unchanged", p -> field(p, "纺织"), Verdict.ELIGIBLE, List.of("J12"), List.of()),
                c("a future industry passes J12", p -> field(p, "氢能与储能"), Verdict.ELIGIBLE, List.of(), List.of()),
                c("no field: J12 unknown, verdict unchanged", p -> field(p, null), Verdict.ELIGIBLE, List.of(), List.of("J12")),
                // J13: every member, the lead included, an independent legal person
                c("the university is not an independent legal person: J13", p -> trait(p, "m4", Trait.INDEPENDENT_LEGAL_PERSON, false),
                        Verdict.INELIGIBLE, List.of("J13"), List.of()),
                c("an enterprise member's legal personality not stated: J13 unknown", p -> trait(p, "m3", Trait.INDEPENDENT_LEGAL_PERSON, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J13")),
                c("J13 counts the lead even when R1 leaves it out of the member units",
                        p -> trait(with(p, JiyuanProfiles.chainEnterprise("m6", "419001", ChainPosition.UPSTREAM)), "m1", Trait.INDEPENDENT_LEGAL_PERSON, false),
                        LEAD_EXCLUDED, Verdict.INELIGIBLE, List.of("J1", "J13"), List.of()),
                // J14: the lead's organising ability
                c("lead without organising ability: J14", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, false),
                        Verdict.INELIGIBLE, List.of("J14"), List.of()),
                c("organising ability not attested: J14 unknown", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J14")),
                // J15: every non-lead member's cooperation basis
                c("the university has no basis for cooperation: J15", p -> attest(p, "m4", Attestation.COOPERATION_BASIS, false),
                        Verdict.INELIGIBLE, List.of("J15"), List.of()),
                c("an enterprise's cooperation basis not attested: J15 unknown", p -> attest(p, "m2", Attestation.COOPERATION_BASIS, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J15")),
                c("the lead is not asked for a cooperation basis with itself", p -> attest(p, "m1", Attestation.COOPERATION_BASIS, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // J16: every non-lead enterprise has R&D and supporting capability and is placed in the chain (R4)
                c("an enterprise without R&D and supporting capability: J16", p -> attest(p, "m2", Attestation.RD_SUPPORT_CAPABILITY, false),
                        Verdict.INELIGIBLE, List.of("J16"), List.of()),
                c("an enterprise's capability not attested: J16 unknown", p -> attest(p, "m3", Attestation.RD_SUPPORT_CAPABILITY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J16")),
                c("an enterprise outside the chain among 4 units: J16 (J7 holds on 2/4)",
                        p -> chain(without(p, "m5"), "m2", ChainPosition.OUTSIDE), Verdict.INELIGIBLE, List.of("J16"), List.of()),
                c("the lead is not asked for supporting capability", p -> attest(p, "m1", Attestation.RD_SUPPORT_CAPABILITY, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("R4 updown: a midstream non-lead enterprise fails J16 while J7 holds (lead upstream, 2/4)",
                        p -> chain(chain(without(p, "m5"), "m1", ChainPosition.UPSTREAM), "m2", ChainPosition.MIDSTREAM), UPDOWN,
                        Verdict.INELIGIBLE, List.of("J16"), List.of()),
                c("the same profile under R4 any: eligible",
                        p -> chain(chain(without(p, "m5"), "m1", ChainPosition.UPSTREAM), "m2", ChainPosition.MIDSTREAM),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // J17: every service body's service capability
                c("a service organisation without service capability: J17",
                        p -> attest(serviceInsteadOfInstitute(p), "m5", Attestation.SERVICE_CAPABILITY, false),
                        Verdict.INELIGIBLE, List.of("J17"), List.of()),
                c("a service organisation's capability not attested: J17 unknown",
                        p -> attest(serviceInsteadOfInstitute(p), "m5", Attestation.SERVICE_CAPABILITY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("J17")),
                c("a financial institution with service capability passes J17",
                        p -> kind(serviceInsteadOfInstitute(p), "m5", UnitKind.FINANCIAL_INSTITUTION), Verdict.ELIGIBLE, List.of(), List.of()),
                c("a financial institution without it fails J17",
                        p -> attest(kind(serviceInsteadOfInstitute(p), "m5", UnitKind.FINANCIAL_INSTITUTION), "m5", Attestation.SERVICE_CAPABILITY, false),
                        Verdict.INELIGIBLE, List.of("J17"), List.of()),
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
        Evidence.Share share = (Evidence.Share) updown.finding("J7").orElseThrow().evidence();
        assertThat(share.tally().population()).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(share.tally().qualifying()).containsExactly("m2", "m3");
        assertThat(share.required()).isEqualByComparingTo("0.5");
        assertThat(share.parameter()).isEqualTo("jiyuan.J7.share");
        assertThat(updown.readings()).extracting(c -> c.reading().id(), ReadingChoice::option)
                .containsExactly(tuple("R1", "yes"), tuple("R4", "updown"));
    }

    @Test
    void readingR4IsTheKernelsAndGovernsJ7AndJ16() {
        Jurisdiction j = jurisdiction();
        assertThat(j.readings()).containsExactly(Reading.R1, Reading.R4);
        assertThat(Reading.R4.accepts("any")).isTrue();
        assertThat(Reading.R4.isAlternative("updown")).isTrue();
        assertThat(j.latest().rules()).filteredOn(r -> r.readings().contains(Reading.R4)).extracting(r -> r.id().catalogId())
                .containsExactly("J7", "J16");
        assertThat(j.latest().rules()).filteredOn(r -> r.readings().contains(Reading.R1)).extracting(r -> r.id().catalogId())
                .containsExactly("J5", "J6", "J7");
    }

    // ---------------------------------------------------------------- a draft for comments

    @Test
    void everyAssessmentIsNotBindingAndCarriesTheCaveat() {
        for (Profile p : List.of(JiyuanProfiles.eligible(), without(JiyuanProfiles.eligible(), "m4", "m5"),
                registeredIn(JiyuanProfiles.eligible(), "m1", "410311"))) {
            Assessment a = assess(p, DEFAULTS);
            assertThat(a.binding()).as("binding of %s", a.verdict()).isFalse();
            assertThat(a.caveat()).hasValueSatisfying(c -> {
                assertThat(c.zh()).isEqualTo("征求意见稿，尚未生效");
                assertThat(c.en()).isEqualTo("draft for comments, not in force");
            });
        }
        assertThat(jurisdiction().latest().document().binding()).isFalse();
        assertThat(assess(JiyuanProfiles.eligible(), DEFAULTS).verdict()).as("the verdict is computed the same way").isEqualTo(Verdict.ELIGIBLE);
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
                tuple("J12", Strength.PREFERENCE, "一", false),
                tuple("J13", Strength.MANDATORY, "三, 三(二)", false),
                tuple("J14", Strength.MANDATORY, "三(一)1, 三(一)4", false),
                tuple("J15", Strength.MANDATORY, "三(三)1", false),
                tuple("J16", Strength.MANDATORY, "三(三)3", false),
                tuple("J17", Strength.MANDATORY, "三(二)3, 三(三)4", false));
    }

    @Test
    void newRulesQuoteTheSentencesTheCatalogCites() {
        Map<String, List<String>> quotes = Map.of(
                "J2", List.of("具有明显的领先优势"),
                "J13", List.of("创新联合体由企业、高校、科研院所或其他组织机构等多个独立法人单位组成", "成员单位由企业、高校、科研院所、科技服务机构等多个独立法人单位组成"),
                "J14", List.of("能有效集聚产业链上下游中小微企业、高校、科研院所等创新资源", "可与产业链上下游企业、高校、科研院所等发起学术交流、技术服务、成果转化等活动"),
                "J15", List.of("具备合作基础和合作意愿"),
                "J16", List.of("需处于本产业领域产业链上下游环节，具备一定研发能力与技术配套能力"),
                "J17", List.of("需能为创新联合体提供专业化支撑", "应有相应的专业技术服务能力"));
        quotes.forEach((id, parts) -> assertThat(jurisdiction().latest().rule(new RuleId("jiyuan", id)).orElseThrow().quote())
                .as(id).contains(parts));
    }

    @Test
    void everyThresholdIsACitedParameter() {
        Edition e = jurisdiction().latest();
        assertThat(e.parameters()).extracting(Parameter::name, Parameter::unit, Parameter::clause).containsExactlyInAnyOrder(
                tuple("jiyuan.J12.fields", Unit.LIST, "一"),
                tuple("jiyuan.J3.levels", Unit.LIST, "三(一)2"),
                tuple("jiyuan.J4.minimum", Unit.COUNT, "三(一)3"),
                tuple("jiyuan.J5.minimum", Unit.COUNT, "三(二)"),
                tuple("jiyuan.J6.share", Unit.SHARE, "三(二)1"),
                tuple("jiyuan.J7.share", Unit.SHARE, "三(二)2"),
                tuple("jiyuan.notice.workingDays", Unit.WORKING_DAYS, "四(三)"),
                tuple("jiyuan.report.due", Unit.MONTH_DAY, "六(一)"));
        assertThat(e.parameter("jiyuan.J4.minimum").orElseThrow().value()).isEqualTo(2);
        assertThat(e.parameter("jiyuan.J5.minimum").orElseThrow().value()).isEqualTo(4);
        assertThat(e.parameter("jiyuan.J6.share").orElseThrow().number()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
        assertThat(e.parameter("jiyuan.J7.share").orElseThrow().number()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(e.parameter("jiyuan.J3.levels").orElseThrow().value())
                .isEqualTo(List.of("NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT", "SELF_BUILT"));
        assertThat(e.parameter("jiyuan.J12.fields").orElseThrow().value()).isEqualTo(e.outline().fields());
        assertThat(e.parameters()).allSatisfy(p -> assertThat(e.document().text()).contains(p.quote()));
    }

    @Test
    void overridesAreWhatIfsOfOneRun() {
        Profile p = JiyuanProfiles.eligible();
        Overrides stricter = Installed.catalog().overrides(List.of("jiyuan.J6.share=0.7")).get();
        Assessment a = jurisdiction().assess(p, AssessmentOptions.on(ON).withOverrides(stricter));
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(a, Outcome.FAIL)).containsExactly("J6");
        Overrides noDistrict = Installed.catalog().overrides(List.of("jiyuan.J3.levels=NATIONAL,PROVINCIAL,MUNICIPAL,SELF_BUILT")).get();
        Profile district = platforms(p, "m1", platform(PlatformLevel.DISTRICT, PlatformType.ENTERPRISE_TECHNOLOGY_CENTER));
        assertThat(ids(jurisdiction().assess(district, AssessmentOptions.on(ON).withOverrides(noDistrict)), Outcome.FAIL)).containsExactly("J3");
        assertThat(assess(p, DEFAULTS).verdict()).as("the declared values again").isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void documentIsAnUndatedUnnumberedDraftTrialWithoutAStatedIssuer() {
        Edition e = jurisdiction().latest();
        assertThat(jurisdiction().editions()).hasSize(1);
        assertThat(e.document().title().zh()).isEqualTo("济源创新联合体培育建设工作方案（试行）");
        assertThat(e.document().number()).isEmpty();
        assertThat(e.document().issued()).isEmpty();
        assertThat(e.inForceFrom()).isEmpty();
        assertThat(e.document().status()).containsExactlyInAnyOrder(DocumentStatus.DRAFT, DocumentStatus.TRIAL);
        assertThat(e.document().issuer().zh()).startsWith("文中未载明发文机关").contains("济源产城融合示范区工业信息和科技局");
        assertThat(e.document().issuer().en()).startsWith("not stated");
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
        assertThat(a.finding("J7")).hasValueSatisfying(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(((Evidence.Share) f.evidence()).tally().unknown()).containsExactly("m2");
            assertThat(f.because().zh()).contains("m2");
            assertThat(f.because().en()).contains("unknown: m2");
        });
        assertThat(a.finding("J16")).hasValueSatisfying(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(((Evidence.Every) f.evidence()).tally().unknown()).containsExactly("m2");
        });
    }
}

package io.consortia.jurisdiction.yongchuan;

import static io.consortia.kernel.testkit.Fixtures.attest;
import static io.consortia.kernel.testkit.Fixtures.governance;
import static io.consortia.kernel.testkit.Fixtures.kind;
import static io.consortia.kernel.testkit.Fixtures.registeredIn;
import static io.consortia.kernel.testkit.Fixtures.with;
import static io.consortia.kernel.testkit.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-checked Yongchuan profiles (catalog v2): each rule failing alone and UNKNOWN when its fact
 * is absent, the Y2 boundary, the two "A, or B which implies A" rules (Y6.a, Y7), the permission
 * Y3, mixtures; reading R1 flipping Y2.
 */
class YongchuanRulesTest {

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("yongchuan");
    }

    private static Assessment assess(Profile p) {
        return assess(p, ReadingSet.defaults());
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("yongchuan", p, YongchuanProfiles.ON, readings);
    }

    private static List<String> ids(Assessment a, Outcome o) {
        return Installed.ids(a, o);
    }

    /** Both exchange items at once; {@code null} leaves one unstated. */
    private static Profile exchange(Profile p, Boolean regular, Boolean quarterly) {
        return governance(governance(p, GovernanceItem.REGULAR_EXCHANGE, regular), GovernanceItem.QUARTERLY_EXCHANGE, quarterly);
    }

    /** Both IP items at once; {@code null} leaves one unstated. */
    private static Profile ip(Profile p, Boolean system, Boolean agreement) {
        return governance(governance(p, GovernanceItem.IP_SYSTEM, system), GovernanceItem.IP_AGREEMENT, agreement);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built (5 member units, n = bound)", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                // Y2, PRESUMPTIVE, both sides of the bound
                c("4 member units (n = bound - 1): Y2 deviation", p -> without(p, "m4"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Y2"), List.of()),
                c("6 member units: eligible", p -> with(p, backbone("m6")), Verdict.ELIGIBLE, List.of(), List.of()),
                // Y1
                c("lead registered in Wanzhou: Y1", p -> registeredIn(p, "m1", "500101"), Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead registered in neighbouring Jiangjin (500116): Y1", p -> registeredIn(p, "m1", "500116"),
                        Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead registered in Bishan but stationed in Yongchuan: Y1 (registration decides)",
                        p -> Fixtures.editMember(registeredIn(p, "m1", "500120"), "m1",
                                m -> m.withStationedIn(List.of(DivisionCode.of("500118")))),
                        Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead is a university with a leading position: Y1 only",
                        p -> attest(kind(p, "m1", UnitKind.UNIVERSITY), "m1", Attestation.FIELD_ADVANTAGE, true),
                        Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead not an industry leader: Y1", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false), Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("industry leadership not attested: Y1 unknown", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y1")),
                // Y3, a permission: PASS whether or not a service body takes part
                c("no service organisation or financial institution: Y3 still passes (a permission)", p -> kind(p, "m5", UnitKind.OTHER),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("a financial institution instead of the service organisation: Y3 passes", p -> kind(p, "m5", UnitKind.FINANCIAL_INSTITUTION),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // Y4
                c("no council: Y4", p -> governance(p, GovernanceItem.COUNCIL, false), Verdict.INELIGIBLE, List.of("Y4"), List.of()),
                c("no secretariat: Y4", p -> governance(p, GovernanceItem.SECRETARIAT, false), Verdict.INELIGIBLE, List.of("Y4"), List.of()),
                c("secretariat not stated: Y4 unknown", p -> governance(p, GovernanceItem.SECRETARIAT, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y4")),
                // Y5, ENCOURAGED
                c("no expert committee: Y5 fails, verdict unchanged", p -> governance(p, GovernanceItem.EXPERT_COMMITTEE, false),
                        Verdict.ELIGIBLE, List.of("Y5"), List.of()),
                c("no chief scientist: Y5 fails, verdict unchanged", p -> governance(p, GovernanceItem.CHIEF_EXPERT, false),
                        Verdict.ELIGIBLE, List.of("Y5"), List.of()),
                c("chief scientist not stated: Y5 unknown, verdict unchanged", p -> governance(p, GovernanceItem.CHIEF_EXPERT, null),
                        Verdict.ELIGIBLE, List.of(), List.of("Y5")),
                // Y6.a, MANDATORY: regularExchange, or quarterlyExchange which implies it
                c("no regular exchange, quarterly not stated: Y6.a fails (Y6.b unknown)", p -> exchange(p, false, null),
                        Verdict.INELIGIBLE, List.of("Y6.a"), List.of("Y6.b")),
                c("no exchange at all: Y6.a and Y6.b fail", p -> exchange(p, false, false),
                        Verdict.INELIGIBLE, List.of("Y6.a", "Y6.b"), List.of()),
                c("regular exchange not stated, quarterly exchange held: Y6.a passes (implied)", p -> exchange(p, null, true),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("neither exchange item stated: Y6.a and Y6.b unknown", p -> exchange(p, null, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y6.a", "Y6.b")),
                c("regular exchange not stated, not quarterly: Y6.a unknown, Y6.b deviation", p -> exchange(p, null, false),
                        Verdict.UNDETERMINED, List.of("Y6.b"), List.of("Y6.a")),
                // Y6.b, PRESUMPTIVE
                c("regular but not quarterly exchange: Y6.b deviation only", p -> exchange(p, true, false),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Y6.b"), List.of()),
                c("regular exchange, rhythm not stated: Y6.b unknown", p -> exchange(p, true, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y6.b")),
                // Y7, MANDATORY: ipSystem, or ipAgreement (one of its means)
                c("no IP system and no IP agreement: Y7", p -> ip(p, false, false), Verdict.INELIGIBLE, List.of("Y7"), List.of()),
                c("no IP system, IP agreement not stated: Y7", p -> ip(p, false, null), Verdict.INELIGIBLE, List.of("Y7"), List.of()),
                c("IP system by contract terms, no IP agreement: Y7 passes", p -> ip(p, true, false), Verdict.ELIGIBLE, List.of(), List.of()),
                c("IP system not stated, IP agreement signed: Y7 passes", p -> ip(p, null, true), Verdict.ELIGIBLE, List.of(), List.of()),
                c("IP system not stated, no IP agreement: Y7 unknown", p -> ip(p, null, false), Verdict.UNDETERMINED, List.of(), List.of("Y7")),
                c("neither IP item stated: Y7 unknown", p -> ip(p, null, null), Verdict.UNDETERMINED, List.of(), List.of("Y7")),
                // Y8: fieldAdvantage (v1 read qualifiedTeam)
                c("university without a leading position: Y8", p -> attest(p, "m2", Attestation.FIELD_ADVANTAGE, false),
                        Verdict.INELIGIBLE, List.of("Y8"), List.of()),
                c("institute without a leading position: Y8", p -> attest(p, "m3", Attestation.FIELD_ADVANTAGE, false),
                        Verdict.INELIGIBLE, List.of("Y8"), List.of()),
                c("institute's position not attested: Y8 unknown", p -> attest(p, "m3", Attestation.FIELD_ADVANTAGE, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y8")),
                c("one position lacking and one unknown: Y8 fails",
                        p -> attest(attest(p, "m2", Attestation.FIELD_ADVANTAGE, false), "m3", Attestation.FIELD_ADVANTAGE, null),
                        Verdict.INELIGIBLE, List.of("Y8"), List.of()),
                c("a university without a qualified team but with a leading position: Y8 passes (not its fact)",
                        p -> attest(p, "m2", Attestation.QUALIFIED_TEAM, false), Verdict.ELIGIBLE, List.of(), List.of()),
                c("no university or institute at all: Y8 has nothing to check",
                        p -> kind(kind(p, "m2", UnitKind.SERVICE_ORGANIZATION), "m3", UnitKind.SERVICE_ORGANIZATION), Verdict.ELIGIBLE, List.of(), List.of()),
                // Y9: strongRd, organisingAbility, commercialisation
                c("lead without strong R&D: Y9", p -> attest(p, "m1", Attestation.STRONG_RD, false), Verdict.INELIGIBLE, List.of("Y9"), List.of()),
                c("lead without organising ability: Y9", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, false),
                        Verdict.INELIGIBLE, List.of("Y9"), List.of()),
                c("lead unable to commercialise results: Y9", p -> attest(p, "m1", Attestation.COMMERCIALISATION, false),
                        Verdict.INELIGIBLE, List.of("Y9"), List.of()),
                c("organising ability not attested: Y9 unknown", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y9")),
                c("commercialisation not attested: Y9 unknown", p -> attest(p, "m1", Attestation.COMMERCIALISATION, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y9")),
                // Y10: every non-lead enterprise is a backbone enterprise
                c("the other enterprise is not a backbone enterprise: Y10", p -> attest(p, "m4", Attestation.BACKBONE, false),
                        Verdict.INELIGIBLE, List.of("Y10"), List.of()),
                c("the other enterprise's standing not attested: Y10 unknown", p -> attest(p, "m4", Attestation.BACKBONE, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y10")),
                c("a sixth enterprise not attested: Y10 unknown", p -> with(p, Fixtures.enterprise("m6", "500118").build()),
                        Verdict.UNDETERMINED, List.of(), List.of("Y10")),
                c("the lead is not asked to be a backbone enterprise: Y10 passes", p -> attest(p, "m1", Attestation.BACKBONE, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("no enterprise besides the lead: Y10 has nothing to check", p -> kind(p, "m4", UnitKind.OTHER),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // mixtures
                c("unknown council and no IP system or agreement: ineligible wins", p -> governance(ip(p, false, false), GovernanceItem.COUNCIL, null),
                        Verdict.INELIGIBLE, List.of("Y7"), List.of("Y4")),
                c("4 units and unknown strong R&D: undetermined", p -> attest(without(p, "m4"), "m1", Attestation.STRONG_RD, null),
                        Verdict.UNDETERMINED, List.of("Y2"), List.of("Y9")),
                c("4 units, no expert committee, not quarterly, no service organisation: deviations only",
                        p -> without(exchange(governance(p, GovernanceItem.EXPERT_COMMITTEE, false), true, false), "m5"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Y2", "Y5", "Y6.b"), List.of()),
                c("lead outside Yongchuan, no council, unknown IP system: every failure reported",
                        p -> ip(governance(registeredIn(p, "m1", "320505"), GovernanceItem.COUNCIL, false), null, null),
                        Verdict.INELIGIBLE, List.of("Y1", "Y4"), List.of("Y7")));
    }

    /** An enterprise member attested a backbone enterprise (Y10). */
    private static io.consortia.kernel.profile.Member backbone(String id) {
        return Fixtures.enterprise(id, "500118").putAttested(Attestation.BACKBONE, true).build();
    }

    private static Arguments c(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        return Arguments.of(name, edit, verdict, failing, unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assessesHandCheckedProfile(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        Assessment a = assess(edit.apply(YongchuanProfiles.eligible()));
        assertThat(a.verdict()).as("verdict; findings %s", a.findings()).isEqualTo(verdict);
        assertThat(ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(failing);
        assertThat(ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(unknown);
    }

    // ---------------------------------------------------------------- reading R1 (Y2)

    @Test
    void fiveMemberUnitsPassOnlyWhileTheLeadCounts() {
        Profile five = YongchuanProfiles.eligible();
        Assessment leadCounts = assess(five);
        assertThat(leadCounts.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(leadCounts.readings()).singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("yes"));
        Assessment leadExcluded = assess(five, ReadingSet.defaults().with(Reading.R1, true));
        assertThat(leadExcluded.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(ids(leadExcluded, Outcome.FAIL)).containsExactly("Y2");
        assertThat(leadExcluded.readings()).singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("no"));
    }

    @Test
    void sixMemberUnitsPassEvenWhenTheLeadDoesNotCount() {
        Profile six = with(YongchuanProfiles.eligible(), backbone("m6"));
        Assessment a = assess(six, ReadingSet.defaults().with(Reading.R1, true));
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(a.findings()).filteredOn(f -> f.rule().id().catalogId().equals("Y2"))
                .singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.PASS));
    }

    @Test
    void onlyY2ConsultsAReadingAndItIsR1() {
        assertThat(jurisdiction().readings()).containsExactly(Reading.R1);
        assertThat(jurisdiction().latest().rules())
                .filteredOn(r -> !r.readings().isEmpty())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id().catalogId()).isEqualTo("Y2");
                    assertThat(r.readings()).containsExactly(Reading.R1);
                });
    }

    // ---------------------------------------------------------------- Y3, a permission

    @Test
    void permissionY3PassesEitherWayAndReportsWhetherItIsUsed() {
        Finding used = assess(YongchuanProfiles.eligible()).finding("Y3").orElseThrow();
        Finding unused = assess(kind(YongchuanProfiles.eligible(), "m5", UnitKind.OTHER)).finding("Y3").orElseThrow();
        assertThat(List.of(used, unused)).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.PASS);
            assertThat(f.strength()).isEqualTo(Strength.ENCOURAGED);
            assertThat(f.evidence()).isInstanceOf(Evidence.Permission.class);
        });
        assertThat(((Evidence.Permission) used.evidence()).used().outcome()).isEqualTo(Outcome.PASS);
        assertThat(((Evidence.Permission) unused.evidence()).used().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(used.because().en()).contains("used").doesNotContain("not used");
        // unused.because() is not asserted: the kernel's Explain cannot yet render a Some with no
        // qualifying and no unknown member (unknownNote gives Text.of("", " ")); reported to the lead.
    }

    // ---------------------------------------------------------------- the document is in force

    @Test
    void assessmentsAreBindingWithoutACaveat() {
        Assessment a = assess(YongchuanProfiles.eligible());
        assertThat(a.binding()).isTrue();
        assertThat(a.caveat()).isEmpty();
    }

    // ---------------------------------------------------------------- no cross-consortium rule

    @Test
    void hasNoCrossConsortiumRuleSoARegistryChangesNothing() {
        CreditCode code = YongchuanProfiles.creditCode("91500118MA5U7K3L6");
        Profile p = Fixtures.editMember(YongchuanProfiles.eligible(), "m1", m -> ImmutableMember.copyOf(m).withCreditCode(code));
        Registry registry = new Registry(
                List.of(new RegisteredConsortium("重庆市永川区新能源汽车零部件创新联合体", "yongchuan", Optional.of(code), Optional.empty(),
                        CoreState.ESTABLISHED)),
                List.of(new Sanction(Optional.of(code), Optional.empty(), "yongchuan", YongchuanProfiles.ON.minusYears(1), 3, "LEAD_DEFAULTED")));
        assertThat(jurisdiction().latest().rules()).noneMatch(r -> r.crossConsortium());
        Assessment with = jurisdiction().assess(p, AssessmentOptions.on(YongchuanProfiles.ON).withRegistry(registry));
        Assessment without = jurisdiction().assess(p, AssessmentOptions.on(YongchuanProfiles.ON));
        assertThat(with.verdict()).isEqualTo(Verdict.ELIGIBLE).isEqualTo(without.verdict());
        assertThat(with.findings()).hasSameSizeAs(without.findings());
    }
}

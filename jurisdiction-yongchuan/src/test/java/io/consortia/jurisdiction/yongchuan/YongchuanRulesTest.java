package io.consortia.jurisdiction.yongchuan;

import static io.consortia.kernel.testkit.Fixtures.attest;
import static io.consortia.kernel.testkit.Fixtures.governance;
import static io.consortia.kernel.testkit.Fixtures.kind;
import static io.consortia.kernel.testkit.Fixtures.registeredIn;
import static io.consortia.kernel.testkit.Fixtures.with;
import static io.consortia.kernel.testkit.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.outcome.Outcome;
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

/** Hand-checked Yongchuan profiles: each rule failing alone, the Y2 boundary, the unknowns, mixtures. */
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

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built (5 member units, n = bound)", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                c("4 member units (n = bound - 1): Y2 deviation", p -> without(p, "m4"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Y2"), List.of()),
                c("6 member units: eligible", p -> with(p, Fixtures.enterprise("m6", "500118").build()), Verdict.ELIGIBLE, List.of(), List.of()),
                c("lead registered in Wanzhou: Y1", p -> registeredIn(p, "m1", "500101"), Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead registered in neighbouring Jiangjin (500116): Y1", p -> registeredIn(p, "m1", "500116"),
                        Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead registered in Bishan but stationed in Yongchuan: Y1 (registration decides)",
                        p -> Fixtures.editMember(registeredIn(p, "m1", "500120"), "m1",
                                m -> m.withStationedIn(List.of(DivisionCode.of("500118")))),
                        Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead is a qualified university: Y1 only", p -> attest(kind(p, "m1", UnitKind.UNIVERSITY), "m1", Attestation.QUALIFIED_TEAM, true),
                        Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("lead not an industry leader: Y1", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false), Verdict.INELIGIBLE, List.of("Y1"), List.of()),
                c("no council: Y4", p -> governance(p, GovernanceItem.COUNCIL, false), Verdict.INELIGIBLE, List.of("Y4"), List.of()),
                c("no secretariat: Y4", p -> governance(p, GovernanceItem.SECRETARIAT, false), Verdict.INELIGIBLE, List.of("Y4"), List.of()),
                c("no IP management agreement: Y7", p -> governance(p, GovernanceItem.IP_AGREEMENT, false), Verdict.INELIGIBLE, List.of("Y7"), List.of()),
                c("university without a qualified team: Y8", p -> attest(p, "m2", Attestation.QUALIFIED_TEAM, false),
                        Verdict.INELIGIBLE, List.of("Y8"), List.of()),
                c("institute without a qualified team: Y8", p -> attest(p, "m3", Attestation.QUALIFIED_TEAM, false),
                        Verdict.INELIGIBLE, List.of("Y8"), List.of()),
                c("lead without strong R&D: Y9", p -> attest(p, "m1", Attestation.STRONG_RD, false), Verdict.INELIGIBLE, List.of("Y9"), List.of()),
                c("lead without organising ability: Y9", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, false),
                        Verdict.INELIGIBLE, List.of("Y9"), List.of()),
                c("no quarterly exchange: Y6 deviation", p -> governance(p, GovernanceItem.QUARTERLY_EXCHANGE, false),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Y6"), List.of()),
                c("no service organisation or financial institution: Y3 fails, verdict unchanged", p -> kind(p, "m5", UnitKind.ENTERPRISE),
                        Verdict.ELIGIBLE, List.of("Y3"), List.of()),
                c("a financial institution instead of the service organisation passes Y3", p -> kind(p, "m5", UnitKind.FINANCIAL_INSTITUTION),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("no expert committee: Y5 fails, verdict unchanged", p -> governance(p, GovernanceItem.EXPERT_COMMITTEE, false),
                        Verdict.ELIGIBLE, List.of("Y5"), List.of()),
                c("no chief scientist: Y5 fails, verdict unchanged", p -> governance(p, GovernanceItem.CHIEF_EXPERT, false),
                        Verdict.ELIGIBLE, List.of("Y5"), List.of()),
                c("no university or institute at all: Y8 has nothing to check",
                        p -> kind(kind(p, "m2", UnitKind.ENTERPRISE), "m3", UnitKind.ENTERPRISE), Verdict.ELIGIBLE, List.of(), List.of()),
                c("industry leadership not attested: Y1 unknown", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y1")),
                c("secretariat not stated: Y4 unknown", p -> governance(p, GovernanceItem.SECRETARIAT, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y4")),
                c("quarterly exchange not stated: Y6 unknown", p -> governance(p, GovernanceItem.QUARTERLY_EXCHANGE, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y6")),
                c("IP agreement not stated: Y7 unknown", p -> governance(p, GovernanceItem.IP_AGREEMENT, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y7")),
                c("institute's team not attested: Y8 unknown", p -> attest(p, "m3", Attestation.QUALIFIED_TEAM, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y8")),
                c("one team lacking and one unknown: Y8 fails", p -> attest(attest(p, "m2", Attestation.QUALIFIED_TEAM, false), "m3", Attestation.QUALIFIED_TEAM, null),
                        Verdict.INELIGIBLE, List.of("Y8"), List.of()),
                c("organising ability not attested: Y9 unknown", p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("Y9")),
                c("chief scientist not stated: Y5 unknown, verdict unchanged", p -> governance(p, GovernanceItem.CHIEF_EXPERT, null),
                        Verdict.ELIGIBLE, List.of(), List.of("Y5")),
                c("unknown council and no IP agreement: ineligible wins", p -> governance(governance(p, GovernanceItem.COUNCIL, null), GovernanceItem.IP_AGREEMENT, false),
                        Verdict.INELIGIBLE, List.of("Y7"), List.of("Y4")),
                c("4 units and unknown strong R&D: undetermined", p -> attest(without(p, "m4"), "m1", Attestation.STRONG_RD, null),
                        Verdict.UNDETERMINED, List.of("Y2"), List.of("Y9")),
                c("4 units, no expert committee, no quarterly exchange, no service organisation: deviations only",
                        p -> without(governance(governance(p, GovernanceItem.EXPERT_COMMITTEE, false), GovernanceItem.QUARTERLY_EXCHANGE, false), "m5"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("Y2", "Y3", "Y5", "Y6"), List.of()),
                c("lead outside Yongchuan, no council, unknown IP agreement: every failure reported",
                        p -> governance(governance(registeredIn(p, "m1", "320505"), GovernanceItem.COUNCIL, false), GovernanceItem.IP_AGREEMENT, null),
                        Verdict.INELIGIBLE, List.of("Y1", "Y4"), List.of("Y7")));
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
        Profile six = with(YongchuanProfiles.eligible(), Fixtures.enterprise("m6", "500118").build());
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

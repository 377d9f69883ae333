package io.consortia.jurisdiction.neimenggu;

import static io.consortia.kernel.testkit.Fixtures.attest;
import static io.consortia.kernel.testkit.Fixtures.chain;
import static io.consortia.kernel.testkit.Fixtures.editMember;
import static io.consortia.kernel.testkit.Fixtures.finances;
import static io.consortia.kernel.testkit.Fixtures.governance;
import static io.consortia.kernel.testkit.Fixtures.kind;
import static io.consortia.kernel.testkit.Fixtures.platform;
import static io.consortia.kernel.testkit.Fixtures.platforms;
import static io.consortia.kernel.testkit.Fixtures.registeredIn;
import static io.consortia.kernel.testkit.Fixtures.trait;
import static io.consortia.kernel.testkit.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.ReadingChoice;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
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
 * Hand-checked Inner Mongolia profiles: each rule failing alone, the boundaries of every count,
 * share and amount, the unknowns, and the readings R2 and R3.
 */
class NeimengguRulesTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private static Assessment assess(Profile p) {
        return assess(p, ReadingSet.defaults());
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("neimenggu", p, ON, readings);
    }

    private static List<String> ids(Assessment a, Outcome o) {
        return Installed.ids(a, o);
    }

    /** The lead's three fiscal years, revenue and R&D in yuan. */
    private static Profile leadFinances(Profile p, long rev22, long rd22, long rev23, long rd23, long rev24, long rd24) {
        return finances(finances(finances(p, "m1", 2022, rev22, rd22), "m1", 2023, rev23, rd23), "m1", 2024, rev24, rd24);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                // N1
                c("lead registered in Beijing: N1 (N8 still 5 of 10)", p -> registeredIn(p, "m1", "110108"),
                        Verdict.INELIGIBLE, List.of("N1"), List.of()),
                c("lead is a research institute: N1 (N9 still 5 of 10)", p -> kind(p, "m1", UnitKind.RESEARCH_INSTITUTE),
                        Verdict.INELIGIBLE, List.of("N1"), List.of()),
                // N2
                c("lead attested not an industry leader: N2 deviation", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, false),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("N2"), List.of()),
                c("lead's industry leadership not attested: N2 unknown", p -> attest(p, "m1", Attestation.INDUSTRY_LEADER, null),
                        Verdict.UNDETERMINED, List.of(), List.of("N2")),
                // N3
                c("lead has no full-time R&D team: N3", p -> trait(p, "m1", Trait.FULL_TIME_RD_TEAM, false),
                        Verdict.INELIGIBLE, List.of("N3"), List.of()),
                c("lead's R&D team not stated: N3 unknown", p -> trait(p, "m1", Trait.FULL_TIME_RD_TEAM, null),
                        Verdict.UNDETERMINED, List.of(), List.of("N3")),
                // N4
                c("lead's only platform is municipal: N4 deviation",
                        p -> platforms(p, "m1", platform(PlatformLevel.MUNICIPAL, PlatformType.ENGINEERING_RESEARCH_CENTER)),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("N4"), List.of()),
                c("lead has no platform: N4 deviation", p -> platforms(p, "m1"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("N4"), List.of()),
                c("a national platform of any type passes N4",
                        p -> platforms(p, "m1", platform(PlatformLevel.NATIONAL, PlatformType.NEW_RD_INSTITUTION)),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // N5: the three-year share at its bound
                c("three-year share exactly 3% (180,000,000 of 6,000,000,000): N5 passes",
                        p -> finances(p, "m1", 2024, 2_200_000_000L, 50_000_000L), Verdict.ELIGIBLE, List.of(), List.of()),
                c("three-year share one yuan short of 3%: N5",
                        p -> finances(p, "m1", 2024, 2_200_000_000L, 49_999_999L), Verdict.INELIGIBLE, List.of("N5"), List.of()),
                // N5: the annual amount at its bound, with a share of about 1.5%
                c("share 1.53% but 2024 R&D exactly 100,000,000: N5 passes",
                        p -> leadFinances(p, 5_000_000_000L, 60_000_000L, 5_000_000_000L, 70_000_000L, 5_000_000_000L, 100_000_000L),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("share 1.53% and 2024 R&D 99,999,999: N5",
                        p -> leadFinances(p, 5_000_000_000L, 60_000_000L, 5_000_000_000L, 70_000_000L, 5_000_000_000L, 99_999_999L),
                        Verdict.INELIGIBLE, List.of("N5"), List.of()),
                c("2023 R&D above 100,000,000 does not count: only the last year's amount does",
                        p -> leadFinances(p, 5_000_000_000L, 60_000_000L, 5_000_000_000L, 150_000_000L, 5_000_000_000L, 60_000_000L),
                        Verdict.INELIGIBLE, List.of("N5"), List.of()),
                // N5: unknowns
                c("2024 figures missing: N5 unknown", p -> finances(p, "m1", 2024, null, null),
                        Verdict.UNDETERMINED, List.of(), List.of("N5")),
                c("2022 missing but 2024 R&D 120,000,000: N5 passes on the amount",
                        p -> finances(finances(p, "m1", 2022, null, null), "m1", 2024, 2_200_000_000L, 120_000_000L),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("no revenue and no R&D in three years: N5",
                        p -> leadFinances(p, 0, 0, 0, 0, 0, 0), Verdict.INELIGIBLE, List.of("N5"), List.of()),
                // N7
                c("9 member units: N7 deviation", p -> without(p, "m10"),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("N7"), List.of()),
                // N8
                c("5 of 10 registered or stationed in the region: N8 passes", p -> registeredIn(p, "m2", "320505"),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("4 of 10 registered or stationed in the region: N8",
                        p -> registeredIn(registeredIn(p, "m2", "320505"), "m3", "320505"),
                        Verdict.INELIGIBLE, List.of("N8"), List.of()),
                c("without its Hohhot branch m5 no longer counts for N8",
                        p -> editMember(registeredIn(p, "m2", "320505"), "m5", m -> m.withStationedIn(List.of())),
                        Verdict.INELIGIBLE, List.of("N8"), List.of()),
                // N9
                c("5 enterprises of 10: N9 passes", p -> kind(p, "m6", UnitKind.OTHER),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("4 enterprises of 10: N9", p -> kind(kind(p, "m6", UnitKind.OTHER), "m4", UnitKind.OTHER),
                        Verdict.INELIGIBLE, List.of("N9"), List.of()),
                // N10
                c("no downstream enterprise: N10",
                        p -> chain(chain(p, "m3", ChainPosition.MIDSTREAM), "m5", ChainPosition.MIDSTREAM),
                        Verdict.INELIGIBLE, List.of("N10"), List.of()),
                c("a downstream unit that is not an enterprise does not count for N10",
                        p -> kind(chain(p, "m5", ChainPosition.MIDSTREAM), "m3", UnitKind.RESEARCH_INSTITUTE),
                        Verdict.INELIGIBLE, List.of("N10"), List.of()),
                c("upstream enterprises' positions not stated: N10 unknown",
                        p -> chain(chain(p, "m2", null), "m6", null),
                        Verdict.UNDETERMINED, List.of(), List.of("N10")),
                // N11
                c("no expert committee: N11", p -> governance(p, GovernanceItem.EXPERT_COMMITTEE, false),
                        Verdict.INELIGIBLE, List.of("N11"), List.of()),
                c("no formation agreement: N11", p -> governance(p, GovernanceItem.FORMATION_AGREEMENT, false),
                        Verdict.INELIGIBLE, List.of("N11"), List.of()),
                c("management body not stated: N11 unknown", p -> governance(p, GovernanceItem.MANAGEMENT_BODY, null),
                        Verdict.UNDETERMINED, List.of(), List.of("N11")),
                c("no council is not required in Inner Mongolia", p -> governance(p, GovernanceItem.COUNCIL, false),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                // mixed
                c("9 units, leadership unknown, no R&D team: ineligible wins",
                        p -> trait(attest(without(p, "m10"), "m1", Attestation.INDUSTRY_LEADER, null), "m1", Trait.FULL_TIME_RD_TEAM, false),
                        Verdict.INELIGIBLE, List.of("N3", "N7"), List.of("N2")),
                c("9 units and 2024 missing: undetermined, with the deviation reported",
                        p -> finances(without(p, "m10"), "m1", 2024, null, null),
                        Verdict.UNDETERMINED, List.of("N7"), List.of("N5")),
                c("not a leader and a municipal platform: two deviations",
                        p -> platforms(attest(p, "m1", Attestation.INDUSTRY_LEADER, false), "m1",
                                platform(PlatformLevel.MUNICIPAL, PlatformType.KEY_LAB)),
                        Verdict.ELIGIBLE_WITH_DEVIATIONS, List.of("N2", "N4"), List.of()));
    }

    private static Arguments c(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        return Arguments.of(name, edit, verdict, failing, unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assessesHandCheckedProfile(String name, UnaryOperator<Profile> edit, Verdict verdict, List<String> failing, List<String> unknown) {
        Assessment a = assess(edit.apply(NeimengguProfiles.eligible()));
        assertThat(a.verdict()).as("verdict; findings %s", a.findings()).isEqualTo(verdict);
        assertThat(ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(failing);
        assertThat(ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(unknown);
    }

    // ---------------------------------------------------------------- R2

    /** 2022 at 2.5%, 2023 and 2024 at 3.5%: the sums make 3.17%. 2024 R&D is below 100,000,000. */
    private static Profile oneWeakYear() {
        return leadFinances(NeimengguProfiles.eligible(),
                2_000_000_000L, 50_000_000L, 2_000_000_000L, 70_000_000L, 2_000_000_000L, 70_000_000L);
    }

    @Test
    void oneYearBelowThreePercentPassesOnTheSumsButFailsWhenEveryYearMustReachIt() {
        Assessment sums = assess(oneWeakYear());
        assertThat(sums.verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment each = assess(oneWeakYear(), ReadingSet.defaults().with(NeimengguReadings.R2, true));
        assertThat(each.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(each, Outcome.FAIL)).containsExactly("N5");
        assertThat(each.readings()).filteredOn(c -> c.reading().id().equals("R2"))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("each"));
    }

    @Test
    void theLastYearsAmountRescuesAWeakYearUnderEitherReading() {
        Profile p = finances(oneWeakYear(), "m1", 2024, 2_000_000_000L, 100_000_000L);
        assertThat(assess(p, ReadingSet.defaults().with(NeimengguReadings.R2, true)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aMissingYearLeavesTheShareUnknownUnderEitherReading() {
        Profile p = finances(NeimengguProfiles.eligible(), "m1", 2023, null, null);
        for (boolean alternative : new boolean[] {false, true}) {
            Assessment a = assess(p, ReadingSet.defaults().with(NeimengguReadings.R2, alternative));
            assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(ids(a, Outcome.UNKNOWN)).containsExactly("N5");
        }
    }

    // ---------------------------------------------------------------- R3

    /** Midstream (m1, m4, m3, m5) and upstream (m2, m6) enterprises, none downstream. */
    private static Profile noDownstream() {
        return chain(chain(NeimengguProfiles.eligible(), "m3", ChainPosition.MIDSTREAM), "m5", ChainPosition.MIDSTREAM);
    }

    @Test
    void twoChainPositionsFailByDefaultAndPassWhenTwoOfThreeSuffice() {
        Assessment all = assess(noDownstream());
        assertThat(all.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(all, Outcome.FAIL)).containsExactly("N10");
        Assessment two = assess(noDownstream(), ReadingSet.defaults().with(NeimengguReadings.R3, true));
        assertThat(two.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(two.readings()).filteredOn(c -> c.reading().id().equals("R3"))
                .singleElement().satisfies(c -> assertThat(c.option()).isEqualTo("two"));
    }

    @Test
    void oneKnownPositionAndOneUnplacedEnterpriseFailByDefaultAndStayOpenUnderTwoOfThree() {
        Profile p = chain(chain(noDownstream(), "m2", ChainPosition.MIDSTREAM), "m6", null);
        Assessment all = assess(p);
        assertThat(all.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(all, Outcome.FAIL)).containsExactly("N10");
        Assessment two = assess(p, ReadingSet.defaults().with(NeimengguReadings.R3, true));
        assertThat(two.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(ids(two, Outcome.UNKNOWN)).containsExactly("N10");
    }

    // ---------------------------------------------------------------- explanations

    private static io.consortia.kernel.text.Text because(Assessment a, String id) {
        return a.findings().stream().filter(f -> f.rule().id().catalogId().equals(id)).findFirst().orElseThrow().because();
    }

    @Test
    void n5ExplainsTheSumsAndTheShareThatDecidedIt() {
        var text = because(assess(NeimengguProfiles.eligible()), "N5");
        assertThat(text.zh()).contains("2022–2024", "210,000,000", "6,000,000,000", "3.50%");
        assertThat(text.en()).contains("2022–2024", "a share of 3.50%", "at least 3% required");
    }

    @Test
    void n5NamesTheYearWhoseFiguresAreMissing() {
        var text = because(assess(finances(NeimengguProfiles.eligible(), "m1", 2024, null, null)), "N5");
        assertThat(text.zh()).contains("2024年研发费用未填报", "2024年营收未填报");
        assertThat(text.en()).contains("R&D expense not stated for 2024", "revenue not stated for 2024");
    }

    @Test
    void n10NamesTheMissingPositionAndTheUnplacedEnterprises() {
        Profile p = chain(chain(chain(NeimengguProfiles.eligible(), "m3", ChainPosition.MIDSTREAM), "m5", null), "m2", null);
        var text = because(assess(p), "N10");
        assertThat(text.zh()).contains("缺下游", "另有 2 个企业未填报所处环节");
        assertThat(text.en()).contains("none known downstream", "2 of unstated position");
    }

    // ---------------------------------------------------------------- R1 does not apply

    @Test
    void theLeadAlwaysCountsTowardTheTenMemberUnits() {
        assertThat(Installed.jurisdiction("neimenggu").readings()).extracting(Reading::id).containsExactly("R2", "R3", "R6");
        Assessment a = assess(NeimengguProfiles.eligible(), ReadingSet.defaults().with(Reading.R1, true));
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(a.readings()).extracting(ReadingChoice::option).containsExactly("sum", "all", "any");
    }
}

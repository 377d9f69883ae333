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
 * Hand-checked Inner Mongolia profiles (catalog v2): each rule failing alone and unknown when its
 * fact is absent, the boundaries of every count, share and amount, and the readings R2, R3 and
 * R8 each flipping a verdict.
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
    static Profile leadFinances(Profile p, long rev22, long rd22, long rev23, long rd23, long rev24, long rd24) {
        return finances(finances(finances(p, "m1", 2022, rev22, rd22), "m1", 2023, rev23, rd23), "m1", 2024, rev24, rd24);
    }

    /** One year of the lead with only its revenue stated (R&D expense unknown). */
    private static Profile revenueOnly(Profile p, int year, long revenue) {
        return editMember(p, "m1", m -> {
            var f = new java.util.HashMap<>(m.finances());
            f.put(year, new io.consortia.kernel.profile.FiscalYear(year, java.util.Optional.of(java.math.BigDecimal.valueOf(revenue)),
                    java.util.Optional.empty()));
            return m.withFinances(f);
        });
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("eligible as built", p -> p, Verdict.ELIGIBLE, List.of(), List.of()),
                // N1
                c("lead registered in Beijing: N1 (N8 still 5 of 10)", p -> registeredIn(p, "m1", "110108"),
                        Verdict.INELIGIBLE, List.of("N1"), List.of()),
                c("lead is a research institute: N1 (N9 still 5 of 10)", p -> kind(p, "m1", UnitKind.RESEARCH_INSTITUTE),
                        Verdict.INELIGIBLE, List.of("N1"), List.of()),
                c("lead is a branch of no central SOE: N1",
                        p -> trait(trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false), "m1", Trait.CENTRAL_SOE_BRANCH, false),
                        Verdict.INELIGIBLE, List.of("N1"), List.of()),
                c("lead is a central SOE's branch registered in the region: N1 passes",
                        p -> trait(trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false), "m1", Trait.CENTRAL_SOE_BRANCH, true),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("a branch that does not say whose: N1 unknown", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, false),
                        Verdict.UNDETERMINED, List.of(), List.of("N1")),
                c("lead's legal form not stated: N1 unknown", p -> trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, null),
                        Verdict.UNDETERMINED, List.of(), List.of("N1")),
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
                c("2023 R&D above 100,000,000 does not count under R8=last: only the last year's amount does",
                        p -> leadFinances(p, 5_000_000_000L, 60_000_000L, 5_000_000_000L, 150_000_000L, 5_000_000_000L, 60_000_000L),
                        Verdict.INELIGIBLE, List.of("N5"), List.of()),
                // N5: zero revenue (v2) and bound semantics
                c("no revenue in three years but some R&D: the share fails (v2), the amount too: N5",
                        p -> leadFinances(p, 0, 10_000_000L, 0, 10_000_000L, 0, 10_000_000L), Verdict.INELIGIBLE, List.of("N5"), List.of()),
                c("no revenue and no R&D in three years: N5",
                        p -> leadFinances(p, 0, 0, 0, 0, 0, 0), Verdict.INELIGIBLE, List.of("N5"), List.of()),
                c("2024 figures missing: N5 unknown", p -> finances(p, "m1", 2024, null, null),
                        Verdict.UNDETERMINED, List.of(), List.of("N5")),
                c("2022 missing but 2024 R&D 120,000,000: N5 passes on the amount",
                        p -> finances(finances(p, "m1", 2022, null, null), "m1", 2024, 2_200_000_000L, 120_000_000L),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("2022 R&D missing, the known R&D already 3% of the whole revenue: N5 passes (bound semantics)",
                        p -> finances(finances(revenueOnly(p, 2022, 1_800_000_000L), "m1", 2023, 2_000_000_000L, 100_000_000L),
                                "m1", 2024, 2_200_000_000L, 90_000_000L),
                        Verdict.ELIGIBLE, List.of(), List.of()),
                c("2022 R&D missing, the known R&D short of 3%: N5 unknown",
                        p -> revenueOnly(p, 2022, 1_800_000_000L), Verdict.UNDETERMINED, List.of(), List.of("N5")),
                // N6 needs a registry: NeimengguRegistryTest
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
                c("the downstream enterprises are OUTSIDE the chain: they add no position, N10",
                        p -> chain(chain(p, "m3", ChainPosition.OUTSIDE), "m5", ChainPosition.OUTSIDE),
                        Verdict.INELIGIBLE, List.of("N10"), List.of()),
                c("the lead is the only midstream enterprise: the lead counts, N10 passes",
                        p -> chain(p, "m4", ChainPosition.UPSTREAM), Verdict.ELIGIBLE, List.of(), List.of()),
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
                // N12
                c("lead cannot gather the chain's innovation resources: N12",
                        p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, false), Verdict.INELIGIBLE, List.of("N12"), List.of()),
                c("lead's organising ability not attested: N12 unknown",
                        p -> attest(p, "m1", Attestation.ORGANISING_ABILITY, null), Verdict.UNDETERMINED, List.of(), List.of("N12")),
                // N13
                c("a university without R&D supporting capability: N13",
                        p -> attest(p, "m7", Attestation.RD_SUPPORT_CAPABILITY, false), Verdict.INELIGIBLE, List.of("N13"), List.of()),
                c("an enterprise with no basis for cooperation: N13",
                        p -> attest(p, "m4", Attestation.COOPERATION_BASIS, false), Verdict.INELIGIBLE, List.of("N13"), List.of()),
                c("the service body's cooperation basis not attested: N13 unknown",
                        p -> attest(p, "m10", Attestation.COOPERATION_BASIS, null), Verdict.UNDETERMINED, List.of(), List.of("N13")),
                c("the lead's own supporting capability is not asked by N13",
                        p -> attest(p, "m1", Attestation.RD_SUPPORT_CAPABILITY, false), Verdict.ELIGIBLE, List.of(), List.of()),
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

    private static ReadingSet readings(boolean each, boolean two, boolean window) {
        return ReadingSet.defaults().with(NeimengguReadings.R2, each).with(NeimengguReadings.R3, two).with(NeimengguReadings.R8, window);
    }

    private static String option(Assessment a, Reading r) {
        return a.readings().stream().filter(c -> c.reading().equals(r)).findFirst().orElseThrow().option();
    }

    // ---------------------------------------------------------------- R2

    /** 2022 at 2.5%, 2023 and 2024 at 3.5%: the sums make 3.17%. No year's R&D reaches 100,000,000. */
    private static Profile oneWeakYear() {
        return leadFinances(NeimengguProfiles.eligible(),
                2_000_000_000L, 50_000_000L, 2_000_000_000L, 70_000_000L, 2_000_000_000L, 70_000_000L);
    }

    @Test
    void oneYearBelowThreePercentPassesOnTheSumsButFailsWhenEveryYearMustReachIt() {
        Assessment sums = assess(oneWeakYear());
        assertThat(sums.verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment each = assess(oneWeakYear(), readings(true, false, false));
        assertThat(each.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(each, Outcome.FAIL)).containsExactly("N5");
        assertThat(option(each, NeimengguReadings.R2)).isEqualTo("each");
    }

    @Test
    void theLastYearsAmountRescuesAWeakYearUnderEitherR2() {
        Profile p = finances(oneWeakYear(), "m1", 2024, 2_000_000_000L, 100_000_000L);
        assertThat(assess(p, readings(true, false, false)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aYearWithNoRevenueFailsTheShareWhenEveryYearMustReachIt() {
        // 2022 has R&D but no revenue: the sums still make 3.5% (140,000,000 of 4,000,000,000).
        Profile p = leadFinances(NeimengguProfiles.eligible(), 0, 10_000_000L, 2_000_000_000L, 70_000_000L, 2_000_000_000L, 60_000_000L);
        assertThat(assess(p).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(ids(assess(p, readings(true, false, false)), Outcome.FAIL)).containsExactly("N5");
    }

    @Test
    void aMissingYearLeavesTheShareUnknownUnderEitherR2() {
        Profile p = finances(NeimengguProfiles.eligible(), "m1", 2023, null, null);
        for (boolean each : new boolean[] {false, true}) {
            Assessment a = assess(p, readings(each, false, false));
            assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(ids(a, Outcome.UNKNOWN)).containsExactly("N5");
        }
    }

    // ---------------------------------------------------------------- R8

    /** Share 1.1% (330,000,000 of 30,000,000,000); R&D 150m, 120m, then 60m in 2024. */
    static Profile strongEarlierYears() {
        return leadFinances(NeimengguProfiles.eligible(),
                10_000_000_000L, 150_000_000L, 10_000_000_000L, 120_000_000L, 10_000_000_000L, 60_000_000L);
    }

    @Test
    void anAverageAboveTheAmountPassesOnlyWhenTheAmountIsReadOverTheWindow() {
        Assessment last = assess(strongEarlierYears());
        assertThat(last.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(last, Outcome.FAIL)).containsExactly("N5");
        assertThat(option(last, NeimengguReadings.R8)).isEqualTo("last");
        Assessment window = assess(strongEarlierYears(), readings(false, false, true));
        assertThat(window.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(option(window, NeimengguReadings.R8)).isEqualTo("window");
        // under R2=each the window asks every year for 100,000,000, which 2024 misses
        assertThat(ids(assess(strongEarlierYears(), readings(true, false, true)), Outcome.FAIL)).containsExactly("N5");
    }

    @Test
    void aStrongLastYearPassesByDefaultButNotOverTheWindow() {
        Profile p = leadFinances(NeimengguProfiles.eligible(),
                10_000_000_000L, 50_000_000L, 10_000_000_000L, 50_000_000L, 10_000_000_000L, 120_000_000L);
        assertThat(assess(p).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Assessment window = assess(p, readings(false, false, true));
        assertThat(window.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(window, Outcome.FAIL)).containsExactly("N5");
    }

    @Test
    void theCatalogsExampleTwoKnownYearsAlreadyReachTheWindowWhateverTheThird() {
        // 200,000,000 and 150,000,000 known, 2024 not stated: the window's sum passes at once.
        Profile p = finances(leadFinances(NeimengguProfiles.eligible(),
                10_000_000_000L, 200_000_000L, 10_000_000_000L, 150_000_000L, 10_000_000_000L, 1L), "m1", 2024, null, null);
        Assessment last = assess(p);
        assertThat(last.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(ids(last, Outcome.UNKNOWN)).containsExactly("N5");
        Assessment window = assess(p, readings(false, false, true));
        assertThat(window.verdict()).isEqualTo(Verdict.ELIGIBLE);
        // each year must reach the amount: 2024 is unknown
        assertThat(ids(assess(p, readings(true, false, true)), Outcome.UNKNOWN)).containsExactly("N5");
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
        Assessment two = assess(noDownstream(), readings(false, true, false));
        assertThat(two.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(option(two, NeimengguReadings.R3)).isEqualTo("two");
    }

    @Test
    void oneKnownPositionAndOneUnplacedEnterpriseFailByDefaultAndStayOpenUnderTwoOfThree() {
        Profile p = chain(chain(noDownstream(), "m2", ChainPosition.MIDSTREAM), "m6", null);
        Assessment all = assess(p);
        assertThat(all.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(ids(all, Outcome.FAIL)).containsExactly("N10");
        Assessment two = assess(p, readings(false, true, false));
        assertThat(two.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(ids(two, Outcome.UNKNOWN)).containsExactly("N10");
    }

    @Test
    void anOutsideEnterpriseAddsNoPositionEvenUnderTwoOfThree() {
        // Only the lead is midstream; every other enterprise is OUTSIDE the chain: one position.
        Profile p = NeimengguProfiles.eligible();
        for (String id : List.of("m2", "m3", "m4", "m5", "m6")) {
            p = chain(p, id, ChainPosition.OUTSIDE);
        }
        assertThat(ids(assess(p, readings(false, true, false)), Outcome.FAIL)).containsExactly("N10");
        Profile oneUpstream = chain(p, "m2", ChainPosition.UPSTREAM);
        assertThat(assess(oneUpstream, readings(false, true, false)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    // ---------------------------------------------------------------- explanations

    private static io.consortia.kernel.text.Text because(Assessment a, String id) {
        return a.finding(id).orElseThrow().because();
    }

    @Test
    void n5ExplanationNamesTheYearsAndSaysWhichReadingChoseThem() {
        var text = because(assess(NeimengguProfiles.eligible()), "N5");
        assertThat(text.zh()).contains("2022", "2024", "R2=sum", "R8=last");
        assertThat(text.en()).contains("2022", "2024", "R2=sum", "R8=last", "reading");
        var window = because(assess(NeimengguProfiles.eligible(), readings(false, false, true)), "N5");
        assertThat(window.en()).contains("R8=window");
    }

    // ---------------------------------------------------------------- readings registered

    @Test
    void theReadingsAreR2R3AndR8AndTheLeadAlwaysCountsTowardTheTenMemberUnits() {
        assertThat(Installed.jurisdiction("neimenggu").readings()).extracting(Reading::id).containsExactly("R2", "R3", "R8");
        Assessment a = assess(NeimengguProfiles.eligible(), ReadingSet.defaults().with(Reading.R1, true));
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(a.readings()).extracting(ReadingChoice::option).containsExactly("sum", "all", "last");
    }

    @Test
    void theEligibleProfileStaysEligibleUnderEveryReadingCombination() {
        for (int mask = 0; mask < 8; mask++) {
            ReadingSet r = readings((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0);
            assertThat(assess(NeimengguProfiles.eligible(), r).verdict()).as("readings %d", mask).isEqualTo(Verdict.ELIGIBLE);
        }
    }
}

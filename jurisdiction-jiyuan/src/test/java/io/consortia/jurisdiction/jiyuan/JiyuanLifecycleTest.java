package io.consortia.jurisdiction.jiyuan;

import static io.consortia.tck.Histories.entry;
import static io.consortia.tck.Histories.last;
import static io.consortia.tck.Histories.simulate;
import static io.consortia.tck.Histories.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.ObligationStatus;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.SimulationError;
import io.consortia.kernel.lifecycle.Simulator;
import io.consortia.tck.Histories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.consortia.tck.Histories;
import io.consortia.tck.Installed;
import io.consortia.tck.LifecycleEditions;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JiyuanLifecycleTest {

    private static final Edition POLICY = Installed.jurisdiction("jiyuan").latest();
    private static final String[] FILED = {"2025-03-03 APPLIED", "2025-03-20 REVIEWED passed=true", "2025-03-24 NOTICE_STARTED",
            "2025-03-28 NOTICE_ENDED", "2025-03-31 ESTABLISHED"};

    @Test
    void isFiledAfterReviewAndAFiveWorkingDayNoticeWithoutObjection() {
        Simulation s = simulate(POLICY, FILED);
        assertThat(s.timeline()).allMatch(e -> e.accepted());
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void aNoticeAcrossNationalDayCountsTheAdjustedWorkingDaysAndSkipsTheHoliday() {
        // Fri 27 Sep 2024 (1), Sat 28 off, Sun 29 adjusted working day (2), Mon 30 (3), 1-7 October
        // holiday, Tue 8 (4), Wed 9 October (5): the notice may end on 9 October at the earliest.
        Simulation s = simulate(POLICY, "2024-09-02 APPLIED", "2024-09-20 REVIEWED passed=true", "2024-09-27 NOTICE_STARTED",
                "2024-10-08 NOTICE_ENDED", "2024-10-08 ESTABLISHED", "2024-10-09 NOTICE_ENDED", "2024-10-10 ESTABLISHED");
        assertThat(entry(s, 2).notes()).anySatisfy(n -> assertThat(n.zh()).contains("2024-10-09"));
        assertThat(entry(s, 3).accepted()).isFalse();
        assertThat(entry(s, 3).state()).isEqualTo(CoreState.PUBLIC_NOTICE);
        assertThat(entry(s, 3).clause().orElseThrow().ref()).isEqualTo("四(三)");
        assertThat(entry(s, 3).reason().orElseThrow().en()).contains("only 4 working days");
        assertThat(entry(s, 4).accepted()).as("filing during the notice counts it to the day before").isFalse();
        assertThat(entry(s, 5).accepted()).isTrue();
        assertThat(entry(s, 6).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void aNoticeStartingOnAnAdjustedWorkingSundayCountsThatDay() {
        Simulation s = simulate(POLICY, "2024-09-02 APPLIED", "2024-09-20 REVIEWED passed=true", "2024-09-29 NOTICE_STARTED",
                "2024-10-09 NOTICE_ENDED", "2024-10-10 NOTICE_ENDED");
        assertThat(entry(s, 3).accepted()).as("29, 30 Sep, 8, 9 Oct: four").isFalse();
        assertThat(entry(s, 4).accepted()).isTrue();
    }

    @Test
    void aDateOutsideTheStatutoryCalendarIsAnErrorUnlessApproximated() {
        var events = Histories.read(POLICY.lifecycle().orElseThrow(), "2030-09-02 APPLIED", "2030-09-20 REVIEWED passed=true", "2030-09-27 NOTICE_STARTED").events();
        var strict = Simulator.run(LifecycleEditions.decider(POLICY, Histories.calendar2024(), CalendarMode.STATUTORY), events, Optional.empty(),
                Optional.empty());
        assertThat(strict.getLeft()).isInstanceOf(SimulationError.CalendarGap.class);
        assertThat(strict.getLeft().path()).isEqualTo("events[2].on");
        var approx = Simulator.run(LifecycleEditions.decider(POLICY, Histories.calendar2024(), CalendarMode.WEEKDAY_APPROXIMATION), events,
                Optional.empty(), Optional.empty());
        assertThat(approx.get().approximatedYears()).containsExactly(2030);
    }

    @Test
    void anObjectionBlocksFilingUntilANewNoticeEndsWithoutOne() {
        Simulation s = simulate(POLICY, "2025-03-03 APPLIED", "2025-03-20 REVIEWED passed=true", "2025-03-24 NOTICE_STARTED",
                "2025-03-26 NOTICE_OBJECTED", "2025-04-10 ESTABLISHED", "2025-04-14 NOTICE_STARTED", "2025-04-18 NOTICE_ENDED",
                "2025-04-21 ESTABLISHED");
        assertThat(entry(s, 3).state()).isEqualTo(CoreState.UNDER_REVIEW);
        assertThat(entry(s, 4).accepted()).isFalse();
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void theAnnualReportAndPlanAreDueBy31DecemberOfTheSameYear() {
        Simulation open = simulate(POLICY, Optional.of(LocalDate.of(2025, 12, 31)), FILED);
        assertThat(open.obligations()).singleElement().satisfies(o -> {
            assertThat(o.due()).contains(LocalDate.of(2025, 12, 31));
            assertThat(o.status()).isEqualTo(ObligationStatus.OPEN);
            assertThat(o.what().zh()).isEqualTo("2025年度工作报告和2026年度工作计划");
            assertThat(o.clause().ref()).isEqualTo("六(一)");
        });
        Simulation overdue = simulate(POLICY, Optional.of(LocalDate.of(2026, 1, 1)), FILED);
        assertThat(overdue.obligations().get(0).status()).isEqualTo(ObligationStatus.OVERDUE);
        Simulation met = simulate(POLICY, then(FILED, "2025-12-20 REPORT_SUBMITTED year=2025"));
        assertThat(met.obligations()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.MET));
    }

    @Test
    void rejectsDissolutionDuringMunicipalProject() {
        Simulation s = simulate(POLICY, then(FILED, "2025-05-01 PROJECT_STARTED level=MUNICIPAL", "2025-06-01 DISSOLUTION_REQUESTED",
                "2025-09-01 PROJECT_ENDED level=MUNICIPAL", "2025-09-02 DISSOLUTION_REQUESTED"));
        assertThat(entry(s, 6).accepted()).isFalse();
        assertThat(entry(s, 6).clause().orElseThrow().ref()).isEqualTo("六(二)");
        assertThat(s.finalState()).isEqualTo(CoreState.DISSOLVED);
    }

    @Test
    void rejectsALeadChangeDuringAProvincialProjectButNotADistrictOne() {
        Simulation provincial = simulate(POLICY, then(FILED, "2025-05-01 PROJECT_STARTED level=PROVINCIAL", "2025-06-01 LEAD_CHANGED"));
        assertThat(last(provincial).accepted()).isFalse();
        assertThat(last(provincial).reason().orElseThrow().zh()).contains("不得变更牵头单位");
        Simulation district = simulate(POLICY, then(FILED, "2025-05-01 PROJECT_STARTED level=DISTRICT", "2025-06-01 LEAD_CHANGED",
                "2025-06-02 DISSOLUTION_REQUESTED"));
        assertThat(entry(district, 6).accepted()).isTrue();
        assertThat(district.finalState()).isEqualTo(CoreState.DISSOLVED);
    }

    @Test
    void aMemberChangeNeedsAllMembersConsentAndASupplementaryAgreementAndIsThenFiledWithTheBureau() {
        Simulation s = simulate(POLICY, Optional.of(LocalDate.of(2025, 7, 31)), then(FILED, "2025-06-01 MEMBER_ADDED allConsented supplementaryAgreement",
                "2025-06-02 MEMBER_REMOVED supplementaryAgreement filed", "2025-06-03 MEMBER_ADDED allConsented supplementaryAgreement filed",
                "2025-07-20 CHANGE_FILED"));
        assertThat(entry(s, 5).accepted()).as("filing follows the change; it is no precondition").isTrue();
        assertThat(entry(s, 6).accepted()).isFalse();
        assertThat(entry(s, 6).reason().orElseThrow().en()).contains("allConsented: not stated").doesNotContain("filed");
        assertThat(entry(s, 7).accepted()).isTrue();
        var filings = s.obligations().stream().filter(o -> o.kind() == io.consortia.kernel.lifecycle.Obligation.Kind.CHANGE_FILING).toList();
        assertThat(filings).hasSize(2);
        assertThat(filings.get(0).what().zh()).contains("工科局");
        assertThat(filings.get(0).metOn()).contains(LocalDate.of(2025, 7, 20));
        assertThat(filings.get(0).late()).as("more than 30 days after 1 June").isTrue();
        assertThat(filings.get(1).metOn()).contains(LocalDate.of(2025, 6, 3));
        assertThat(filings.get(1).late()).isFalse();
    }
}

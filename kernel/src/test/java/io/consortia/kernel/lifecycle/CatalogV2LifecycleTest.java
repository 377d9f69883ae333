package io.consortia.kernel.lifecycle;

import static io.consortia.kernel.lifecycle.TestPolicies.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.sanction.UnitRef;
import io.consortia.tck.Histories;
import io.consortia.tck.LifecycleEditions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle of catalog v2 on the kernel's synthetic policy: change filings as follow-up
 * obligations, a stated validity, remarks, evidence asked only while a project runs, day counting
 * under R9, and bounds on far dates.
 */
class CatalogV2LifecycleTest {

    /** APPLIED 2024-03-01 … ESTABLISHED 2024-03-12 through a notice of 5 working days (4-8 March). */
    private static final String[] ESTABLISHED = {"2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true", "2024-03-04 NOTICE_STARTED",
            "2024-03-08 NOTICE_ENDED", "2024-03-12 ESTABLISHED"};

    private static Decider decider(DayCount count) {
        return LifecycleEditions.decider(TestPolicies.FULL, TestPolicies.calendar2024(), CalendarMode.WEEKDAY_APPROXIMATION, count,
                Overrides.none());
    }

    private static Simulation run(String... lines) {
        return run(DayCount.INCLUSIVE, Optional.empty(), lines);
    }

    private static Simulation run(DayCount count, Optional<LocalDate> asOf, String... lines) {
        return Histories.simulate(decider(count), asOf, lines);
    }

    private static List<Obligation> filings(Simulation s) {
        return s.obligations().stream().filter(o -> o.kind() == Obligation.Kind.CHANGE_FILING).toList();
    }

    @Test
    void aChangeIsAcceptedAndOpensAFilingThatALaterChangeFiledMeets() {
        Simulation s = run(Histories.then(ESTABLISHED, "2024-05-01 MEMBER_ADDED allConsented supplementaryAgreement",
                "2024-05-02 LEAD_CHANGED filed", "2024-05-20 CHANGE_FILED"));
        assertThat(Histories.entry(s, 5).accepted()).isTrue();
        assertThat(Histories.entry(s, 5).notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo("FILING_OPEN"));
        assertThat(Histories.entry(s, 6).notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo("FILED"));
        assertThat(filings(s)).extracting(Obligation::since, o -> o.metOn().orElseThrow(), Obligation::status, Obligation::late, Obligation::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(d("2024-05-01"), d("2024-05-20"), ObligationStatus.MET, false, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(d("2024-05-02"), d("2024-05-02"), ObligationStatus.MET, false, Optional.empty()));
        assertThat(filings(s).get(0).what().en()).contains("test bureau");
        assertThat(filings(s).get(0).clause()).isEqualTo(TestPolicies.FILING);
    }

    @Test
    void aFilingIsLateWhenMetOrStillOpenMoreThanThirtyDaysAfterTheChange() {
        String[] changed = Histories.then(ESTABLISHED, "2024-05-01 MEMBER_ADDED allConsented supplementaryAgreement");
        assertThat(filings(run(DayCount.INCLUSIVE, Optional.of(d("2024-05-31")), changed))).singleElement()
                .satisfies(o -> assertThat(o.late()).as("the change date + 30 days is still on time").isFalse())
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.OPEN));
        assertThat(filings(run(DayCount.INCLUSIVE, Optional.of(d("2024-06-01")), changed))).singleElement()
                .satisfies(o -> assertThat(o.late()).isTrue())
                .satisfies(o -> assertThat(o.status()).as("never OVERDUE").isEqualTo(ObligationStatus.OPEN));
        Simulation metLate = run(Histories.then(changed, "2024-06-01 CHANGE_FILED"));
        assertThat(filings(metLate)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ObligationStatus.MET);
            assertThat(o.late()).isTrue();
        });
    }

    @Test
    void aChangeFiledWhenNoFilingIsOpenIsRejected() {
        Simulation s = run(Histories.then(ESTABLISHED, "2024-05-01 LEAD_CHANGED filed", "2024-05-02 CHANGE_FILED"));
        assertThat(Histories.last(s).accepted()).isFalse();
        assertThat(Histories.last(s).reason().orElseThrow().en()).contains("no filing of a change is open");
        assertThat(Histories.last(s).clause()).contains(TestPolicies.FILING);
        Simulation plain = Histories.simulate(TestPolicies.PLAIN, "2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true",
                "2024-03-03 ESTABLISHED", "2024-03-04 CHANGE_FILED");
        assertThat(Histories.last(plain).reason().orElseThrow().en()).contains("asks for no filing of changes");
    }

    @Test
    void aChangeBeforeEstablishmentOpensNoFiling() {
        Simulation s = run("2024-03-01 APPLIED", "2024-03-02 MEMBER_ADDED");
        assertThat(Histories.last(s).accepted()).isTrue();
        assertThat(s.obligations()).isEmpty();
    }

    @Test
    void aStatedValidityBeyondTheUsualYearsIsAcceptedWithANoteAndRunsToItsLastDay() {
        Simulation longer = run(DayCount.INCLUSIVE, Optional.of(d("2028-06-30")), "2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true",
                "2024-03-04 NOTICE_STARTED", "2024-03-08 NOTICE_ENDED", "2024-03-12 ESTABLISHED validUntil=2028-03-11");
        TimelineEntry established = Histories.entry(longer, 4);
        assertThat(established.notes()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("VALIDITY_OVER_3_YEARS");
            assertThat(n.en()).contains("2028-03-11").contains("2027-03-11");
        });
        assertThat(established.reason().orElseThrow().en()).contains("valid until 2028-03-11");
        TimelineEntry expired = Histories.last(longer);
        assertThat(expired.event()).isEqualTo("EXPIRED");
        assertThat(expired.on()).isEqualTo(d("2028-03-12"));
        Simulation shorter = run(DayCount.INCLUSIVE, Optional.of(d("2026-06-30")), "2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true",
                "2024-03-04 NOTICE_STARTED", "2024-03-08 NOTICE_ENDED", "2024-03-12 ESTABLISHED validUntil=2026-03-11");
        assertThat(Histories.entry(shorter, 4).notes()).noneSatisfy(n -> assertThat(n.code()).isEqualTo("VALIDITY_OVER_3_YEARS"));
        assertThat(Histories.last(shorter).on()).isEqualTo(d("2026-03-12"));
    }

    @Test
    void theValidityRunsThreeYearsCountedAsR9Says() {
        Simulation inclusive = run(DayCount.INCLUSIVE, Optional.of(d("2027-03-31")), ESTABLISHED);
        assertThat(Histories.last(inclusive).on()).as("last day 2027-03-11").isEqualTo(d("2027-03-12"));
        Simulation civil = run(DayCount.CIVIL, Optional.of(d("2027-03-31")), ESTABLISHED);
        assertThat(Histories.last(civil).on()).as("last day 2027-03-12").isEqualTo(d("2027-03-13"));
        assertThat(Histories.entry(civil, 4).reason().orElseThrow().en()).contains("valid until 2027-03-12");
    }

    @Test
    void aNoticeStartedOnAMondayMayEndOnFridayOrOnTheNextMondayAsR9Says() {
        String[] notice = {"2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true", "2024-03-04 NOTICE_STARTED", "2024-03-08 NOTICE_ENDED",
                "2024-03-11 NOTICE_ENDED"};
        Simulation inclusive = run(notice);
        assertThat(Histories.entry(inclusive, 2).notes()).anySatisfy(n -> assertThat(n.en()).contains("2024-03-08").contains("first and last"));
        assertThat(Histories.entry(inclusive, 3).accepted()).isTrue();
        Simulation civil = run(DayCount.CIVIL, Optional.empty(), notice);
        assertThat(Histories.entry(civil, 2).notes()).anySatisfy(n -> assertThat(n.en()).contains("2024-03-11").contains("first day not"));
        assertThat(Histories.entry(civil, 3).accepted()).isFalse();
        assertThat(Histories.entry(civil, 3).reason().orElseThrow().en()).contains("only 4 working days").contains("2024-03-11");
        assertThat(Histories.entry(civil, 4).accepted()).isTrue();
    }

    @Test
    void aBarLastsThreeYearsCountedAsR9SaysAndItsLastDayIsInForce() {
        String[] history = {"2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true", "2024-03-04 NOTICE_STARTED", "2024-03-08 NOTICE_ENDED",
                "2024-03-12 ESTABLISHED validUntil=2030-12-31", "2024-05-01 LEAD_DEFAULTED leadName=某某公司", "2027-05-01 LEAD_CHANGED leadName=某某公司"};
        Simulation inclusive = run(history);
        assertThat(inclusive.sanctions()).singleElement().satisfies(b -> assertThat(b.lastDay(DayCount.INCLUSIVE)).isEqualTo(d("2027-04-30")));
        assertThat(Histories.entry(inclusive, 5).notes()).anySatisfy(n -> assertThat(n.en()).contains("last day 2027-04-30"));
        assertThat(Histories.last(inclusive).accepted()).as("the bar's last day was 30 April").isTrue();
        Simulation civil = run(DayCount.CIVIL, Optional.empty(), history);
        assertThat(Histories.last(civil).accepted()).as("under R9=civil 1 May is the bar's last day").isFalse();
        assertThat(Histories.last(civil).reason().orElseThrow().en()).contains("2027-05-01");
    }

    @Test
    void aRemarkNotesAMemberChangeWhileNoProjectRuns() {
        Simulation without = run(Histories.then(ESTABLISHED, "2024-05-01 MEMBER_ADDED allConsented supplementaryAgreement"));
        assertThat(Histories.last(without).notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo("CHANGE_WITHOUT_PROJECT"));
        Simulation with = run(Histories.then(ESTABLISHED, "2024-04-01 PROJECT_STARTED level=DISTRICT",
                "2024-05-01 MEMBER_ADDED allConsented supplementaryAgreement"));
        assertThat(Histories.last(with).notes()).noneSatisfy(n -> assertThat(n.code()).isEqualTo("CHANGE_WITHOUT_PROJECT"));
    }

    @Test
    void evidenceAskedOnlyWhileAProjectOfTheLevelRuns() {
        Simulation national = run(Histories.then(ESTABLISHED, "2024-04-01 PROJECT_STARTED level=NATIONAL project=N1", "2024-05-01 MEMBER_REMOVED allConsented supplementaryAgreement",
                "2024-05-02 MEMBER_REMOVED allConsented supplementaryAgreement projectAuthorityApplied"));
        assertThat(Histories.entry(national, 6).accepted()).isFalse();
        assertThat(Histories.entry(national, 6).reason().orElseThrow().en()).contains("projectAuthorityApplied: not stated").contains("N1");
        assertThat(Histories.entry(national, 7).accepted()).isTrue();
        Simulation provincial = run(Histories.then(ESTABLISHED, "2024-04-01 PROJECT_STARTED level=PROVINCIAL",
                "2024-05-01 MEMBER_REMOVED allConsented supplementaryAgreement"));
        assertThat(Histories.last(provincial).accepted()).isTrue();
    }

    @Test
    void projectEndedClosesTheProjectItNamesElseTheEarliestOfItsLevel() {
        Simulation s = run(Histories.then(ESTABLISHED, "2024-04-01 PROJECT_STARTED level=MUNICIPAL", "2024-04-02 PROJECT_STARTED level=NATIONAL project=N1",
                "2024-04-03 PROJECT_STARTED level=MUNICIPAL project=M2", "2024-05-01 PROJECT_ENDED project=N1 level=DISTRICT",
                "2024-05-02 PROJECT_ENDED level=MUNICIPAL", "2024-05-03 PROJECT_ENDED project=N9"));
        assertThat(Histories.entry(s, 8).accepted()).as("the name decides").isTrue();
        assertThat(Histories.entry(s, 9).accepted()).isTrue();
        assertThat(s.projects()).singleElement().satisfies(p -> assertThat(p.name()).contains("M2"));
        assertThat(Histories.entry(s, 10).accepted()).as("no project of that name runs").isFalse();
    }

    @Test
    void terminationSettlesThePendingDecision() {
        Simulation s = Histories.simulate(TestPolicies.PLAIN, "2024-03-01 APPLIED", "2024-03-02 REVIEWED passed=true", "2024-03-03 ESTABLISHED",
                "2025-01-10 EVALUATED grade=POOR", "2025-02-01 TERMINATED");
        assertThat(s.finalState()).isEqualTo(CoreState.REVOKED);
        assertThat(s.flags()).as("the authority decided").isEmpty();
    }

    @Test
    void aFarAsOfDateListsReportsOnlyUpToTheHorizon() {
        Simulation s = run(DayCount.INCLUSIVE, Optional.of(LocalDate.MAX), Histories.then(ESTABLISHED, "2024-05-01 MEMBER_ADDED allConsented supplementaryAgreement"));
        assertThat(s.finalState()).isEqualTo(CoreState.EXPIRED);
        assertThat(s.obligations().stream().filter(o -> o.kind() == Obligation.Kind.REPORT))
                .allSatisfy(o -> assertThat(o.year().orElseThrow()).isLessThanOrEqualTo(Obligations.HORIZON));
        assertThat(filings(s)).singleElement().satisfies(o -> assertThat(o.late()).isTrue());
    }

    @Test
    void aNoticeAtTheEndOfTimeIsACalendarGapNotACrash() {
        var r = Simulator.run(decider(DayCount.INCLUSIVE), List.of(new Event.Applied(LocalDate.MAX.minusDays(3)),
                new Event.Reviewed(LocalDate.MAX.minusDays(2), true), new Event.NoticeStarted(LocalDate.MAX.minusDays(1))),
                Optional.empty(), Optional.of(UnitRef.named("甲公司")));
        assertThat(r.isLeft()).isTrue();
        assertThat(r.getLeft().path()).isEqualTo("events[2].on");
    }
}

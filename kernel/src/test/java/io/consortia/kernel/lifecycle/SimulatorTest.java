package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.UnitRef;

import static io.consortia.kernel.lifecycle.TestPolicies.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.lifecycle.Event.Applied;
import io.consortia.kernel.lifecycle.Event.DissolutionRequested;
import io.consortia.kernel.lifecycle.Event.Established;
import io.consortia.kernel.lifecycle.Event.Evaluated;
import io.consortia.kernel.lifecycle.Event.LeadChanged;
import io.consortia.kernel.lifecycle.Event.LeadDefaulted;
import io.consortia.kernel.lifecycle.Event.MemberAdded;
import io.consortia.kernel.lifecycle.Event.NoticeEnded;
import io.consortia.kernel.lifecycle.Event.NoticeObjected;
import io.consortia.kernel.lifecycle.Event.NoticeStarted;
import io.consortia.kernel.lifecycle.Event.ProjectEnded;
import io.consortia.kernel.lifecycle.Event.ProjectStarted;
import io.consortia.kernel.lifecycle.Event.Renamed;
import io.consortia.kernel.lifecycle.Event.RenewalApplied;
import io.consortia.kernel.lifecycle.Event.ReportSubmitted;
import io.consortia.kernel.lifecycle.Event.Reviewed;
import io.consortia.kernel.lifecycle.Event.Terminated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static Simulation run(LifecyclePolicy policy, List<Event> events) {
        return Simulator.run(TestPolicies.decider(policy), events, Optional.empty(), Optional.empty()).get();
    }

    private static Simulation run(List<Event> events) {
        return run(TestPolicies.full(), events);
    }

    /** APPLIED 2024-03-01 … ESTABLISHED 2024-03-12 through a notice of 5 working days (4-8 March). */
    private static List<Event> establishedOn12March(Event... more) {
        List<Event> out = new ArrayList<>(List.of(new Applied(d("2024-03-01")), new Reviewed(d("2024-03-02"), true),
                new NoticeStarted(d("2024-03-04")), new NoticeEnded(d("2024-03-08")), new Established(d("2024-03-12"))));
        out.addAll(List.of(more));
        return out;
    }

    private static TimelineEntry last(Simulation s) {
        return s.timeline().get(s.timeline().size() - 1);
    }

    @Test
    void walksTheProcedureThroughReviewAndNoticeToEstablished() {
        Simulation s = run(establishedOn12March());
        assertThat(s.timeline()).extracting(TimelineEntry::state).containsExactly(CoreState.UNDER_REVIEW, CoreState.UNDER_REVIEW,
                CoreState.PUBLIC_NOTICE, CoreState.UNDER_REVIEW, CoreState.ESTABLISHED);
        assertThat(s.timeline()).allMatch(TimelineEntry::accepted);
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(last(s).reason()).isPresent();
        assertThat(s.timeline().get(1).reason()).as("no state change, no reason").isEmpty();
        assertThat(s.timeline().get(1).notes()).isNotEmpty();
    }

    @Test
    void rejectsEstablishmentBeforeAPassedReviewWithTheClauseAndKeepsTheState() {
        Simulation s = run(List.of(new Applied(d("2024-03-01")), new Established(d("2024-03-02"))));
        TimelineEntry e = last(s);
        assertThat(e.accepted()).isFalse();
        assertThat(e.state()).isEqualTo(CoreState.UNDER_REVIEW);
        assertThat(e.clause()).contains(TestPolicies.PROCEDURE);
        assertThat(e.reason().orElseThrow().en()).contains("passed review");
    }

    @Test
    void rejectsEstablishmentWithoutTheRequiredNotice() {
        Simulation s = run(List.of(new Applied(d("2024-03-01")), new Reviewed(d("2024-03-02"), true), new Established(d("2024-03-05"))));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).clause()).contains(TestPolicies.NOTICE);
    }

    @Test
    void failedReviewEndsAsRejectedAndTheTerminalStateAbsorbsLaterEvents() {
        Simulation s = run(List.of(new Applied(d("2024-03-01")), new Reviewed(d("2024-03-02"), false), new Applied(d("2024-03-03")),
                new Established(d("2024-03-04"))));
        assertThat(s.timeline().get(1).state()).isEqualTo(CoreState.REJECTED);
        assertThat(s.timeline().subList(2, 4)).allSatisfy(e -> {
            assertThat(e.accepted()).isFalse();
            assertThat(e.state()).isEqualTo(CoreState.REJECTED);
            assertThat(e.reason().orElseThrow().en()).contains("terminal state");
        });
    }

    @Test
    void rejectsANoticeEndedBeforeFiveWorkingDaysAcrossNationalDay() {
        // Fri 27 Sep 2024, Sun 29 Sep (adjusted working day), Mon 30 Sep, 1-7 October off, Tue 8, Wed 9 October.
        List<Event> events = List.of(new Applied(d("2024-09-20")), new Reviewed(d("2024-09-25"), true),
                new NoticeStarted(d("2024-09-27")), new NoticeEnded(d("2024-10-08")), new NoticeEnded(d("2024-10-09")),
                new Established(d("2024-10-10")));
        Simulation s = run(events);
        assertThat(s.timeline().get(2).notes()).anySatisfy(n -> assertThat(n.en()).contains("2024-10-09"));
        TimelineEntry early = s.timeline().get(3);
        assertThat(early.accepted()).isFalse();
        assertThat(early.state()).isEqualTo(CoreState.PUBLIC_NOTICE);
        assertThat(early.reason().orElseThrow().en()).contains("only 4 working days").contains("2024-10-09");
        assertThat(early.clause()).contains(TestPolicies.NOTICE);
        assertThat(s.timeline().get(4).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void establishingDuringTheNoticeCountsItUpToTheDayBefore() {
        List<Event> tooEarly = List.of(new Applied(d("2024-09-20")), new Reviewed(d("2024-09-25"), true),
                new NoticeStarted(d("2024-09-27")), new Established(d("2024-10-09")));
        assertThat(last(run(tooEarly)).accepted()).as("the notice's last day would be 8 October: 4 working days").isFalse();
        List<Event> onTime = List.of(new Applied(d("2024-09-20")), new Reviewed(d("2024-09-25"), true),
                new NoticeStarted(d("2024-09-27")), new Established(d("2024-10-10")));
        assertThat(run(onTime).finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void anObjectionSendsTheApplicationBackUnderReviewAndNeedsANewNotice() {
        List<Event> events = List.of(new Applied(d("2024-03-01")), new Reviewed(d("2024-03-02"), true),
                new NoticeStarted(d("2024-03-04")), new NoticeObjected(d("2024-03-06")), new Established(d("2024-03-20")),
                new NoticeStarted(d("2024-03-21")), new NoticeEnded(d("2024-03-27")), new Established(d("2024-03-28")));
        Simulation s = run(events);
        assertThat(s.timeline().get(3).state()).isEqualTo(CoreState.UNDER_REVIEW);
        assertThat(s.timeline().get(4).accepted()).isFalse();
        assertThat(s.timeline().get(4).clause()).contains(TestPolicies.NOTICE);
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void expiresOnTheThirdAnniversaryAsATimelineEntryOfItsOwnAndAcceptsRenewal() {
        Simulation s = run(establishedOn12March(new ReportSubmitted(d("2027-03-12"), 2026), new RenewalApplied(d("2027-04-01"))));
        TimelineEntry expired = s.timeline().get(5);
        assertThat(expired.event()).isEqualTo("EXPIRED");
        assertThat(expired.on()).isEqualTo(d("2027-03-12"));
        assertThat(expired.timeDriven()).isTrue();
        assertThat(expired.state()).isEqualTo(CoreState.EXPIRED);
        assertThat(expired.clause()).contains(TestPolicies.VALIDITY);
        assertThat(s.timeline().get(6).accepted()).as("a report on the anniversary comes after the expiry").isFalse();
        assertThat(s.timeline().get(7).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.UNDER_REVIEW);
    }

    @Test
    void expiresUpToTheAsOfDateWithoutAnyLaterEvent() {
        Simulation s = Simulator.run(TestPolicies.decider(TestPolicies.full()), establishedOn12March(), Optional.of(d("2027-06-01")),
                Optional.empty()).get();
        assertThat(s.finalState()).isEqualTo(CoreState.EXPIRED);
        assertThat(last(s).event()).isEqualTo("EXPIRED");
        Simulation before = Simulator.run(TestPolicies.decider(TestPolicies.full()), establishedOn12March(), Optional.of(d("2027-03-11")),
                Optional.empty()).get();
        assertThat(before.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void rejectsRenewalBeforeTheStandingRunsOut() {
        Simulation s = run(establishedOn12March(new RenewalApplied(d("2026-12-01"))));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).reason().orElseThrow().en()).contains("2027-03-12");
    }

    @Test
    void revokesAfterTwoConsecutiveUnqualifiedEvaluationsOnly() {
        Simulation apart = run(establishedOn12March(new Evaluated(d("2024-12-01"), Grade.UNQUALIFIED),
                new Evaluated(d("2025-06-01"), Grade.QUALIFIED), new Evaluated(d("2025-12-01"), Grade.UNQUALIFIED)));
        assertThat(apart.finalState()).isEqualTo(CoreState.ESTABLISHED);
        Simulation twice = run(establishedOn12March(new Evaluated(d("2024-12-01"), Grade.UNQUALIFIED),
                new Evaluated(d("2025-12-01"), Grade.UNQUALIFIED)));
        assertThat(twice.finalState()).isEqualTo(CoreState.REVOKED);
        assertThat(last(twice).clause()).contains(TestPolicies.GRADES);
        assertThat(last(twice).reason().orElseThrow().en()).contains("2 consecutive UNQUALIFIED");
    }

    @Test
    void rejectsAGradeTheScaleDoesNotHave() {
        Simulation s = run(establishedOn12March(new Evaluated(d("2024-12-01"), Grade.POOR)));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).clause()).contains(TestPolicies.GRADES);
    }

    @Test
    void excellentBringsTheRollingSupportMeasure() {
        Simulation s = run(establishedOn12March(new Evaluated(d("2024-12-01"), Grade.EXCELLENT)));
        assertThat(s.measures()).singleElement().satisfies(m -> {
            assertThat(m.on()).isEqualTo(d("2024-12-01"));
            assertThat(m.what().en()).isEqualTo("rolling support");
        });
        assertThat(last(s).notes()).anySatisfy(n -> assertThat(n.en()).contains("rolling support"));
    }

    @Test
    void rejectsDissolutionDuringEntrustedWorkAndAllowsItAfterwards() {
        Simulation s = run(establishedOn12March(new ProjectStarted(d("2024-04-01"), ProjectLevel.DISTRICT, false, Optional.empty()),
                new DissolutionRequested(d("2024-05-01")),
                new ProjectStarted(d("2024-06-01"), ProjectLevel.PROVINCIAL, true, Optional.of("P1")),
                new DissolutionRequested(d("2024-07-01")),
                new ProjectEnded(d("2024-08-01"), Optional.empty(), Optional.empty(), Optional.of("P1")),
                new DissolutionRequested(d("2024-09-01"))));
        assertThat(s.timeline().get(6).accepted()).as("a project that is not entrusted does not block").isTrue();
        assertThat(s.timeline().get(6).state()).isEqualTo(CoreState.DISSOLVED);
        Simulation blocked = run(establishedOn12March(new ProjectStarted(d("2024-06-01"), ProjectLevel.PROVINCIAL, true, Optional.of("P1")),
                new DissolutionRequested(d("2024-07-01")),
                new ProjectEnded(d("2024-08-01"), Optional.empty(), Optional.empty(), Optional.of("P1")),
                new DissolutionRequested(d("2024-09-01"))));
        assertThat(blocked.timeline().get(6).accepted()).isFalse();
        assertThat(blocked.timeline().get(6).clause()).contains(TestPolicies.CHANGES);
        assertThat(blocked.timeline().get(6).reason().orElseThrow().en()).contains("P1");
        assertThat(blocked.finalState()).isEqualTo(CoreState.DISSOLVED);
    }

    @Test
    void rejectsALeadChangeDuringAMunicipalProjectButNotADistrictOne() {
        Simulation municipal = run(establishedOn12March(new ProjectStarted(d("2024-04-01"), ProjectLevel.MUNICIPAL, false, Optional.empty()),
                new LeadChanged(d("2024-05-01"), ChangeEvidence.none(), Optional.empty())));
        assertThat(last(municipal).accepted()).isFalse();
        Simulation district = run(establishedOn12March(new ProjectStarted(d("2024-04-01"), ProjectLevel.DISTRICT, false, Optional.empty()),
                new LeadChanged(d("2024-05-01"), ChangeEvidence.none(), Optional.empty())));
        assertThat(last(district).accepted()).isTrue();
    }

    @Test
    void rejectsAMemberChangeThatDoesNotShowConsentAndAgreement() {
        Simulation s = run(establishedOn12March(new MemberAdded(d("2024-05-01"), ChangeEvidence.of(Evidence.ALL_CONSENTED), Optional.empty()),
                new MemberAdded(d("2024-05-02"), ChangeEvidence.of(Evidence.ALL_CONSENTED, Evidence.SUPPLEMENTARY_AGREEMENT), Optional.empty())));
        TimelineEntry missing = s.timeline().get(5);
        assertThat(missing.accepted()).isFalse();
        assertThat(missing.reason().orElseThrow().en()).contains("supplementaryAgreement: not stated").doesNotContain("allConsented");
        assertThat(last(s).accepted()).isTrue();
    }

    @Test
    void aChangeBeforeEstablishmentIsARevisionOfTheApplication() {
        Simulation s = run(List.of(new Applied(d("2024-03-01")), new Renamed(d("2024-03-02"), ChangeEvidence.none(), Optional.empty())));
        assertThat(last(s).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.UNDER_REVIEW);
    }

    @Test
    void renamingAnEstablishedConsortiumDissolvesItUnderTheEnding() {
        Simulation s = run(establishedOn12March(new Renamed(d("2024-05-01"), ChangeEvidence.none(), Optional.of("新名"))));
        assertThat(s.finalState()).isEqualTo(CoreState.DISSOLVED);
        assertThat(last(s).clause()).contains(TestPolicies.ENDING);
    }

    @Test
    void aDefaultingLeadIsBarredForThreeYearsAndCannotLeadAgain() {
        UnitRef lead = UnitRef.named("某某公司");
        List<Event> events = establishedOn12March(new LeadDefaulted(d("2024-05-01"), Optional.empty()),
                new LeadChanged(d("2024-05-02"), ChangeEvidence.none(), Optional.of(lead)),
                new LeadChanged(d("2024-05-03"), ChangeEvidence.none(), Optional.of(UnitRef.named("另一公司"))));
        Simulation s = Simulator.run(TestPolicies.decider(TestPolicies.full()), events, Optional.empty(), Optional.of(lead)).get();
        assertThat(s.sanctions()).singleElement().satisfies(b -> {
            assertThat(b.unit()).isEqualTo(lead);
            assertThat(b.from()).isEqualTo(d("2024-05-01"));
            assertThat(b.until()).isEqualTo(d("2027-05-01"));
            assertThat(b.reason()).isEqualTo("LEAD_DEFAULTED");
        });
        assertThat(s.timeline().get(6).accepted()).as("the barred unit cannot become the lead").isFalse();
        assertThat(s.timeline().get(6).clause()).contains(TestPolicies.BAR);
        assertThat(last(s).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void reportsAreOpenMetOrOverdueAsOfTheDate() {
        List<Event> events = establishedOn12March(new ReportSubmitted(d("2025-01-20"), 2024));
        Simulation s = Simulator.run(TestPolicies.decider(TestPolicies.full()), events, Optional.of(d("2026-02-15")), Optional.empty()).get();
        assertThat(s.obligations()).extracting(o -> o.year().orElseThrow(), o -> o.due().orElseThrow(), Obligation::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2024, d("2025-01-31"), ObligationStatus.MET),
                org.assertj.core.groups.Tuple.tuple(2025, d("2026-01-31"), ObligationStatus.OVERDUE),
                org.assertj.core.groups.Tuple.tuple(2026, d("2027-01-31"), ObligationStatus.OPEN));
        assertThat(s.obligations().get(0).since()).isEqualTo(d("2024-03-12"));
        assertThat(s.obligations().get(2).since()).isEqualTo(d("2026-01-01"));
        assertThat(s.obligations().get(0).late()).isFalse();
    }

    @Test
    void aLateReportIsMetAndSaysSo() {
        Simulation s = run(establishedOn12March(new ReportSubmitted(d("2025-02-10"), 2024)));
        assertThat(s.obligations().get(0).status()).isEqualTo(ObligationStatus.MET);
        assertThat(s.obligations().get(0).late()).isTrue();
        assertThat(last(s).notes()).anySatisfy(n -> assertThat(n.en()).contains("late"));
    }

    @Test
    void aReportNeverDueWhileTheConsortiumExistedIsDropped() {
        Simulation s = run(TestPolicies.full(), establishedOn12March(new DissolutionRequested(d("2024-12-01"))));
        assertThat(s.obligations()).isEmpty();
    }

    @Test
    void anUncoveredYearIsAnErrorOnTheStatutoryCalendarAndReportedWhenApproximated() {
        List<Event> events = List.of(new Applied(d("2030-09-20")), new Reviewed(d("2030-09-25"), true), new NoticeStarted(d("2030-09-27")));
        var strict = Simulator.run(TestPolicies.strict(TestPolicies.full()), events,
                Optional.empty(), Optional.empty());
        assertThat(strict.isLeft()).isTrue();
        assertThat(strict.getLeft().path()).isEqualTo("events[2].on");
        assertThat(strict.getLeft().message().en()).contains("2030-09-27").contains("approximation");
        Simulation approx = Simulator.run(TestPolicies.decider(TestPolicies.full()), events, Optional.empty(), Optional.empty()).get();
        assertThat(approx.approximatedYears()).containsExactly(2030);
    }

    @Test
    void eventsOutOfDateOrderAreAnError() {
        var r = Simulator.run(TestPolicies.decider(TestPolicies.full()),
                List.of(new Applied(d("2024-03-02")), new Reviewed(d("2024-03-01"), true)), Optional.empty(), Optional.empty());
        assertThat(r.getLeft()).isInstanceOf(SimulationError.OutOfOrder.class);
        assertThat(r.getLeft().path()).isEqualTo("events[1].on");
    }

    @Test
    void eventsAfterTheAsOfDateAreNotReplayed() {
        Simulation s = Simulator.run(TestPolicies.decider(TestPolicies.full()), establishedOn12March(), Optional.of(d("2024-03-05")),
                Optional.empty()).get();
        assertThat(s.timeline()).hasSize(3);
        assertThat(s.notReplayed()).isEqualTo(2);
        assertThat(s.finalState()).isEqualTo(CoreState.PUBLIC_NOTICE);
    }

    @Test
    void aJurisdictionsOwnEventIsAcceptedOnlyInItsStep() {
        Simulation s = run(List.of(new Event.Own(d("2024-03-01"), "SITE_VISITED"), new Applied(d("2024-03-02")),
                new Event.Own(d("2024-03-03"), "SITE_VISITED")));
        assertThat(s.timeline().get(0).accepted()).isFalse();
        assertThat(s.timeline().get(2).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.UNDER_REVIEW);
    }

    @Test
    void aPoorGradeFlagsForTheAuthorityWhoseTerminationCitesIt() {
        List<Event> base = List.of(new Applied(d("2024-03-01")), new Reviewed(d("2024-03-02"), true), new Established(d("2024-03-03")),
                new Evaluated(d("2025-01-10"), Grade.POOR));
        Simulation flagged = run(TestPolicies.plain(), base);
        assertThat(flagged.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(flagged.flags()).singleElement().satisfies(f -> assertThat(f.what().en()).isEqualTo("adjust or terminate"));
        List<Event> terminated = new ArrayList<>(base);
        terminated.add(new Terminated(d("2025-02-01")));
        Simulation t = run(TestPolicies.plain(), terminated);
        assertThat(t.finalState()).isEqualTo(CoreState.REVOKED);
        assertThat(last(t).clause()).contains(TestPolicies.GRADES);
        List<Event> settled = new ArrayList<>(base);
        settled.add(new Evaluated(d("2026-01-10"), Grade.QUALIFIED));
        assertThat(run(TestPolicies.plain(), settled).flags()).isEmpty();
    }

    @Test
    void aPolicyWithoutANoticeRejectsNoticeEvents() {
        Simulation s = run(TestPolicies.plain(), List.of(new Applied(d("2024-03-01")), new Reviewed(d("2024-03-02"), true),
                new NoticeStarted(d("2024-03-03"))));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).reason().orElseThrow().en()).contains("no public notice");
    }

    @Test
    void replayingTheSameHistoryGivesTheSameSimulation() {
        List<Event> events = establishedOn12March(new Evaluated(d("2024-12-01"), Grade.EXCELLENT), new LeadDefaulted(d("2025-01-01"),
                Optional.empty()));
        assertThat(run(events)).isEqualTo(run(events));
    }

    @Test
    void theInitialStateIsProposed() {
        assertThat(LifecycleState.initial(Optional.empty()).core()).isEqualTo(CoreState.PROPOSED);
        LocalDate any = d("2024-01-01");
        assertThat(TestPolicies.decider(TestPolicies.full()).decide(LifecycleState.initial(Optional.empty()), new Established(any)))
                .isInstanceOf(Decision.Rejected.class);
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

/**
 * Synthetic lifecycle policies for the kernel's own tests (the real ones live in the jurisdiction
 * modules): {@link #full()} uses every feature the kernel runs, {@link #plain()} none of the
 * optional ones.
 */
final class TestPolicies {

    private TestPolicies() {}

    static final Clause PROCEDURE = Clause.of("四");
    static final Clause NOTICE = Clause.of("四(三)");
    static final Clause VALIDITY = Clause.of("五");
    static final Clause REPORT = Clause.of("六(一)");
    static final Clause GRADES = Clause.of("六(二)");
    static final Clause CHANGES = Clause.of("六(三)");
    static final Clause BAR = Clause.of("六(四)");
    static final Clause ENDING = Clause.of("六(五)");

    /** Every feature: a 5-working-day notice, 3-year validity, reports, grades, guards, an ending, a sanction. */
    static LifecyclePolicy full() {
        return LifecyclePolicy.builder("test")
                .step(Step.of("apply", "申请", "apply", CoreState.PROPOSED, PROCEDURE, Actor.APPLICANT).events(EventType.APPLIED))
                .step(Step.of("review", "审核", "review", CoreState.UNDER_REVIEW, PROCEDURE, Actor.EXPERTS).events("REVIEWED", "SITE_VISITED"))
                .step(Step.of("notice", "公示", "notice", CoreState.PUBLIC_NOTICE, NOTICE, Actor.PUBLIC)
                        .events(EventType.NOTICE_STARTED, EventType.NOTICE_OBJECTED, EventType.NOTICE_ENDED).deadline("5个工作日", "5 working days"))
                .step(Step.of("filing", "备案", "filing", CoreState.UNDER_REVIEW, PROCEDURE, Actor.CITY_BUREAU).events(EventType.ESTABLISHED))
                .step(Step.of("renewal", "重新申请", "renewal", CoreState.EXPIRED, VALIDITY, Actor.APPLICANT).events(EventType.RENEWAL_APPLIED))
                .step(Step.of("report", "年报", "report", CoreState.ESTABLISHED, REPORT, Actor.APPLICANT).events(EventType.REPORT_SUBMITTED))
                .supervision(Clause.of("七"))
                .notice(NoticeRule.atLeast(5, NOTICE))
                .validity(new Validity(3, VALIDITY))
                .report(new ReportDuty("{year}年报", "report on {year}", MonthDay.of(1, 31), 1, REPORT))
                .grades(EnumSet.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED), GRADES)
                .onGrade(new GradeRule(Grade.EXCELLENT, 1, new Consequence.Measure(Text.of("滚动支持", "rolling support")), GRADES))
                .onGrade(new GradeRule(Grade.UNQUALIFIED, 2, new Consequence.Revoke(Text.of("取消", "cancelled")), GRADES))
                .guard(new Guard.NotWhileProject(Set.of(EventType.DISSOLUTION_REQUESTED), EnumSet.allOf(ProjectLevel.class), true,
                        Text.of("委托任务期间不得解散", "no dissolution during entrusted work"), CHANGES))
                .guard(new Guard.NotWhileProject(Set.of(EventType.LEAD_CHANGED), ProjectLevel.MUNICIPAL.andAbove(), false,
                        Text.of("市级以上项目期间不得变更牵头单位", "no change of lead during a municipal-or-higher project"), CHANGES))
                .guard(new Guard.RequiresEvidence(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED),
                        Set.of(Evidence.ALL_CONSENTED, Evidence.SUPPLEMENTARY_AGREEMENT), Text.of("须全体同意并签补充协议", "consent and agreement"),
                        CHANGES))
                .ending(new Ending(Set.of(EventType.RENAMED), CoreState.DISSOLVED, Text.of("更名即解散", "renaming dissolves"), ENDING))
                .sanction(new SanctionRule(3, Text.of("禁止三年", "barred 3 years"), BAR))
                .build();
    }

    /** Only what every policy has: apply, review, establish. */
    static LifecyclePolicy plain() {
        return LifecyclePolicy.builder("plain")
                .step(Step.of("apply", "申请", "apply", CoreState.PROPOSED, PROCEDURE, Actor.APPLICANT).events(EventType.APPLIED))
                .step(Step.of("review", "审核", "review", CoreState.UNDER_REVIEW, PROCEDURE, Actor.EXPERTS).events(EventType.REVIEWED))
                .step(Step.of("approve", "批准", "approval", CoreState.UNDER_REVIEW, PROCEDURE, Actor.CITY_BUREAU).events(EventType.ESTABLISHED))
                .supervision(Clause.of("六"))
                .onGrade(new GradeRule(Grade.POOR, 1, new Consequence.Flag(Text.of("调整或终止", "adjust or terminate")), GRADES))
                .build();
    }

    /** The 2024 statutory calendar, covering 2024 only. */
    static WorkingDayCalendar calendar2024() {
        return io.consortia.tck.Histories.calendar2024();
    }

    static Decider decider(LifecyclePolicy policy) {
        return new Decider(policy, calendar2024(), CalendarMode.WEEKDAY_APPROXIMATION);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}

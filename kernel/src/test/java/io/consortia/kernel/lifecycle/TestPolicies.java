package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.parameter.Param;
import io.consortia.tck.LifecycleEditions;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic lifecycle policies for the kernel's own tests (the real ones live in the jurisdiction
 * modules), built through the registrar: {@link #full()} uses every feature the kernel runs,
 * {@link #plain()} none of the optional ones.
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
    static final Clause FILING = Clause.of("六(六)");

    /** The document the parameters cite. */
    static final String TEXT = "公示不少于5个工作日。有效期3年。次年1月31日前报送。连续两次不合格的取消。三年内不得牵头。";

    private static final Map<LifecyclePolicy, Edition> EDITIONS = new IdentityHashMap<>();

    static final Edition FULL = LifecycleEditions.of("test", TEXT, e -> {
        Param<Integer> notice = e.workingDays("notice.workingDays", 5).cites("四(三)", "公示不少于5个工作日。").means("公示", "notice");
        Param<Integer> validity = e.years("validity.years", 3).cites("五", "有效期3年。").means("有效期", "validity");
        Param<MonthDay> due = e.monthDay("report.due", MonthDay.of(1, 31)).cites("六(一)", "次年1月31日前报送。").means("报告", "report");
        Param<Integer> twice = e.count("evaluation.revokeAfter", 2).cites("六(二)", "连续两次不合格的取消。").means("次数", "times");
        Param<Integer> bar = e.years("bar.years", 3).cites("六(四)", "三年内不得牵头。").means("禁止", "bar");
        e.lifecycle()
                .step(Step.of("apply", "申请", "apply", CoreState.PROPOSED, PROCEDURE, Actor.APPLICANT).events(EventType.APPLIED))
                .step(Step.of("review", "审核", "review", CoreState.UNDER_REVIEW, PROCEDURE, Actor.EXPERTS).events("REVIEWED", "SITE_VISITED"))
                .step(Step.of("notice", "公示", "notice", CoreState.PUBLIC_NOTICE, NOTICE, Actor.PUBLIC)
                        .events(EventType.NOTICE_STARTED, EventType.NOTICE_OBJECTED, EventType.NOTICE_ENDED)
                        .deadline("{0}个工作日", "{0} working days", notice))
                .step(Step.of("filing", "备案", "filing", CoreState.UNDER_REVIEW, PROCEDURE, Actor.CITY_BUREAU).events(EventType.ESTABLISHED))
                .step(Step.of("renewal", "重新申请", "renewal", CoreState.EXPIRED, VALIDITY, Actor.APPLICANT).events(EventType.RENEWAL_APPLIED))
                .step(Step.of("report", "年报", "report", CoreState.ESTABLISHED, REPORT, Actor.APPLICANT).events(EventType.REPORT_SUBMITTED))
                .step(Step.of("changes", "变更", "changes", CoreState.ESTABLISHED, FILING, Actor.APPLICANT).events(EventType.CHANGE_FILED))
                .supervision(Clause.of("七"))
                .notice(notice, NOTICE)
                .validity(validity, VALIDITY)
                .report(ReportDuty.followingYear("{year}年报", "report on {year}", due, REPORT))
                .grades(EnumSet.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED), GRADES)
                .onGrade(Grade.EXCELLENT, new Consequence.Measure(Text.of("滚动支持", "rolling support")), GRADES)
                .onGrade(Grade.UNQUALIFIED, twice, new Consequence.Revoke(Text.of("取消", "cancelled")), GRADES)
                .guard(new Guard.NotWhileProject(Set.of(EventType.DISSOLUTION_REQUESTED), EnumSet.allOf(ProjectLevel.class), true,
                        Text.of("委托任务期间不得解散", "no dissolution during entrusted work"), CHANGES))
                .guard(new Guard.NotWhileProject(Set.of(EventType.LEAD_CHANGED), ProjectLevel.MUNICIPAL.andAbove(), false,
                        Text.of("市级以上项目期间不得变更牵头单位", "no change of lead during a municipal-or-higher project"), CHANGES))
                .guard(new Guard.RequiresEvidence(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED),
                        Set.of(Evidence.ALL_CONSENTED, Evidence.SUPPLEMENTARY_AGREEMENT), Text.of("须全体同意并签补充协议", "consent and agreement"),
                        CHANGES))
                .guard(new Guard.RequiresEvidence(Set.of(EventType.MEMBER_REMOVED), Set.of(Evidence.PROJECT_AUTHORITY_APPLIED),
                        Set.of(ProjectLevel.NATIONAL), Text.of("国家项目期间须申请", "an application during a national project"), CHANGES))
                .ending(new Ending(Set.of(EventType.RENAMED), CoreState.DISSOLVED, Text.of("更名即解散", "renaming dissolves"), ENDING))
                .filing(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED, EventType.LEAD_CHANGED), "测试局",
                        Text.of("报测试局备案", "file with the test bureau"), FILING)
                .remark(new Remark(Set.of(EventType.MEMBER_ADDED), "CHANGE_WITHOUT_PROJECT", Text.of("无项目", "no project"), CHANGES,
                        c -> c.ledger().projects().isEmpty()))
                .sanction(bar, Text.of("禁止", "barred"), BAR);
    });

    static final Edition PLAIN = LifecycleEditions.of("plain", TEXT, e -> e.lifecycle()
            .step(Step.of("apply", "申请", "apply", CoreState.PROPOSED, PROCEDURE, Actor.APPLICANT).events(EventType.APPLIED))
            .step(Step.of("review", "审核", "review", CoreState.UNDER_REVIEW, PROCEDURE, Actor.EXPERTS).events(EventType.REVIEWED))
            .step(Step.of("approve", "批准", "approval", CoreState.UNDER_REVIEW, PROCEDURE, Actor.CITY_BUREAU).events(EventType.ESTABLISHED))
            .supervision(Clause.of("六"))
            .onGrade(Grade.POOR, new Consequence.Flag(Text.of("调整或终止", "adjust or terminate")), GRADES));

    static {
        EDITIONS.put(full(), FULL);
        EDITIONS.put(plain(), PLAIN);
    }

    /** Every feature: a 5-working-day notice, 3-year validity, reports, grades, guards, an ending, a sanction. */
    static LifecyclePolicy full() {
        return FULL.lifecycle().orElseThrow();
    }

    /** Only what every policy has: apply, review, establish. */
    static LifecyclePolicy plain() {
        return PLAIN.lifecycle().orElseThrow();
    }

    static Edition edition(LifecyclePolicy policy) {
        return EDITIONS.get(policy);
    }

    /** The 2024 statutory calendar, covering 2024 only. */
    static WorkingDayCalendar calendar2024() {
        return io.consortia.tck.Histories.calendar2024();
    }

    static Decider decider(LifecyclePolicy policy) {
        return LifecycleEditions.decider(edition(policy), calendar2024(), CalendarMode.WEEKDAY_APPROXIMATION);
    }

    static Decider strict(LifecyclePolicy policy) {
        return LifecycleEditions.decider(edition(policy), calendar2024(), CalendarMode.STATUTORY);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}

package io.consortia.jurisdiction.jiyuan;

import static io.consortia.kernel.lifecycle.Actor.APPLICANT;
import static io.consortia.kernel.lifecycle.Actor.CITY_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.EXPERTS;
import static io.consortia.kernel.lifecycle.Actor.MEMBERS;
import static io.consortia.kernel.lifecycle.Actor.PUBLIC;
import static io.consortia.kernel.lifecycle.CoreState.ESTABLISHED;
import static io.consortia.kernel.lifecycle.CoreState.PROPOSED;
import static io.consortia.kernel.lifecycle.CoreState.PUBLIC_NOTICE;
import static io.consortia.kernel.lifecycle.CoreState.UNDER_REVIEW;

import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.Evidence;
import io.consortia.kernel.lifecycle.Guard;
import io.consortia.kernel.lifecycle.ProjectLevel;
import io.consortia.kernel.lifecycle.ReportDuty;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.time.MonthDay;
import java.util.Set;

/**
 * 济源 Jiyuan's lifecycle (《济源创新联合体培育建设工作方案（试行）》征求意见稿, 四, 六): filing (备案)
 * accepted all year: application with the signed formation agreement, expert review, an online
 * public notice of at least 5 working days (the Chinese statutory calendar, with its adjusted
 * working days; counted per reading R9), filing when no objection is raised. Afterwards an annual
 * report and next year's plan by 31 December (both parameters: {@code jiyuan.notice.workingDays},
 * {@code jiyuan.report.due}); no dissolution and no change of lead
 * while a municipal-or-higher project runs; member changes with all members' consent, a
 * supplementary agreement (preconditions), each then to be filed with 工科局 (a follow-up
 * obligation, catalog v2 "Change filings").
 */
public final class JiyuanLifecycle {

    static final Clause SUPERVISION = Clause.quoted("六", "六、监督管理");
    static final Clause APPLICATION = Clause.quoted("四(一)",
            "由牵头单位发起，与成员单位共同签署组建协议，根据本方案要求填报《济源创新联合体组建备案申请表》及相关材料，报送至科技管理部门。");
    static final Clause REVIEW = Clause.quoted("四(二)", "材料受理后，工科局组织专家对牵头单位资格和申报材料进行审查，确定推荐备案名单。");
    static final Clause NOTICE = Clause.quoted("四(三)",
            "工科局对符合要求的创新联合体进行网上公示（不少于5个工作日），公示无异议予以备案，命名为“济源×××（领域）创新联合体”。");
    static final Clause REPORT = Clause.quoted("六(一)", "经备案组建的创新联合体，应当在每年12月31日前向工科局高新科报送年度工作报告和下一年度的工作计划。");
    static final Clause PROJECT_PERIOD = Clause.quoted("六(二)", "创新联合体在承担市级及以上科技计划项目期间，不得自行解散或变更联合体牵头单位。");
    static final Clause MEMBER_CHANGES = Clause.quoted("六(二)", "若需增减成员单位，应经全体成员单位同意后，签署补充协议，并及时报工科局备案。");

    private JiyuanLifecycle() {}

    /** Declares the lifecycle's parameters and registers its procedure and what follows establishment. */
    public static void register(EditionSetup e) {
        Param<Integer> noticeDays = e.workingDays("notice.workingDays", 5)
                .cites("四(三)", NOTICE.quote().orElseThrow())
                .means("网上公示的最短时长", "least length of the online public notice").concept(Concepts.NOTICE_WORKING_DAYS);
        Param<MonthDay> reportDue = e.monthDay("report.due", MonthDay.of(12, 31))
                .cites("六(一)", REPORT.quote().orElseThrow())
                .means("年度工作报告的报送期限", "when the annual work report is due").concept(Concepts.REPORT_DUE);
        Set<ProjectLevel> municipalOrHigher = ProjectLevel.MUNICIPAL.andAbove();
        e.lifecycle()
                .step(Step.of("application", "签署组建协议，填报备案申请表", "formation agreement signed; filing form submitted", PROPOSED, APPLICATION,
                        APPLICANT, MEMBERS).events(EventType.APPLIED))
                .step(Step.of("review", "工科局组织专家审查牵头单位资格和申报材料", "expert review of the lead's qualification and the materials",
                        UNDER_REVIEW, REVIEW, CITY_BUREAU, EXPERTS).events(EventType.REVIEWED))
                .step(Step.of("notice", "网上公示", "online public notice", PUBLIC_NOTICE, NOTICE, CITY_BUREAU, PUBLIC)
                        .events(EventType.NOTICE_STARTED, EventType.NOTICE_OBJECTED, EventType.NOTICE_ENDED)
                        .deadline("不少于{0}个工作日（法定工作日历，含调休）", "at least {0} working days (statutory calendar with adjusted working days)",
                                noticeDays))
                .step(Step.of("filing", "公示无异议予以备案并命名", "filed and named when no objection is raised", UNDER_REVIEW, NOTICE, CITY_BUREAU)
                        .events(EventType.ESTABLISHED))
                .step(Step.of("annual-report", "报送年度工作报告和下一年度工作计划", "annual work report and next year's plan", ESTABLISHED, REPORT,
                        APPLICANT, CITY_BUREAU).events(EventType.REPORT_SUBMITTED)
                        .deadline("每年{0}前", "by {0} every year", reportDue))
                .step(Step.of("projects", "承担市级及以上科技计划项目期间不得自行解散或变更牵头单位",
                        "no dissolution and no change of lead while a municipal-or-higher project runs", ESTABLISHED, PROJECT_PERIOD, APPLICANT)
                        .events(EventType.PROJECT_STARTED, EventType.PROJECT_ENDED, EventType.DISSOLUTION_REQUESTED, EventType.LEAD_CHANGED))
                .step(Step.of("member-changes", "增减成员单位：全体成员同意，签署补充协议，报工科局备案",
                        "member changes: all members consent, a supplementary agreement, then filing", ESTABLISHED, MEMBER_CHANGES, APPLICANT,
                        MEMBERS, CITY_BUREAU).events(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED, EventType.CHANGE_FILED)
                        .deadline("及时报工科局备案（无具体期限）", "filed promptly with 工科局 (no date set)"))
                .supervision(SUPERVISION)
                .notice(noticeDays, NOTICE)
                .report(ReportDuty.sameYear("{year}年度工作报告和{next}年度工作计划", "annual work report for {year} and work plan for {next}",
                        reportDue, REPORT))
                .guard(new Guard.NotWhileProject(Set.of(EventType.DISSOLUTION_REQUESTED), municipalOrHigher, false,
                        Text.of("承担市级及以上科技计划项目期间不得自行解散", "no self-dissolution while a municipal-or-higher project runs"),
                        PROJECT_PERIOD))
                .guard(new Guard.NotWhileProject(Set.of(EventType.LEAD_CHANGED), municipalOrHigher, false,
                        Text.of("承担市级及以上科技计划项目期间不得变更牵头单位", "no change of lead while a municipal-or-higher project runs"),
                        PROJECT_PERIOD))
                .guard(new Guard.RequiresEvidence(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED),
                        Set.of(Evidence.ALL_CONSENTED, Evidence.SUPPLEMENTARY_AGREEMENT),
                        Text.of("增减成员单位应经全体成员单位同意，签署补充协议",
                                "adding or removing members needs all members' consent and a supplementary agreement"),
                        MEMBER_CHANGES))
                .filing(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED), "工科局",
                        Text.of("增减成员单位报工科局备案", "file the member change with 工科局 (the industry, information and S&T bureau)"),
                        MEMBER_CHANGES);
    }
}

package io.consortia.jurisdiction.yongchuan;

import static io.consortia.kernel.lifecycle.Actor.APPLICANT;
import static io.consortia.kernel.lifecycle.Actor.DISTRICT_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.EXPERTS;
import static io.consortia.kernel.lifecycle.CoreState.ESTABLISHED;
import static io.consortia.kernel.lifecycle.CoreState.PROPOSED;
import static io.consortia.kernel.lifecycle.CoreState.UNDER_REVIEW;

import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.Consequence;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.Grade;
import io.consortia.kernel.lifecycle.ReportDuty;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.time.MonthDay;
import java.util.Set;

/**
 * 永川 Yongchuan's lifecycle (永川府办发〔2023〕27号 四, 三(四)): proposal, feasibility review by the
 * district S&T bureau with experts, launch and naming; a self-evaluation report on each year due
 * in January of the next; an annual evaluation whose EXCELLENT brings rolling project support
 * and whose POOR flags the consortium "to be adjusted or terminated" (the bureau then decides);
 * major changes (of lead or name) filed with the district bureau.
 */
public final class YongchuanLifecycle {

    static final Clause PROPOSAL = Clause.quoted("四(一)", "牵头企业整合相关创新资源，注重带动中小企业创新能力提升，提出创新联合体组建方案。");
    static final Clause REVIEW = Clause.quoted("四(二)",
            "区科技局会同相关部门，组织技术专家和管理专家，对创新联合体组建方案进行咨询论证，联合体根据咨询论证意见完善组建方案。");
    static final Clause LAUNCH = Clause.quoted("四(三)", "对于条件相对成熟且通过咨询论证的，区科技局支持启动创新联合体建设");
    static final Clause REPORT = Clause.quoted("四(四)", "每家创新联合体次年1月向区科技局书面上报上年度实施情况自评报告。");
    static final Clause EVALUATION = Clause.quoted("四(四)", "评价结果优秀的，根据项目实施情况后续给予项目滚动支持；评价结果较差的视情调整或终止。");
    static final Clause MEMBERS = Clause.quoted("三(二)", "创新联合体可根据实际情况需求，及时吸收调整联合体成员。");
    static final Clause CHANGES = Clause.quoted("三(四)", "创新联合体有关重大事项变更需报区科技局备案。");
    static final Clause COORDINATION = Clause.quoted("六(五)", "由区科技局负责统筹协调和推进创新联合体建设");

    private YongchuanLifecycle() {}

    /** Declares the lifecycle's parameters and registers its procedure and what follows establishment. */
    public static void register(EditionSetup e) {
        Param<MonthDay> reportDue = e.monthDay("report.due", MonthDay.of(1, 31))
                .cites("四(四)", REPORT.quote().orElseThrow())
                .means("上年度自评报告的报送期限（次年1月内）", "when the self-evaluation report on the past year is due (in January of the next)")
                .concept(Concepts.REPORT_DUE);
        Consequence adjustOrTerminate = new Consequence.Flag(Text.of("视情调整或终止（由区科技局决定）",
                "to be adjusted or terminated (the district S&T bureau decides)"));
        e.lifecycle()
                .step(Step.of("propose", "提出组建方案（定向组织或自主申报）", "construction plan proposed (directed or self-applied)", PROPOSED,
                        PROPOSAL, APPLICANT, DISTRICT_BUREAU).events(EventType.APPLIED))
                .step(Step.of("review", "组织方案咨询论证，完善组建方案", "feasibility review by technical and management experts; plan revised",
                        UNDER_REVIEW, REVIEW, DISTRICT_BUREAU, EXPERTS).events("REVIEWED", "PLAN_REVISED"))
                .step(Step.of("launch", "启动建设并命名，明确五年建设发展目标", "launch and naming, with five-year goals", UNDER_REVIEW, LAUNCH,
                        DISTRICT_BUREAU).events(EventType.ESTABLISHED))
                .step(Step.of("self-evaluation", "书面上报上年度实施情况自评报告", "written self-evaluation report on the past year", ESTABLISHED,
                        REPORT, APPLICANT).events(EventType.REPORT_SUBMITTED)
                        .deadline("次年{0}前", "by {0} of the following year", reportDue))
                .step(Step.of("evaluation", "年度评价：优秀滚动支持，较差视情调整或终止",
                        "annual evaluation: EXCELLENT brings rolling support, POOR adjustment or termination", ESTABLISHED, EVALUATION,
                        DISTRICT_BUREAU).events(EventType.EVALUATED, EventType.TERMINATED))
                .step(Step.of("members", "根据需求及时吸收调整成员", "members taken in or adjusted as needed", ESTABLISHED, MEMBERS,
                        APPLICANT).events(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED))
                .step(Step.of("changes", "重大事项（牵头单位、名称）变更报区科技局备案", "major changes (lead, name) filed with the district S&T bureau",
                        ESTABLISHED, CHANGES, APPLICANT, DISTRICT_BUREAU).events(EventType.LEAD_CHANGED, EventType.RENAMED, EventType.CHANGE_FILED))
                .supervision(COORDINATION)
                .report(ReportDuty.followingYear("{year}年度实施情况自评报告", "self-evaluation report on {year}", reportDue, REPORT))
                .onGrade(Grade.EXCELLENT, new Consequence.Measure(Text.of("根据项目实施情况后续给予项目滚动支持",
                        "rolling project support, according to how its projects are carried out")), EVALUATION)
                .onGrade(Grade.POOR, adjustOrTerminate, EVALUATION)
                // The text names 优秀 and 较差 only; an UNQUALIFIED grade is worse than 较差, so it is
                // treated alike (flagged), never as an automatic end.
                .onGrade(Grade.UNQUALIFIED, adjustOrTerminate, EVALUATION)
                // 重大事项 is read as a change of the lead or of the name; member changes are the
                // consortium's own business (三(二)) and are not filed.
                .filing(Set.of(EventType.LEAD_CHANGED, EventType.RENAMED), "区科技局",
                        Text.of("重大事项变更报区科技局备案", "file the major change with 区科技局 (the district S&T bureau)"), CHANGES);
    }
}

package io.consortia.jurisdiction.suzhou;

import static io.consortia.kernel.lifecycle.Actor.APPLICANT;
import static io.consortia.kernel.lifecycle.Actor.CITY_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.DISTRICT_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.EXPERTS;
import static io.consortia.kernel.lifecycle.Actor.LOCAL_GOVERNMENT;
import static io.consortia.kernel.lifecycle.Actor.MEMBERS;
import static io.consortia.kernel.lifecycle.Actor.THIRD_PARTY;
import static io.consortia.kernel.lifecycle.CoreState.ESTABLISHED;
import static io.consortia.kernel.lifecycle.CoreState.PROPOSED;
import static io.consortia.kernel.lifecycle.CoreState.UNDER_REVIEW;

import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.Consequence;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.Grade;
import io.consortia.kernel.lifecycle.Guard;
import io.consortia.kernel.lifecycle.ProjectLevel;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * 苏州 Suzhou's lifecycle (《苏州市创新联合体建设实施方案》 四, 六): the lead determined (city-led, or
 * selected by a county-level city or district), organisation and charter, application, the
 * county's review and recommendation letter on the county path, approval (立项) by the city S&T
 * bureau; periodic evaluation graded 优秀/合格/不合格, two consecutive 不合格 cancelling the
 * consortium; no self-dissolution during government-entrusted work; changes of name, members or
 * head accepted, each opening the obligation to file it in writing (catalog v2 "Change filings"); a defaulting lead barred for three years. The counts are parameters of
 * the edition ({@code suzhou.evaluation.revokeAfter}, {@code suzhou.bar.years}).
 */
public final class SuzhouLifecycle {

    static final Clause LEAD = Clause.quoted("四(一)", "坚持市级主导和县级市(区)推荐相结合,确定创新联合体牵头企业。");
    static final Clause ORGANISATION = Clause.quoted("四(二)", "牵头企业发起建立创新联合体理事会。理事会成立专家指导委员会、秘书处,选聘首席专家");
    static final Clause CHARTER = Clause.quoted("四(三)", "牵头企业与各成员单位签署具有法律约束力的创新联合体章程(组建协议)。");
    static final Clause APPLICATION = Clause.quoted("四(四)", "对市级主导确定牵头企业的创新联合体,牵头企业提出建设申请,苏州市科技局审定后立项建设");
    static final Clause COUNTY_PATH = Clause.quoted("四(四)",
            "县级市(区)科技部门审核后,提请当地政府(管委会)向苏州市科技局出具推荐函,苏州市科技局审定后立项建设。");
    static final Clause GRADES = Clause.quoted("六(二)", "评价结果分为优秀、合格和不合格三个等次。");
    static final Clause EXCELLENT = Clause.quoted("六(二)", "评价结果为优秀的,除本方案给予的支持外,给予相关滚动支持,并支持申报建设省级以上创新联合体;");
    static final Clause CANCELLED = Clause.quoted("六(二)", "连续两次评价为不合格的取消创新联合体建设资格。");
    static final Clause NO_DISSOLUTION = Clause.quoted("六(三)", "创新联合体在承担政府部门委托的工作任务期间,不得自行解散。");
    static final Clause CHANGES = Clause.quoted("六(三)",
            "创新联合体名称、章程(组建协议)、成员单位、主要负责人等事项发生变更的,应及时向苏州市科技局书面备案。");
    static final Clause BAR = Clause.quoted("六(三)",
            "牵头企业组织不力,未按共建协议履约的,取消创新联合体牵头资格,并且三年内不得牵头组建或作为核心层参与建设其他创新联合体。");
    static final Clause GUIDANCE = Clause.quoted("六(一)", "实行苏州市科技局领导挂钩联系创新联合体制度,指导创新联合体持续健康发展。");

    private SuzhouLifecycle() {}

    /** Declares the lifecycle's parameters and registers its procedure, evaluations, changes and sanction. */
    public static void register(EditionSetup e) {
        Param<Integer> revokeAfter = e.count("evaluation.revokeAfter", 2)
                .cites("六(二)", CANCELLED.quote().orElseThrow())
                .means("连续不合格评价取消资格的次数", "consecutive UNQUALIFIED evaluations that cancel the qualification")
                .concept(Concepts.EVALUATION_REVOKE_AFTER);
        Param<Integer> barYears = e.years("bar.years", 3)
                .cites("六(三)", BAR.quote().orElseThrow())
                .means("违约牵头企业的禁止年限", "years a defaulting lead is barred")
                .concept(Concepts.BAR_YEARS);
        e.lifecycle()
                .step(Step.of("lead", "确定牵头企业（市级遴选，或县级市(区)遴选）", "lead determined (selected by the city, or by a county-level city or district)",
                        PROPOSED, LEAD, CITY_BUREAU, DISTRICT_BUREAU))
                .step(Step.of("organisation", "建立理事会、专家指导委员会、秘书处，选聘首席专家",
                        "council, expert guidance committee and secretariat set up; chief expert appointed", PROPOSED, ORGANISATION, APPLICANT))
                .step(Step.of("charter", "签署章程（组建协议）", "charter (formation agreement) signed", PROPOSED, CHARTER, APPLICANT, MEMBERS))
                .step(Step.of("apply", "牵头企业提出建设申请", "the lead applies", PROPOSED, APPLICATION, APPLICANT).events(EventType.APPLIED))
                .step(Step.of("county-recommendation", "县级市(区)审核，当地政府出具推荐函（县级路径）",
                        "county review and the local government's recommendation letter (county path)", UNDER_REVIEW, COUNTY_PATH,
                        DISTRICT_BUREAU, LOCAL_GOVERNMENT).events("RECOMMENDED"))
                .step(Step.of("approval", "苏州市科技局审定后立项建设，统一命名", "approved (“立项”) and named by the city S&T bureau", UNDER_REVIEW,
                        APPLICATION, CITY_BUREAU).events(EventType.REVIEWED, EventType.ESTABLISHED))
                .step(Step.of("evaluation", "定期绩效评价（优秀、合格、不合格）", "periodic evaluation (excellent, qualified, unqualified)", ESTABLISHED,
                        CANCELLED, EXPERTS, THIRD_PARTY, CITY_BUREAU).events(EventType.EVALUATED, EventType.TERMINATED))
                .step(Step.of("entrusted-work", "承担政府部门委托的工作任务，期间不得自行解散", "government-entrusted work; no self-dissolution meanwhile",
                        ESTABLISHED, NO_DISSOLUTION, APPLICANT)
                        .events(EventType.PROJECT_STARTED, EventType.PROJECT_ENDED, EventType.DISSOLUTION_REQUESTED))
                .step(Step.of("changes", "名称、章程、成员单位、主要负责人变更后，及时向苏州市科技局书面备案",
                        "changes of name, charter, members or head, then filed promptly in writing with the city S&T bureau", ESTABLISHED, CHANGES,
                        APPLICANT, CITY_BUREAU)
                        .events(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED, EventType.LEAD_CHANGED, EventType.RENAMED, EventType.CHANGE_FILED)
                        .deadline("及时（无具体期限）", "promptly (no date set)"))
                .step(Step.of("lead-default", "牵头企业未按共建协议履约：取消牵头资格，禁止牵头或作为核心层",
                        "a defaulting lead loses its status and is barred from leading or being a core member", ESTABLISHED, BAR, CITY_BUREAU)
                        .events(EventType.LEAD_DEFAULTED)
                        .deadline("{0}年内", "for {0} years", barYears))
                .supervision(GUIDANCE)
                .grades(EnumSet.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED), GRADES)
                .onGrade(Grade.EXCELLENT, new Consequence.Measure(Text.of("给予相关滚动支持，并支持申报建设省级以上创新联合体",
                        "rolling support, and backing to apply for a provincial-or-higher consortium")), EXCELLENT)
                .onGrade(Grade.UNQUALIFIED, revokeAfter, new Consequence.Revoke(Text.of("取消创新联合体建设资格",
                        "its qualification as a consortium is cancelled")), CANCELLED)
                .guard(new Guard.NotWhileProject(Set.of(EventType.DISSOLUTION_REQUESTED), EnumSet.allOf(ProjectLevel.class), true,
                        Text.of("承担政府部门委托的工作任务期间不得自行解散", "no self-dissolution while carrying out government-entrusted work"),
                        NO_DISSOLUTION))
                .filing(Set.of(EventType.RENAMED, EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED, EventType.LEAD_CHANGED), "苏州市科技局",
                        Text.of("变更事项向苏州市科技局书面备案", "file the change in writing with 苏州市科技局 (the city S&T bureau)"), CHANGES)
                .sanction(barYears, Text.of("取消牵头资格，禁止期内不得牵头组建或作为核心层参与其他创新联合体",
                        "the lead loses its status and is barred from leading or being a core member of any consortium"), BAR);
    }
}

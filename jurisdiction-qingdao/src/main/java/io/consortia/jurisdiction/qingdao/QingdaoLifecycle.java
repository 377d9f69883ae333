package io.consortia.jurisdiction.qingdao;

import static io.consortia.kernel.lifecycle.Actor.APPLICANT;
import static io.consortia.kernel.lifecycle.Actor.CITY_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.DISTRICT_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.EXPERTS;
import static io.consortia.kernel.lifecycle.Actor.MEMBERS;
import static io.consortia.kernel.lifecycle.Actor.PUBLIC;
import static io.consortia.kernel.lifecycle.Actor.THIRD_PARTY;
import static io.consortia.kernel.lifecycle.CoreState.ESTABLISHED;
import static io.consortia.kernel.lifecycle.CoreState.EXPIRED;
import static io.consortia.kernel.lifecycle.CoreState.PROPOSED;
import static io.consortia.kernel.lifecycle.CoreState.PUBLIC_NOTICE;
import static io.consortia.kernel.lifecycle.CoreState.UNDER_REVIEW;

import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.Consequence;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.Evidence;
import io.consortia.kernel.lifecycle.Grade;
import io.consortia.kernel.lifecycle.Guard;
import io.consortia.kernel.lifecycle.ProjectLevel;
import io.consortia.kernel.lifecycle.Remark;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * 青岛 Qingdao's lifecycle (青科字〔2025〕5号 五, 七): the lead initiates, members are determined, the
 * agreement is signed, a chief expert appointed and the plan drafted; the district reviews, the
 * city S&T bureau holds an expert review, site visit and defence, gives public notice, and files
 * the consortium when no objection is raised. A filing is valid for 3 years ({@code
 * qingdao.validity.years}; its last day per reading R9) and may be renewed by applying again. UNQUALIFIED
 * revokes the filing; no self-dissolution while a project runs; member changes need all members'
 * consent and a supplementary agreement; a defaulting lead is barred for three years.
 */
public final class QingdaoLifecycle {

    static final Clause INITIATE = Clause.quoted("五(一)", "創新領軍企業聯合有良好合作基礎的上下游企業和高校院所,提出組建創新聯合體備案申請。");
    static final Clause MEMBERS_DETERMINED = Clause.quoted("五(二)",
            "牽頭單位根據產業發展實際,與產業鏈上下游企業和高校院所充分協商,組織多方創新主體作為成員單位參與組建創新聯合體。");
    static final Clause AGREEMENT = Clause.quoted("五(三)", "牽頭單位與成員單位共同簽署創新聯合體組建協議。");
    static final Clause CHIEF_EXPERT = Clause.quoted("五(四)", "選聘學術造詣高,熟悉產業發展,具備團結協作和組織協調能力的首席專家,引領創新聯合體高效運行。");
    static final Clause DISTRICT_REVIEW = Clause.quoted("五(六)", "牽頭單位向所在區(市、功能區)科技主管部門報送申報材料,經區(市、功能區)科技主管部門審核后報市科技局。");
    static final Clause CITY_REVIEW = Clause.quoted("五(六)",
            "市科技局組織專家進行審查、現場考察、答辯評審等,擇優確定創新聯合體擬備案名單并予以公示,對公示無異議的創新聯合體予以備案。");
    static final Clause VALIDITY = Clause.quoted("五(六)", "備案有效期一般不超過3年,有效期滿可按程序重新申請備案。");
    static final Clause PROCESS = Clause.quoted("七(一)", "定期跟蹤建設進展、協調困難問題,做好過程管理和服務。");
    static final Clause EVALUATION = Clause.quoted("七(二)", "對于績效評價結果優秀的創新聯合體,可適當加大支持力度;對于評價結果不合格的,取消備案資格。");
    static final Clause NO_DISSOLUTION = Clause.quoted("七(三)", "創新聯合體在承擔項目期間,不得自行解散。");
    static final Clause MEMBER_CHANGES = Clause.quoted("七(三)", "根據立項的項目需要,經創新聯合體全體成員同意,可通過簽署補充協議方式增減成員單位。");
    static final Clause BAR = Clause.quoted("七(三)",
            "牽頭單位組織不力,未按共建協議履約的,取消創新聯合體牽頭單位資格,三年內不得牽頭組建或作為核心層參與其他創新聯合體建設。");

    private QingdaoLifecycle() {}

    /** Declares the lifecycle's parameters and registers its procedure and what follows establishment. */
    public static void register(EditionSetup e) {
        Param<Integer> validityYears = e.years("validity.years", 3)
                .cites("五(六)", VALIDITY.quote().orElseThrow())
                .means("备案有效期（一般）", "how long a filing stands (as a rule)").concept(Concepts.VALIDITY_YEARS);
        Param<Integer> barYears = e.years("bar.years", 3)
                .cites("七(三)", BAR.quote().orElseThrow())
                .means("违约牵头单位的禁止年限", "years a defaulting lead is barred").concept(Concepts.BAR_YEARS);
        e.lifecycle()
                .step(Step.of("initiate", "牵头单位发起", "the lead initiates", PROPOSED, INITIATE, APPLICANT))
                .step(Step.of("members", "确定成员单位", "members determined", PROPOSED, MEMBERS_DETERMINED, APPLICANT, MEMBERS))
                .step(Step.of("agreement", "签署组建协议", "formation agreement signed", PROPOSED, AGREEMENT, APPLICANT, MEMBERS))
                .step(Step.of("chief-expert", "选聘首席专家，编制建设方案", "chief expert appointed; construction plan drafted", PROPOSED, CHIEF_EXPERT,
                        APPLICANT))
                .step(Step.of("application", "向区(市、功能区)科技主管部门报送申报材料", "application to the district S&T department", PROPOSED,
                        DISTRICT_REVIEW, APPLICANT).events(EventType.APPLIED))
                .step(Step.of("district-review", "区(市、功能区)科技主管部门审核后报市科技局", "district review, forwarded to the city S&T bureau",
                        UNDER_REVIEW, DISTRICT_REVIEW, DISTRICT_BUREAU).events("DISTRICT_FORWARDED"))
                .step(Step.of("city-review", "市科技局组织专家审查、现场考察、答辩评审", "city bureau's expert review, site visit and defence", UNDER_REVIEW,
                        CITY_REVIEW, CITY_BUREAU, EXPERTS).events(EventType.REVIEWED))
                .step(Step.of("notice", "拟备案名单公示", "public notice of the list to be filed", PUBLIC_NOTICE, CITY_REVIEW, CITY_BUREAU, PUBLIC)
                        .events(EventType.NOTICE_STARTED, EventType.NOTICE_OBJECTED, EventType.NOTICE_ENDED))
                .step(Step.of("filing", "公示无异议予以备案", "filed when no objection is raised", UNDER_REVIEW, CITY_REVIEW, CITY_BUREAU)
                        .events(EventType.ESTABLISHED))
                .step(Step.of("validity", "备案有效期届满", "the filing's validity runs out",
                        ESTABLISHED, VALIDITY, CITY_BUREAU).deadline("组建之日起{0}年（一般）", "{0} years from establishment (as a rule)", validityYears))
                .step(Step.of("renewal", "有效期满按程序重新申请备案", "after expiry, apply again through the procedure", EXPIRED, VALIDITY, APPLICANT)
                        .events(EventType.RENEWAL_APPLIED))
                .step(Step.of("evaluation", "绩效评价：优秀加大支持，不合格取消备案资格", "evaluation: EXCELLENT brings more support, UNQUALIFIED revokes the filing",
                        ESTABLISHED, EVALUATION, EXPERTS, THIRD_PARTY, CITY_BUREAU).events(EventType.EVALUATED, EventType.TERMINATED))
                .step(Step.of("projects", "承担项目期间不得自行解散", "no self-dissolution while carrying out projects", ESTABLISHED, NO_DISSOLUTION,
                        APPLICANT).events(EventType.PROJECT_STARTED, EventType.PROJECT_ENDED, EventType.DISSOLUTION_REQUESTED))
                .step(Step.of("member-changes", "经全体成员同意，签署补充协议增减成员单位", "member changes with all members' consent by a supplementary agreement",
                        ESTABLISHED, MEMBER_CHANGES, APPLICANT, MEMBERS).events(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED))
                .step(Step.of("lead-default", "牵头单位未按共建协议履约：取消牵头资格，禁止牵头或作为核心层",
                        "a defaulting lead loses its status and is barred from leading or being a core member", ESTABLISHED, BAR, CITY_BUREAU)
                        .events(EventType.LEAD_DEFAULTED)
                        .deadline("{0}年内", "for {0} years", barYears))
                .supervision(PROCESS)
                .notice(CITY_REVIEW)
                .validity(validityYears, VALIDITY)
                .onGrade(Grade.EXCELLENT, new Consequence.Measure(Text.of("可适当加大支持力度", "more support may be given")), EVALUATION)
                .onGrade(Grade.UNQUALIFIED, new Consequence.Revoke(Text.of("取消备案资格", "the filing is revoked")), EVALUATION)
                .guard(new Guard.NotWhileProject(Set.of(EventType.DISSOLUTION_REQUESTED), EnumSet.allOf(ProjectLevel.class), false,
                        Text.of("承担项目期间不得自行解散", "no self-dissolution while a project runs"), NO_DISSOLUTION))
                .guard(new Guard.RequiresEvidence(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED),
                        Set.of(Evidence.ALL_CONSENTED, Evidence.SUPPLEMENTARY_AGREEMENT),
                        Text.of("增减成员单位须经全体成员同意并签署补充协议", "adding or removing members needs all members' consent and a supplementary agreement"),
                        MEMBER_CHANGES))
                .remark(new Remark(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED), "CHANGE_WITHOUT_PROJECT",
                        Text.of("增减成员单位时没有在研项目，不属于“根据立项的项目需要”；予以受理并记录",
                                "a member change while no project runs is not made 「根據立項的項目需要」; accepted and noted"),
                        MEMBER_CHANGES, c -> c.ledger().projects().isEmpty()))
                .sanction(barYears, Text.of("取消牵头单位资格，禁止期内不得牵头组建或作为核心层参与其他创新联合体建设",
                        "the lead loses its status and is barred from leading or being a core member of any consortium"), BAR);
    }
}

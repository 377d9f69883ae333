package io.consortia.jurisdiction.qingdao;

import static io.consortia.kernel.outcome.Strength.ENCOURAGED;
import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.outcome.Strength.PRESUMPTIVE;
import static io.consortia.kernel.profile.Attestation.COOPERATION_BASIS;
import static io.consortia.kernel.profile.Attestation.INDUSTRY_LEADER;
import static io.consortia.kernel.profile.Attestation.LEADING_TECHNOLOGY;
import static io.consortia.kernel.profile.Attestation.ORGANISING_ABILITY;
import static io.consortia.kernel.profile.Attestation.QUALIFIED_TEAM;
import static io.consortia.kernel.profile.Attestation.RD_SUPPORT_CAPABILITY;
import static io.consortia.kernel.profile.Attestation.STRONG_RD;
import static io.consortia.kernel.profile.GovernanceItem.CHIEF_EXPERT;
import static io.consortia.kernel.profile.GovernanceItem.CONSTRUCTION_PLAN;
import static io.consortia.kernel.profile.GovernanceItem.COUNCIL;
import static io.consortia.kernel.profile.GovernanceItem.FORMATION_AGREEMENT;
import static io.consortia.kernel.profile.GovernanceItem.INTEGRITY_PLEDGE;
import static io.consortia.kernel.profile.GovernanceItem.MANAGEMENT_BODY;
import static io.consortia.kernel.rule.MemberTest.academic;
import static io.consortia.kernel.rule.MemberTest.fact;
import static io.consortia.kernel.rule.MemberTest.kind;
import static io.consortia.kernel.rule.Tests.any;
import static io.consortia.kernel.rule.Tests.count;
import static io.consortia.kernel.rule.Tests.every;
import static io.consortia.kernel.rule.Tests.governance;
import static io.consortia.kernel.rule.Tests.lead;
import static io.consortia.kernel.rule.Tests.notBarred;
import static io.consortia.kernel.rule.Tests.permission;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.jurisdiction.Identity;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.JurisdictionSetup;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.Outline;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 青岛 Qingdao: 《青岛市创新联合体组建工作指引》 (青科字〔2025〕5号, 青岛市科学技术局, 2025-03-06), rules
 * Q1–Q13 of policy-catalog.md v2. The bundled text is in traditional characters; quotes keep them.
 * Every threshold is a parameter declared with its sentence.
 */
public final class QingdaoProvider implements JurisdictionProvider {

    static final Region QINGDAO = Region.of("3702", "青岛市", "Qingdao");

    /** Q2: the members counted; the lead only under R5's alternative. */
    static final Population CHAIN_POPULATION = new Population.ByReading(QingdaoReadings.R5, Population.OTHERS, Population.ALL);

    /**
     * Q2: an enterprise placed in the chain (「產業鏈上下游企業」): at any position by default, only
     * upstream or downstream under R4's alternative; OUTSIDE never, a missing position unknown.
     */
    static final MemberTest CHAIN_ENTERPRISE = MemberTest.all(kind(UnitKind.ENTERPRISE),
            MemberTest.byReading(Reading.R4, MemberTest.inChain(), MemberTest.placed(ChainPosition.UPSTREAM, ChainPosition.DOWNSTREAM)));

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("qingdao", Text.of("青岛市", "Qingdao"), QINGDAO))
                .reading(Reading.R4)
                .reading(QingdaoReadings.R5)
                .reading(Reading.R6)
                .reading(Reading.R9);
        EditionSetup e = setup.edition(new Document(
                Text.of("青岛市创新联合体组建工作指引", "Qingdao Guidelines for Forming Innovation Consortia"),
                Optional.of("青科字〔2025〕5号"),
                Text.of("青岛市科学技术局", "Qingdao Municipal Science and Technology Bureau"),
                Optional.of(LocalDate.of(2025, 3, 6)),
                Set.of(DocumentStatus.IN_FORCE),
                seed()));
        e.outline(new Outline(
                Optional.of(e.target(20, false, 2028, "二", "到2028年,爭取建設20個左右重點領域、細分賽道的創新聯合體。")),
                Optional.empty(),
                new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP,
                        Text.of("创新领军企业牵头发起，向所在区（市、功能区）科技主管部门报送，审核后报市科技局；"
                                        + "市科技局组织专家审查、现场考察、答辩评审，择优公示，公示无异议的予以备案，备案有效期一般不超过3年",
                                "an innovation-leading enterprise initiates and applies through its district S&T department to the "
                                        + "city S&T bureau, which reviews with experts, visits the site, hears a defence and gives public "
                                        + "notice; without objection the consortium is filed, for generally at most 3 years"),
                        "五"),
                List.of(),
                Text.of("二、五(一)：聚焦本市“10+1”创新型产业体系，文中未列出具体领域",
                        "二 and 五(一): the city's \"10+1\" innovative industry system; the text lists no fields")));
        rules(e);
        measures(e);
        QingdaoLifecycle.register(e);
    }

    private static void rules(EditionSetup e) {
        Param<Integer> chainMinimum = e.count("Q2.minimum", 3)
                .cites("三(二)", "每個創新聯合體聯動產業鏈上下游企業原則上不少于3家")
                .means("联动的产业链上下游企业最少数量（原则上）", "least number of up- and downstream chain enterprises (in principle)")
                .concept(Concepts.MEMBERS_CHAIN_ENTERPRISES);
        Param<Integer> academicMinimum = e.count("Q3.minimum", 2)
                .cites("三(二)", "聯合相關領域高校院所原則上不少于2家")
                .means("相关领域高校院所最少数量（原则上）", "least number of universities and research institutes (in principle)")
                .concept(Concepts.MEMBERS_ACADEMIC_MINIMUM);

        e.rule("Q1", MANDATORY, "四(一)1")
                .quote("牽頭單位須為我市獨立注冊的創新領軍企業,在技術上處于國內領先地位,具有較強的經濟實力和市場影響力。")
                .says("牵头单位为在青岛市独立注册的创新领军企业，技术处于国内领先地位，具有较强的经济实力和市场影响力",
                        "The lead is an innovation-leading enterprise independently registered in Qingdao, with technology leading "
                                + "nationally and strong economic strength and market influence")
                .test(lead(kind(UnitKind.ENTERPRISE), new MemberTest.RegisteredIn(QINGDAO), fact(Trait.INDEPENDENT_LEGAL_PERSON),
                        fact(LEADING_TECHNOLOGY), fact(INDUSTRY_LEADER)));
        e.rule("Q2", PRESUMPTIVE, "三(二)")
                .quote("每個創新聯合體聯動產業鏈上下游企業原則上不少于3家")
                .says("联动产业链上下游企业原则上不少于3家",
                        "As a rule, at least 3 up- and downstream enterprises of the industry chain")
                .test(count(CHAIN_POPULATION, CHAIN_ENTERPRISE, chainMinimum));
        e.rule("Q3", PRESUMPTIVE, "三(二)")
                .quote("聯合相關領域高校院所原則上不少于2家。")
                .says("联合相关领域高校院所原则上不少于2家",
                        "As a rule, at least 2 universities or research institutes")
                .test(count(Population.ALL, academic(), academicMinimum));
        e.rule("Q4", MANDATORY, "三(三), 五(三)")
                .quote("創新聯合體各成員單位要簽訂組建協議,建立責任清晰、權利公平、利益共享的協作機制"
                        + " … 本著公平、自愿的原則,牽頭單位與成員單位共同簽署創新聯合體組建協議。")
                .says("牵头单位与各成员单位共同签署组建协议", "A formation agreement signed by the lead and every member unit")
                .test(governance(FORMATION_AGREEMENT));
        e.rule("Q5", MANDATORY, "五(四)")
                .quote("選聘學術造詣高,熟悉產業發展,具備團結協作和組織協調能力的首席專家,引領創新聯合體高效運行。")
                .says("选聘首席专家", "A chief expert is appointed")
                .test(governance(CHIEF_EXPERT));
        e.rule("Q6", MANDATORY, "七(四)")
                .quote("申報實行誠信承諾制,申報單位須提交誠信承諾書,承諾提交的材料真實、有效、完整,符合誠信相關要求,并承擔相應責任。")
                .says("申报单位提交诚信承诺书", "The applicants submit an integrity pledge")
                .test(governance(INTEGRITY_PLEDGE));
        e.rule("Q7", ENCOURAGED, "三(四)")
                .quote("確有必要的,可建立議事協調機制或理事會制度。")
                .says("确有必要的，可建立议事协调机制或理事会制度",
                        "Where truly necessary, a coordination mechanism or a council may be set up")
                .test(permission(any(governance(MANAGEMENT_BODY), governance(COUNCIL))));
        e.rule("Q8", MANDATORY, "四(二)3")
                .quote("3.高校院所作為創新聯合體成員的,應擁有在本領域技術創新能力較強的研究團隊,具備相對穩定的人才梯隊和良好的科研實驗條件。")
                .says("高校院所成员拥有本领域技术创新能力较强的研究团队和良好的科研实验条件",
                        "Every university or institute member has a strong research team and good laboratory conditions")
                .test(every(Population.ALL, academic(), fact(QUALIFIED_TEAM)));
        e.rule("Q9", MANDATORY, "四(一)2-3")
                .quote("2.科技研發能力強、研發隊伍穩定,在攻克制約產業發展的關鍵核心技術、高水平科技成果轉化等方面具有較明顯的優勢。"
                        + " … 3.具備集聚產業鏈上下游企業、相關領域高校院所等創新資源的能力,能夠發起、組織高水平技術研發活動")
                .says("牵头单位科技研发能力强，具备集聚创新资源、组织高水平研发活动的能力",
                        "The lead has strong R&D and the ability to gather innovation resources and organise high-level research")
                .test(lead(fact(STRONG_RD), fact(ORGANISING_ABILITY)));
        e.rule("Q10", MANDATORY, "七(三)")
                .quote("牽頭單位組織不力,未按共建協議履約的,取消創新聯合體牽頭單位資格,三年內不得牽頭組建或作為核心層參與其他創新聯合體建設。")
                .says("牵头单位和核心层成员不在三年禁止期内", "Neither the lead nor a core member is under a 3-year bar")
                .test(notBarred(Reading.R6, Reading.R9));
        e.rule("Q11", MANDATORY, "四(二)1")
                .quote("1.成員單位應與牽頭單位在技術研發、成果產出、專利布局、標準制定、國際合作等方面具備合作基礎和合作意愿")
                .says("各成员单位与牵头单位具备合作基础和合作意愿",
                        "Every member has a basis and will for cooperation with the lead")
                .test(every(Population.OTHERS, MemberTest.anyone(), fact(COOPERATION_BASIS)));
        e.rule("Q12", MANDATORY, "四(二)2")
                .quote("2.企業作為創新聯合體成員的,應為產業鏈中具備一定研發和技術配套能力的單位")
                .says("企业成员具备一定的研发和技术配套能力",
                        "Every enterprise member has R&D and technical supporting capability")
                .test(every(Population.OTHERS, kind(UnitKind.ENTERPRISE), fact(RD_SUPPORT_CAPABILITY)));
        e.rule("Q13", MANDATORY, "五(五), 三(五)")
                .quote("牽頭單位應聯合成員單位共同編制創新聯合體建設方案 … 創新聯合體應具有明晰的發展規劃")
                .says("牵头单位联合成员单位共同编制建设方案，具有明晰的发展规划",
                        "The lead and the members draw up a construction plan with a clear development plan")
                .test(governance(CONSTRUCTION_PLAN));
    }

    private static void measures(EditionSetup e) {
        e.measure(SupportMeasure.of(MeasureCategory.PROJECTS, "六(一)",
                        "对产业关联度紧密、科技含量高、经济社会效益显著的创新联合体，通过公开竞争、专项组织、揭榜挂帅制等组织模式，"
                                + "在科技示范工程、关键技术攻关示范类项目上予以支持",
                        "Consortia closely tied to industry, of high technological content and clear economic and social benefit are "
                                + "supported with science demonstration and key-technology projects, by open competition, special "
                                + "organisation or open calls for solutions"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "六(一)",
                        "推荐申报国家、省级重点研发计划项目",
                        "Recommended for national and provincial key R&D programme projects"))
                .measure(SupportMeasure.of(MeasureCategory.FINANCE, "六(一)",
                        "推动科技金融深度融合，吸引产业基金、创投基金等金融资本投入，鼓励社会资本以股权投资等多种形式参与",
                        "Science and finance combined: industry and venture funds are drawn in, and social capital is encouraged to "
                                + "take part by equity investment and other forms"))
                .measure(SupportMeasure.of(MeasureCategory.PLATFORM, "六(二)",
                        "鼓励支持联合体内稳定合作的单位增加研发投入，组建或参与建设青岛市级以上重点实验室、技术创新中心、新型研发机构、概念验证平台等",
                        "Units cooperating stably in the consortium are encouraged to invest more in R&D and to build or join "
                                + "municipal-or-higher key labs, technology innovation centres, new R&D institutions, proof-of-concept "
                                + "platforms and the like"))
                .measure(SupportMeasure.of(MeasureCategory.TALENT, "六(三)",
                        "支持引进培育科技创新领军人才及团队、青年科技人才，符合条件的通过青岛市产业领军人才计划等政策予以支持",
                        "Leading innovators, teams and young scientists brought in or trained are supported, where eligible, by "
                                + "the Qingdao industry leading-talent programme and similar policies"))
                .measure(SupportMeasure.of(MeasureCategory.APPLICATION_SCENARIOS, "六(四)",
                        "支持参与重点应用场景示范项目建设；鼓励牵头单位开放应用场景，对示范效果好的应用场景建设择优给予政策支持",
                        "Support for taking part in key application-scenario demonstration projects; the lead is encouraged to open "
                                + "scenarios, and the best scenario projects receive policy support"))
                .measure(SupportMeasure.of(MeasureCategory.COORDINATION, "七(一)",
                        "按“成熟一个、支持一个”方式，协同指导组建和运营，定期跟踪建设进展、协调困难问题，做好过程管理和服务",
                        "\"Support each one as it matures\": guidance in forming and running the consortium, regular follow-up, "
                                + "help with difficulties, and process management and service"))
                .measure(SupportMeasure.of(MeasureCategory.OTHER, "七(二)",
                        "绩效评价结果优秀的，可适当加大支持力度",
                        "An EXCELLENT performance evaluation may bring more support"));
    }

    private static String seed() {
        try (InputStream in = QingdaoProvider.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Qingdao document cannot be read", e);
        }
    }
}

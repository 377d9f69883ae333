package io.consortia.jurisdiction.neimenggu;

import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.outcome.Strength.PRESUMPTIVE;
import static io.consortia.kernel.profile.Attestation.COOPERATION_BASIS;
import static io.consortia.kernel.profile.Attestation.INDUSTRY_LEADER;
import static io.consortia.kernel.profile.Attestation.ORGANISING_ABILITY;
import static io.consortia.kernel.profile.Attestation.RD_SUPPORT_CAPABILITY;
import static io.consortia.kernel.profile.GovernanceItem.EXPERT_COMMITTEE;
import static io.consortia.kernel.profile.GovernanceItem.FORMATION_AGREEMENT;
import static io.consortia.kernel.profile.GovernanceItem.MANAGEMENT_BODY;
import static io.consortia.kernel.rule.MemberTest.fact;
import static io.consortia.kernel.rule.MemberTest.kind;
import static io.consortia.kernel.rule.Tests.byReading;
import static io.consortia.kernel.rule.Tests.every;
import static io.consortia.kernel.rule.Tests.governance;
import static io.consortia.kernel.rule.Tests.lead;
import static io.consortia.kernel.rule.Tests.leadPlatform;
import static io.consortia.kernel.rule.Tests.leadsNoOther;
import static io.consortia.kernel.rule.Tests.memberCount;
import static io.consortia.kernel.rule.Tests.rdIntensity;
import static io.consortia.kernel.rule.Tests.share;
import static io.consortia.kernel.rule.Tests.spread;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.jurisdiction.Identity;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.JurisdictionSetup;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.Naming;
import io.consortia.kernel.jurisdiction.Outline;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 内蒙古 Inner Mongolia: 《内蒙古自治区重点产业链创新联合体建设实施方案》, issued by 自治区科技厅 on
 * 2024-12-19 (no document number), rules N1–N13 of policy-catalog.md v2. The bundled text is in
 * traditional characters with half-width punctuation, and every quote is copied from it as
 * written. Every threshold is a parameter declared with its sentence.
 */
public final class NeimengguProvider implements JurisdictionProvider {

    static final Region NEIMENGGU = Region.of("15", "内蒙古自治区", "Inner Mongolia Autonomous Region");

    /**
     * The programme N6 counts: consortia registered under this jurisdiction. 一 defines 「聯合體」 as
     * the regional key-chain consortia; those filed bottom-up (六(一)) or elsewhere are outside it.
     */
    static final String PROGRAMME = "neimenggu";

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("neimenggu", Text.of("内蒙古自治区", "Inner Mongolia"), NEIMENGGU))
                .reading(NeimengguReadings.R2)
                .reading(NeimengguReadings.R3)
                .reading(NeimengguReadings.R8);
        EditionSetup e = setup.edition(new Document(
                Text.of("内蒙古自治区重点产业链创新联合体建设实施方案",
                        "Implementation Plan for Building Key Industry Chain Innovation Consortia in the Inner Mongolia Autonomous Region"),
                Optional.empty(),
                Text.of("内蒙古自治区科学技术厅（自治区科技厅）",
                        "Department of Science and Technology of the Inner Mongolia Autonomous Region"),
                Optional.of(LocalDate.of(2024, 12, 19)),
                Set.of(DocumentStatus.IN_FORCE),
                seed()));
        e.outline(new Outline(
                Optional.of(e.target(30, false, 2027, "二", "到2027年,聯合體總數達到30個左右")),
                Optional.of(new Naming("内蒙古自治区", "产业链创新联合体", "內蒙古自治區×××產業鏈創新聯合體", "四(五)")),
                new Route(Route.Formation.APPROVAL, Route.Initiative.TOP_DOWN,
                        Text.of("自治区科技厅会同行业主管部门遴选牵头单位（“自上而下”为主），经可行性论证、联席会议审定，由自治区科技厅正式批复并命名；"
                                        + "“自下而上”建设的创新联合体按《内蒙古自治区创新联合体备案管理办法》备案（六(一)）",
                                "top-down: the regional S&T department selects the lead with the industry authorities; after a feasibility "
                                        + "review and approval by a joint meeting the department replies officially and names the consortium; "
                                        + "bottom-up consortia are filed under a separate regulation (section VI(1))"),
                        "四"),
                List.of(),
                Text.of("二：围绕自治区重大产业集群和重点产业链，每个重点产业链至少一个联合体；文中未列举具体产业链",
                        "Section II: one consortium or more per key industry chain of the region; the text does not list the chains")));
        rules(e);
        measures(e);
        NeimengguLifecycle.register(e);
    }

    private static void rules(EditionSetup e) {
        Param<List<String>> levels = e.list("N4.levels", PlatformLevel.class, List.of(PlatformLevel.NATIONAL, PlatformLevel.PROVINCIAL))
                .cites("三(二)", "一般應建有自治區級及以上創新平臺")
                .means("牵头单位创新平台的级别（自治区级及以上）", "levels of the lead's innovation platform (regional level or above)")
                .concept(Concepts.LEAD_PLATFORM_LEVELS);
        Param<BigDecimal> rdShare = e.share("N5.share", "0.03")
                .cites("三(二)", "近三年研究開發費用占營收比例不低于3%或年度研發費用不低于1億元")
                .means("牵头单位研发费用占营收的最低比例", "the lead's least R&D share of revenue").concept(Concepts.LEAD_RD_SHARE);
        Param<BigDecimal> rdAmount = e.amount("N5.amount", 100_000_000L)
                .cites("三(二)", "近三年研究開發費用占營收比例不低于3%或年度研發費用不低于1億元")
                .means("牵头单位年度研发费用的最低金额", "the lead's least annual R&D expense").concept(Concepts.LEAD_RD_AMOUNT);
        Param<Integer> rdYears = e.years("N5.years", 3)
                .cites("三(二)", "近三年研究開發費用占營收比例不低于3%或年度研發費用不低于1億元")
                .means("研发投入考察的财年数（近三年）", "fiscal years the R&D test looks back over (the last three)")
                .concept(Concepts.LEAD_RD_YEARS);
        Param<Integer> minimum = e.count("N7.minimum", 10)
                .cites("三(三)", "成員單位(含牽頭單位)原則上不少于10個")
                .means("成员单位（含牵头单位）最少数量（原则上）", "least number of member units, the lead included (in principle)")
                .concept(Concepts.MEMBERS_MINIMUM);
        Param<BigDecimal> localShare = e.share("N8.share", "0.5")
                .cites("三(三)", "在自治區注冊或駐區單位比例不低于50%")
                .means("在自治区注册或驻区单位的最低比例", "least share of members registered or stationed in the region")
                .concept(Concepts.MEMBERS_LOCAL_SHARE);
        Param<BigDecimal> enterpriseShare = e.share("N9.share", "0.5")
                .cites("三(三)", "成員單位中企業數量不低于50%")
                .means("企业成员的最低比例", "least share of enterprises among the members")
                .concept(Concepts.MEMBERS_ENTERPRISE_SHARE);
        Param<Integer> positions = e.count("N10.positions", 3)
                .cites("三(三)", "應分布在產業鏈上中下游")
                .means("企业成员须覆盖的产业链环节数（上、中、下游）", "chain positions the enterprise members must cover (up-, mid-, downstream)")
                .concept(Concepts.MEMBERS_CHAIN_POSITIONS);
        Param<Integer> positionsTwo = e.count("N10.positions.two", 2)
                .cites("三(三)", "應分布在產業鏈上中下游")
                .means("按解读 R3=two 企业成员须覆盖的产业链环节数", "chain positions the enterprise members must cover under reading R3=two");

        e.rule("N1", MANDATORY, "三(二)")
                .quote("牽頭單位為自治區內注冊的企業(含央企在內蒙古的分公司)")
                .says("牵头单位为在自治区内注册的企业（含央企在内蒙古的分公司）",
                        "The lead is an enterprise registered in Inner Mongolia (a central SOE's branch there counts)")
                .test(lead(kind(UnitKind.ENTERPRISE), new MemberTest.RegisteredIn(NEIMENGGU),
                        MemberTest.either(fact(Trait.INDEPENDENT_LEGAL_PERSON), fact(Trait.CENTRAL_SOE_BRANCH))));
        e.rule("N2", PRESUMPTIVE, "三(二)")
                .quote("一般為產業鏈龍頭企業、鏈主企業,具備較強的行業影響力")
                .says("牵头单位一般为产业链龙头企业、链主企业，具备较强的行业影响力",
                        "As a rule, the lead is a leading or chain-leader enterprise of the chain with strong industry influence")
                .test(lead(fact(INDUSTRY_LEADER)));
        e.rule("N3", MANDATORY, "三(二)")
                .quote("有專職研發團隊")
                .says("牵头单位有专职研发团队", "The lead has a full-time R&D team")
                .test(lead(fact(Trait.FULL_TIME_RD_TEAM)));
        e.rule("N4", PRESUMPTIVE, "三(二)")
                .quote("一般應建有自治區級及以上創新平臺")
                .says("牵头单位一般应建有自治区级及以上创新平台",
                        "As a rule, the lead has an innovation platform at regional (provincial) level or above")
                .test(leadPlatform(levels));
        e.rule("N5", MANDATORY, "三(二)")
                .quote("近三年研究開發費用占營收比例不低于3%或年度研發費用不低于1億元。")
                .says("牵头单位近三年研究开发费用占营收比例不低于3%或年度研发费用不低于1亿元",
                        "The lead's R&D expense over the last three years is at least 3% of its revenue, "
                                + "or its annual R&D expense is at least 100,000,000 yuan")
                .test(rdIntensity(rdShare, rdAmount, rdYears, NeimengguReadings.R2, NeimengguReadings.R8));
        e.rule("N6", PRESUMPTIVE, "三(二)")
                .quote("原則上一個牽頭單位僅限牽頭組建一個聯合體。")
                .says("原则上一个牵头单位仅限牵头组建一个联合体",
                        "As a rule, a lead unit leads no other consortium of the programme")
                .test(leadsNoOther(PROGRAMME));
        e.rule("N7", PRESUMPTIVE, "三(三)")
                .quote("成員單位(含牽頭單位)原則上不少于10個")
                .says("成员单位（含牵头单位）原则上不少于10个",
                        "As a rule, at least 10 member units, the lead included")
                .test(memberCount(Population.ALL, minimum));
        e.rule("N8", MANDATORY, "三(三)")
                .quote("在自治區注冊或駐區單位比例不低于50%")
                .says("在自治区注册或驻区的成员单位（含牵头单位）比例不低于50%",
                        "At least 50% of the member units (lead included) are registered or stationed in Inner Mongolia")
                .test(share(Population.ALL, new MemberTest.PresentIn(NEIMENGGU), localShare));
        e.rule("N9", MANDATORY, "三(三)")
                .quote("成員單位中企業數量不低于50%")
                .says("成员单位（含牵头单位）中企业数量不低于50%",
                        "At least 50% of the member units (lead included) are enterprises")
                .test(share(Population.ALL, kind(UnitKind.ENTERPRISE), enterpriseShare));
        e.rule("N10", MANDATORY, "三(三)")
                .quote("成員單位中企業數量不低于50%,應分布在產業鏈上中下游。")
                .says("企业成员（含牵头单位）应分布在产业链上中下游",
                        "The enterprise members (lead included) are spread over the upstream, midstream and downstream of the chain")
                .test(byReading(NeimengguReadings.R3,
                        spread(Population.ALL, kind(UnitKind.ENTERPRISE), positions),
                        spread(Population.ALL, kind(UnitKind.ENTERPRISE), positionsTwo)));
        e.rule("N11", MANDATORY, "三(四)")
                .quote("聯合體各參與單位法定代表人或授權人需共同簽訂組建協議,明確各方任務分工、權利義務等。"
                        + "聯合體管理協調機構,應為相對固定機構,能夠統籌協調管理聯合體內攻關任務的組織實施,支撐聯合體良性運轉,并有相應的條件保障。"
                        + "聯合體應建立專家委員會,為攻關決策提供技術咨詢。")
                .says("各参与单位共同签订组建协议，设相对固定的管理协调机构，建立专家委员会",
                        "A formation agreement signed by all participants, a standing management and coordination body, "
                                + "and an expert committee")
                .test(governance(FORMATION_AGREEMENT, MANAGEMENT_BODY, EXPERT_COMMITTEE));
        e.rule("N12", MANDATORY, "三(二)")
                .quote("能夠集聚產業鏈上中下游企業、高等學校和科研院所等創新資源")
                .says("牵头单位能够集聚产业链上中下游企业、高等学校和科研院所等创新资源",
                        "The lead can gather the chain's enterprises, universities, research institutes and other innovation resources")
                .test(lead(fact(ORGANISING_ABILITY)));
        e.rule("N13", MANDATORY, "三(三)")
                .quote("成員單位應具備一定的研發和技術配套能力,成員單位間在技術研發、成果轉化、標準制定等方面具備合作基礎")
                .says("成员单位具备一定的研发和技术配套能力，成员单位间具备合作基础",
                        "Every member other than the lead has R&D and technical supporting capability and a basis for cooperation")
                .test(every(Population.OTHERS, MemberTest.anyone(), MemberTest.all(fact(RD_SUPPORT_CAPABILITY), fact(COOPERATION_BASIS))));
    }

    private static void measures(EditionSetup e) {
        e.measure(SupportMeasure.of(MeasureCategory.POLICY_PARTICIPATION, "五(一)",
                        "支持联合体深度参与重大科技决策，发挥行业科技智库作用，开展专题研究，就中长期科技规划、人才队伍、平台布局、技术标准等提出政策建议",
                        "The consortium takes part in major science and technology decisions as an industry think tank, "
                                + "with studies and policy advice on long-term planning, talent, platform layout and technical standards"))
                .measure(SupportMeasure.of(MeasureCategory.POLICY_PARTICIPATION, "五(二)",
                        "指导联合体全链条梳理科技基础条件和创新需求，提出关键核心技术和重大转化成果“两张清单”，使企业成为科技重大任务“出题人”",
                        "Guided by the department, the consortium maps the whole chain's needs and draws up the \"two lists\" "
                                + "(key core technologies, major results to transfer), so that enterprises set the major tasks"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "五(三)",
                        "在自治区重点研发和成果转化计划中设立重点产业链专项，通过“揭榜挂帅”、定向委托等方式支持联合体承担重大任务",
                        "A key-industry-chain special programme within the regional key R&D and technology transfer plan; "
                                + "major tasks awarded to the consortium by open competition (\"unveiling the list\") or directed commission"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "五(四)",
                        "重点产业链专项实行成果应用导向的评估问效机制，以市场和用户评价作为验收评估主要依据",
                        "Result-oriented evaluation of the special programme's projects, with market and user assessment "
                                + "as the main basis for acceptance"))
                .measure(SupportMeasure.of(MeasureCategory.FUNDING, "五(五)",
                        "依托“蒙科聚”创新平台，以积分奖励和项目资助等方式推进区内外高校院所重大成果在联合体内二次开发、中试熟化和转化",
                        "Through the Mengkeju (Inner Mongolia science and technology) innovation platform, points rewards and project grants for the further "
                                + "development, pilot testing and transfer of major university and institute results inside the consortium"))
                .measure(SupportMeasure.of(MeasureCategory.TALENT, "五(六)",
                        "支持联合体引进培育顶尖创新人才及其团队、青年科技人才，采取“人才+项目”方式给予一定的资金奖励",
                        "Support for attracting and training top talent, their teams and young scientists, with cash awards "
                                + "given as \"talent + project\""))
                .measure(SupportMeasure.of(MeasureCategory.FINANCE, "五(七)",
                        "与各盟市联动加大经费支持；加强与金融机构合作，吸引产业基金、创投基金等投入；运行良好的联合体，其成员单位有融资需求的优先向金融机构推荐",
                        "More funding together with the leagues and cities; industry and venture funds drawn in through financial "
                                + "institutions; members of a well-run consortium that need financing are recommended to financial institutions first"))
                .measure(SupportMeasure.of(MeasureCategory.SHARED_FACILITIES, "五(八)",
                        "协调联合体内大型科研设备仪器共享共用，共建检验检测、技术咨询、知识产权、技术培训等专业公共技术服务平台",
                        "Large research instruments shared within the consortium; joint public technical service platforms "
                                + "for testing, consulting, intellectual property and training"))
                .measure(SupportMeasure.of(MeasureCategory.PLATFORM, "五(九)",
                        "支持联合体填补行业创新平台空白，成员单位组建或参与建设重点实验室、技术创新中心、概念验证和中试熟化平台、孵化器、加速器等，实现“一条产业链一个重大创新平台”",
                        "Support for filling the industry's platform gaps: members build key labs, technology innovation centres, "
                                + "proof-of-concept and pilot platforms, incubators and accelerators, toward one major platform per chain"))
                .measure(SupportMeasure.of(MeasureCategory.REFORM_PILOTS, "五(十)",
                        "优先在联合体内开展科技成果转化、人才活力激发、体制机制创新等改革试点",
                        "Reform pilots (technology transfer, talent incentives, institutional innovation) are run in consortia first"));
    }

    private static String seed() {
        try (InputStream in = NeimengguProvider.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Inner Mongolia document cannot be read", e);
        }
    }
}

package io.consortia.jurisdiction.yongchuan;

import static io.consortia.kernel.outcome.Strength.ENCOURAGED;
import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.outcome.Strength.PRESUMPTIVE;
import static io.consortia.kernel.profile.Attestation.BACKBONE;
import static io.consortia.kernel.profile.Attestation.COMMERCIALISATION;
import static io.consortia.kernel.profile.Attestation.FIELD_ADVANTAGE;
import static io.consortia.kernel.profile.Attestation.INDUSTRY_LEADER;
import static io.consortia.kernel.profile.Attestation.ORGANISING_ABILITY;
import static io.consortia.kernel.profile.Attestation.STRONG_RD;
import static io.consortia.kernel.profile.GovernanceItem.CHIEF_EXPERT;
import static io.consortia.kernel.profile.GovernanceItem.COUNCIL;
import static io.consortia.kernel.profile.GovernanceItem.EXPERT_COMMITTEE;
import static io.consortia.kernel.profile.GovernanceItem.IP_AGREEMENT;
import static io.consortia.kernel.profile.GovernanceItem.IP_SYSTEM;
import static io.consortia.kernel.profile.GovernanceItem.QUARTERLY_EXCHANGE;
import static io.consortia.kernel.profile.GovernanceItem.REGULAR_EXCHANGE;
import static io.consortia.kernel.profile.GovernanceItem.SECRETARIAT;
import static io.consortia.kernel.rule.MemberTest.academic;
import static io.consortia.kernel.rule.MemberTest.fact;
import static io.consortia.kernel.rule.MemberTest.kind;
import static io.consortia.kernel.rule.MemberTest.serviceBody;
import static io.consortia.kernel.rule.Tests.every;
import static io.consortia.kernel.rule.Tests.governance;
import static io.consortia.kernel.rule.Tests.implied;
import static io.consortia.kernel.rule.Tests.lead;
import static io.consortia.kernel.rule.Tests.memberCount;
import static io.consortia.kernel.rule.Tests.permission;
import static io.consortia.kernel.rule.Tests.some;

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
 * 永川 Yongchuan: 《永川区创新联合体试点建设管理工作方案》, issued by 永川府办发〔2023〕27号 on
 * 2023-04-12, rules Y1–Y10 of policy-catalog.md v2. Every threshold is a parameter declared with
 * its sentence.
 */
public final class YongchuanProvider implements JurisdictionProvider {

    static final Region YONGCHUAN = Region.of("500118", "重庆市永川区", "Yongchuan District, Chongqing");

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("yongchuan", Text.of("重庆市永川区", "Yongchuan District, Chongqing"), YONGCHUAN))
                .reading(Reading.R1);
        EditionSetup e = setup.edition(new Document(
                Text.of("永川区创新联合体试点建设管理工作方案",
                        "Yongchuan District Work Plan for the Pilot Construction and Management of Innovation Consortia"),
                Optional.of("永川府办发〔2023〕27号"),
                Text.of("重庆市永川区人民政府办公室", "General Office of the People's Government of Yongchuan District, Chongqing"),
                Optional.of(LocalDate.of(2023, 4, 12)),
                Set.of(DocumentStatus.IN_FORCE),
                seed()));
        e.outline(new Outline(
                Optional.of(e.target(5, false, 2027, "二", "到2027年建设5个左右创新联合体")),
                Optional.of(new Naming("重庆市永川区", "创新联合体", "重庆市永川区×××创新联合体", "四(三)")),
                new Route(Route.Formation.APPROVAL, Route.Initiative.MIXED,
                        Text.of("区科技局提出总体布局，定向组织和自主申报相结合；牵头企业提出组建方案，经咨询论证后由区科技局支持启动建设并命名",
                                "the district S&T bureau sets the overall layout; consortia are directed by the bureau or self-applied; "
                                        + "the lead proposes a plan and, after a feasibility review, the bureau supports the launch and names it"),
                        "四(一)"),
                List.of(),
                Text.of("文中未列出产业领域：仅要求围绕永川“2235”总体发展思路，实现支柱产业和战略新兴产业全覆盖（二）",
                        "The text lists no fields: it refers to Yongchuan's \"2235\" development plan and aims to cover "
                                + "the district's pillar and strategic emerging industries (section 2)")));
        rules(e);
        measures(e);
        YongchuanLifecycle.register(e);
    }

    private static void rules(EditionSetup e) {
        Param<Integer> minimum = e.count("Y2.minimum", 5)
                .cites("三(二)", "创新联合体成员单位一般不少于5个。")
                .means("成员单位最少数量（一般）", "least number of member units (as a rule)").concept(Concepts.MEMBERS_MINIMUM);

        e.rule("Y1", MANDATORY, "三(一)")
                .quote("创新联合体由永川区内创新能力突出的行业龙头企业牵头组建。牵头企业在国内外技术领域中具有显著优势且具有较高市场影响力，"
                        + "对上中下游企业技术创新具有较强的引领与促进作用")
                .says("牵头单位为永川区内的行业龙头企业", "The lead is an industry-leading enterprise registered in Yongchuan")
                .test(lead(kind(UnitKind.ENTERPRISE), new MemberTest.RegisteredIn(YONGCHUAN), fact(INDUSTRY_LEADER)));
        e.rule("Y2", PRESUMPTIVE, "三(二)")
                .quote("创新联合体成员单位一般不少于5个。")
                .says("成员单位一般不少于5个", "As a rule, at least 5 member units")
                .test(memberCount(Population.MEMBER_UNITS, minimum));
        e.rule("Y3", ENCOURAGED, "三(二)")
                .quote("成果转移转化、科技金融等专业化科技服务机构可参与创新联合体建设。")
                .says("成果转移转化、科技金融等专业化科技服务机构可以参与（许可，非要求）",
                        "Specialised technology service bodies (technology transfer, sci-tech finance) may take part (a permission, not a requirement)")
                .test(permission(some(Population.ALL, serviceBody())));
        e.rule("Y4", MANDATORY, "三(三)")
                .quote("创新联合体应建立理事会 … 理事会日常办事机构为秘书处，秘书处应明确固定工作人员，挂靠牵头单位。")
                .says("建立理事会，设秘书处并明确固定工作人员", "A council, and a secretariat with fixed staff")
                .test(governance(COUNCIL, SECRETARIAT));
        e.rule("Y5", ENCOURAGED, "三(三)")
                .quote("鼓励创新联合体设立专家咨询委员会作为决策咨询机构，为攻关项目技术路线选择、任务分解、攻关方案设计等相关技术决策提供咨询。"
                        + "鼓励创新联合体设置首席科学家岗。")
                .says("设立专家咨询委员会，设置首席科学家岗", "An expert advisory committee and a chief scientist post")
                .test(governance(EXPERT_COMMITTEE, CHIEF_EXPERT));
        e.rule("Y6.a", MANDATORY, "三(四)")
                .quote("创新联合体应以重大项目需求为牵引，定期开展技术需求研讨和技术创新交流")
                .says("以重大项目需求为牵引，定期开展技术需求研讨和技术创新交流",
                        "Regular technical-needs workshops and innovation exchanges, driven by the needs of major projects")
                .test(implied(governance(REGULAR_EXCHANGE), governance(QUARTERLY_EXCHANGE)));
        e.rule("Y6.b", PRESUMPTIVE, "三(四)")
                .quote("（原则上每季度一次）")
                .says("技术需求研讨和技术创新交流原则上每季度一次", "As a rule, the exchanges take place once a quarter")
                .test(governance(QUARTERLY_EXCHANGE));
        e.rule("Y7", MANDATORY, "三(四)")
                .quote("通过合同约定、签订知识产权管理协议等方式，建立“共建共享”的知识产权管理制度。")
                .says("通过合同约定、签订知识产权管理协议等方式，建立“共建共享”的知识产权管理制度",
                        "A jointly built and shared IP management system, established by contract terms, an IP management agreement "
                                + "or other means")
                .test(implied(governance(IP_SYSTEM), governance(IP_AGREEMENT)));
        e.rule("Y8", MANDATORY, "三(二)")
                .quote("参与的高校、科研院所应在相关技术研究领域具有优势地位。")
                .says("参与的高校、科研院所在相关技术研究领域具有优势地位",
                        "Every participating university or research institute holds a leading position in its research field")
                .test(every(Population.ALL, academic(), fact(FIELD_ADVANTAGE)));
        e.rule("Y9", MANDATORY, "三(一)")
                .quote("牵头企业 … 具备较强的技术研究实力、创新资源整合能力和技术成果产业化能力。")
                .says("牵头企业具备较强的技术研究实力、创新资源整合能力和技术成果产业化能力",
                        "The lead has strong research capability, the ability to integrate innovation resources and the ability "
                                + "to turn research results into products")
                .test(lead(fact(STRONG_RD), fact(ORGANISING_ABILITY), fact(COMMERCIALISATION)));
        e.rule("Y10", MANDATORY, "三(二)")
                .quote("参与企业应为在产业链细分领域具有一定优势的骨干企业")
                .says("参与企业为在产业链细分领域具有一定优势的骨干企业",
                        "Every participating enterprise other than the lead is a backbone enterprise with an advantage in its segment "
                                + "of the chain")
                .test(every(Population.OTHERS, kind(UnitKind.ENTERPRISE), fact(BACKBONE)));
    }

    private static void measures(EditionSetup e) {
        e.measure(SupportMeasure.of(MeasureCategory.FUNDING, "六(一)",
                        "区财政给予创新联合体运行经费支持",
                        "District finance provides operating funds to the consortium"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "六(一)",
                        "区科技局鼓励创新联合体申报‘揭榜挂帅’等区级科研项目，并鼓励申报市级科研项目",
                        "The district S&T bureau encourages applications for district research projects such as "
                                + "open-competition (\"jiebang guashuai\") projects, and for municipal research projects"))
                .measure(SupportMeasure.of(MeasureCategory.FINANCE, "六(一)",
                        "完善科技金融政策，鼓励成员单位、社会资本等加大对创新联合体的经费投入",
                        "Sci-tech finance policies are improved; members and social capital are encouraged to invest more in the consortium"))
                .measure(SupportMeasure.of(MeasureCategory.PLATFORM, "六(二)",
                        "支持组建或参与国家级和市级科技创新平台；内部产生的创新创业载体符合条件的认定为众创空间、技术创新中心、新型研发机构等",
                        "Support for building or joining national and municipal innovation platforms; qualifying incubators and "
                                + "platforms born inside the consortium are recognised as maker spaces, technology innovation centres, "
                                + "new R&D institutions and the like"))
                .measure(SupportMeasure.of(MeasureCategory.PERSONNEL_DISPATCH, "六(三)",
                        "派驻工业科技特派员：优先选派懂技术和产业发展的科技专家入驻创新联合体，参与技术路线选择、攻关方案设计、技术咨询指导等具体工作",
                        "Industrial sci-tech commissioners are stationed in the consortium: S&T experts who understand both technology "
                                + "and industrial development are chosen first, and take part in choosing technical routes, designing "
                                + "research plans and giving technical advice"))
                .measure(SupportMeasure.of(MeasureCategory.POLICY_PARTICIPATION, "六(四)",
                        "鼓励参与产业战略规划、产业技术政策、科技管理制度制定和科技计划指南编制",
                        "The consortium is encouraged to take part in industrial strategy, technology policy, S&T management rules "
                                + "and programme guidelines"))
                .measure(SupportMeasure.of(MeasureCategory.COORDINATION, "六(五)",
                        "区科技局负责统筹协调，研究解决重大问题，协助制定建设方案、支持政策，组织评估",
                        "The district S&T bureau coordinates, resolves major problems, helps draft plans and support policies, "
                                + "and organises evaluations"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "四(四)",
                        "年度评价结果优秀的，根据项目实施情况后续给予项目滚动支持",
                        "An EXCELLENT annual evaluation brings rolling project support, depending on how the projects went"));
    }

    private static String seed() {
        try (InputStream in = YongchuanProvider.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Yongchuan document cannot be read", e);
        }
    }
}

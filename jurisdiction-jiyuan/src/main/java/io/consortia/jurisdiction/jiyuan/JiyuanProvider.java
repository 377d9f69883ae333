package io.consortia.jurisdiction.jiyuan;

import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.outcome.Strength.PREFERENCE;
import static io.consortia.kernel.outcome.Strength.PRESUMPTIVE;
import static io.consortia.kernel.profile.Attestation.COOPERATION_BASIS;
import static io.consortia.kernel.profile.Attestation.INDUSTRY_LEADER;
import static io.consortia.kernel.profile.Attestation.INSTITUTION_COOPERATION;
import static io.consortia.kernel.profile.Attestation.LEADING_TECHNOLOGY;
import static io.consortia.kernel.profile.Attestation.ORGANISING_ABILITY;
import static io.consortia.kernel.profile.Attestation.QUALIFIED_TEAM;
import static io.consortia.kernel.profile.Attestation.RD_SUPPORT_CAPABILITY;
import static io.consortia.kernel.profile.Attestation.SERVICE_CAPABILITY;
import static io.consortia.kernel.profile.GovernanceItem.CONSULTATION_BODY;
import static io.consortia.kernel.profile.GovernanceItem.DECISION_BODY;
import static io.consortia.kernel.profile.GovernanceItem.FORMATION_AGREEMENT;
import static io.consortia.kernel.profile.GovernanceItem.FUNDING_RULES;
import static io.consortia.kernel.profile.GovernanceItem.MANAGEMENT_BODY;
import static io.consortia.kernel.rule.MemberTest.academic;
import static io.consortia.kernel.rule.MemberTest.fact;
import static io.consortia.kernel.rule.MemberTest.inChain;
import static io.consortia.kernel.rule.MemberTest.kind;
import static io.consortia.kernel.rule.MemberTest.placed;
import static io.consortia.kernel.rule.MemberTest.serviceBody;
import static io.consortia.kernel.rule.Tests.all;
import static io.consortia.kernel.rule.Tests.every;
import static io.consortia.kernel.rule.Tests.fieldIn;
import static io.consortia.kernel.rule.Tests.governance;
import static io.consortia.kernel.rule.Tests.lead;
import static io.consortia.kernel.rule.Tests.leadAtLeast;
import static io.consortia.kernel.rule.Tests.leadPlatform;
import static io.consortia.kernel.rule.Tests.memberCount;
import static io.consortia.kernel.rule.Tests.share;

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
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.NumberFact;
import io.consortia.kernel.profile.PlatformLevel;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 济源 Jiyuan: 《济源创新联合体培育建设工作方案（试行）》 (征求意见稿; no number, undated, issuer not
 * stated), rules J1–J17 of policy-catalog.md v2. Every threshold is a parameter declared with its
 * sentence. The document is a draft for comments: {@link DocumentStatus#DRAFT} makes every
 * assessment not binding, with the caveat line (contract §2).
 */
public final class JiyuanProvider implements JurisdictionProvider {

    /** 419001: 济源市, which the document calls 济源示范区 (济源产城融合示范区). */
    static final Region JIYUAN = Region.of("419001", "济源示范区", "the Jiyuan demonstration zone");

    /**
     * An enterprise "处于产业链上下游环节" as reading R4 says: at any chain position by default,
     * upstream or downstream only under {@code updown}; OUTSIDE never, and unknown without a
     * {@code chainPosition}. Shared by J7 (the share) and J16 (every non-lead enterprise).
     */
    static final MemberTest IN_CHAIN = MemberTest.byReading(Reading.R4, inChain(),
            placed(ChainPosition.UPSTREAM, ChainPosition.DOWNSTREAM));

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("jiyuan", Text.of("济源市", "Jiyuan"), JIYUAN))
                .reading(Reading.R1)
                .reading(Reading.R4);
        EditionSetup e = setup.edition(new Document(
                Text.of("济源创新联合体培育建设工作方案（试行）",
                        "Jiyuan Work Plan for Cultivating and Building Innovation Consortia (Trial)"),
                Optional.empty(),
                Text.of("文中未载明发文机关（附件由济源产城融合示范区工业信息和科技局制）",
                        "not stated (the annex is prepared by the Industry, Information Technology and Science Bureau of the "
                                + "Jiyuan Industry-City Integration Demonstration Zone)"),
                Optional.empty(),
                Set.of(DocumentStatus.DRAFT, DocumentStatus.TRIAL),
                seed()));
        Param<List<String>> fields = e.list("J12.fields", List.of(
                        "有色金属", "钢铁", "化工", "绿色食品及饮料加工",
                        "新材料", "电子信息", "生物医药", "新能源", "节能环保",
                        "前沿新材料", "氢能与储能", "低空经济", "碳捕集"))
                .cites("一", "优先在有色金属、钢铁、化工、绿色食品及饮料加工、新材料、电子信息、生物医药、新能源、节能环保、前沿新材料、氢能与储能、低空经济、碳捕集等产业领域")
                .means("优先产业领域（附件填报说明二所列传统、新兴、未来产业）",
                        "preferred industry fields (the traditional, emerging and future industries of the annex)")
                .concept(Concepts.FIELDS);

        e.outline(new Outline(
                Optional.empty(),
                Optional.of(new Naming("济源", "创新联合体", "济源×××（领域）创新联合体", "四(三)")),
                new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP,
                        Text.of("以市场化自发组织为主，由牵头单位发起；采取备案制，常年受理，工科局组织专家审查、网上公示后备案",
                                "market-driven self-organisation started by the lead; filing all year round: the bureau "
                                        + "has experts review, gives public notice online, then files"),
                        "四"),
                fields.value(),
                Text.of("附件填报说明二：传统产业有色金属、钢铁、化工、绿色食品及饮料加工；新兴产业新材料、电子信息、生物医药、新能源、节能环保；"
                                + "未来产业前沿新材料、氢能与储能、低空经济、碳捕集（与一所列优先领域相同）",
                        "附件 填报说明二: traditional, emerging and future industries (the same fields as the priorities of 一)")));
        rules(e, fields);
        measures(e);
        JiyuanLifecycle.register(e);
    }

    private static void rules(EditionSetup e, Param<List<String>> fields) {
        Param<List<String>> levels = e.list("J3.levels", PlatformLevel.class, List.of(PlatformLevel.values()))
                .cites("三(一)2", "已建有市级及以上工程技术研究中心、重点实验室、企业研发中心等科技创新平台或其他企业自建研发平台")
                .means("牵头单位研发平台的级别（“其他企业自建研发平台”：任何级别、任何类型）",
                        "levels of the lead's R&D platform (any level, any type: the text admits any platform the enterprise built)")
                .concept(Concepts.LEAD_PLATFORM_LEVELS);
        Param<Integer> projects = e.count("J4.minimum", 2)
                .cites("三(一)3", "年度在研研发项目不少于2项（含与外部合作项目）")
                .means("牵头单位年度在研研发项目最少数量", "least number of the lead's R&D projects under way")
                .concept(Concepts.LEAD_ONGOING_PROJECTS);
        Param<Integer> minimum = e.count("J5.minimum", 4)
                .cites("三(二)", "成员单位总数原则上不少于4个")
                .means("成员单位最少数量（原则上）", "least number of member units (in principle)").concept(Concepts.MEMBERS_MINIMUM);
        Param<BigDecimal> aboveSize = e.share("J6.share", "0.6")
                .cites("三(二)1", "规上工业企业占比不低于60%")
                .means("规上工业企业占成员单位的最低比例", "least share of above-designated-size industrial enterprises")
                .concept(Concepts.MEMBERS_ABOVE_SIZE_SHARE);
        Param<BigDecimal> chain = e.share("J7.share", "0.5")
                .cites("三(二)2", "产业链上下游企业占比不低于50%")
                .means("产业链上下游企业占成员单位的最低比例", "least share of enterprises placed in the chain")
                .concept(Concepts.MEMBERS_CHAIN_SHARE);

        e.rule("J1", MANDATORY, "三(一)")
                .quote("（一）牵头单位基本条件 … 牵头单位需为在济源示范区注册的独立法人")
                .says("牵头单位为在济源示范区注册的独立法人企业",
                        "The lead is an enterprise registered in Jiyuan and an independent legal person")
                .test(lead(kind(UnitKind.ENTERPRISE), new MemberTest.RegisteredIn(JIYUAN), fact(Trait.INDEPENDENT_LEGAL_PERSON)));
        e.rule("J2", MANDATORY, "三(一)1")
                .quote("需为统计局名录内的规上工业企业，在行业内居于国内或省内主导地位，具有明显的领先优势")
                .says("牵头单位为统计局名录内的规上工业企业，在行业内居于国内或省内主导地位，具有明显的领先优势",
                        "The lead is an above-designated-size industrial enterprise, a national or provincial leader of its "
                                + "industry, with a clear lead in technology")
                .test(lead(fact(Trait.ABOVE_DESIGNATED_SIZE), fact(INDUSTRY_LEADER), fact(LEADING_TECHNOLOGY)));
        e.rule("J3", MANDATORY, "三(一)2")
                .quote("已建有市级及以上工程技术研究中心、重点实验室、企业研发中心等科技创新平台或其他企业自建研发平台，"
                        + "并与高校、科研院所及科学家团队保持稳定合作")
                .says("牵头单位已建有市级及以上科技创新平台或其他企业自建研发平台，并与高校、科研院所及科学家团队保持稳定合作",
                        "The lead has built a municipal-or-higher innovation platform or another R&D platform of its own, and "
                                + "cooperates stably with universities, institutes and scientists' teams")
                .test(all(leadPlatform(levels), lead(fact(INSTITUTION_COOPERATION))));
        e.rule("J4", MANDATORY, "三(一)3")
                .quote("3.研发能力：具备持续研发投入机制与项目储备，年度在研研发项目不少于2项（含与外部合作项目）")
                .says("牵头单位年度在研研发项目不少于2项（含与外部合作项目）",
                        "The lead has at least 2 R&D projects under way this year (joint projects included)")
                .test(leadAtLeast(NumberFact.ONGOING_RD_PROJECTS, projects));
        e.rule("J5", PRESUMPTIVE, "三(二)")
                .quote("成员单位总数原则上不少于4个")
                .says("成员单位总数原则上不少于4个", "In principle, at least 4 member units")
                .test(memberCount(Population.MEMBER_UNITS, minimum));
        e.rule("J6", MANDATORY, "三(二)1")
                .quote("1.规上工业企业占比不低于60%")
                .says("规上工业企业占成员单位的比例不低于60%",
                        "Above-designated-size industrial enterprises are at least 60% of the member units")
                .test(share(Population.MEMBER_UNITS, MemberTest.all(kind(UnitKind.ENTERPRISE), fact(Trait.ABOVE_DESIGNATED_SIZE)), aboveSize));
        e.rule("J7", MANDATORY, "三(二)2")
                .quote("2.产业链上下游企业占比不低于50%")
                .says("产业链上下游企业占成员单位的比例不低于50%",
                        "Enterprises of the industry chain's upstream and downstream are at least 50% of the member units")
                .test(share(Population.MEMBER_UNITS, MemberTest.all(kind(UnitKind.ENTERPRISE), IN_CHAIN), chain));
        e.rule("J8", MANDATORY, "三(四)")
                .quote("（四）创新联合体应设立决策、咨询和执行等组织机构，建立有效的决策与执行机制。创新联合体执行机构为常设机构，应配备必要的工作人员，负责开展日常工作。")
                .says("设立决策、咨询和执行机构，执行机构为常设机构",
                        "A decision-making body, a consultation body and a standing executive body")
                .test(governance(DECISION_BODY, CONSULTATION_BODY, MANAGEMENT_BODY));
        e.rule("J9", MANDATORY, "三(五)")
                .quote("（五）创新联合体应具有健全的经费管理制度。对创新联合体经费要制定相应的管理办法，建立经费使用的内部监督机制。")
                .says("具有健全的经费管理制度", "Sound funding management rules")
                .test(governance(FUNDING_RULES));
        e.rule("J10", MANDATORY, "三(三)2")
                .quote("2.高校、科研院所、创新团体作为创新联合体成员，应拥有专业性高、创新能力强的研究团队，良好的科研实验条件，可提供强而有力的技术支撑。")
                .says("高校、科研院所成员拥有专业性高、创新能力强的研究团队和良好的科研实验条件",
                        "Every university or institute member has a highly professional, innovative team and good laboratory conditions")
                .test(every(Population.ALL, academic(), fact(QUALIFIED_TEAM)));
        e.rule("J11", MANDATORY, "四(一)")
                .quote("由牵头单位发起，与成员单位共同签署组建协议")
                .says("牵头单位与成员单位共同签署组建协议",
                        "A formation agreement signed by the lead and the member units")
                .test(governance(FORMATION_AGREEMENT));
        e.rule("J12", PREFERENCE, "一")
                .quote("优先在有色金属、钢铁、化工、绿色食品及饮料加工、新材料、电子信息、生物医药、新能源、节能环保、前沿新材料、氢能与储能、低空经济、碳捕集等产业领域"
                        + " … 二、产业领域指有色金属、钢铁、化工、绿色食品及饮料加工等传统产业，新材料、电子信息、生物医药、新能源、节能环保等新兴产业，"
                        + "前沿新材料、氢能与储能、低空经济、碳捕集等未来产业。")
                .says("优先在附件所列传统产业、新兴产业和未来产业领域组建",
                        "Preference for the traditional, emerging and future industries listed in the annex")
                .test(fieldIn(fields));
        e.rule("J13", MANDATORY, "三, 三(二)")
                .quote("创新联合体由企业、高校、科研院所或其他组织机构等多个独立法人单位组成 … 成员单位由企业、高校、科研院所、科技服务机构等多个独立法人单位组成")
                .says("各成员单位（含牵头单位）均为独立法人单位", "Every member unit, the lead included, is an independent legal person")
                .test(every(Population.ALL, MemberTest.anyone(), fact(Trait.INDEPENDENT_LEGAL_PERSON)));
        e.rule("J14", MANDATORY, "三(一)1, 三(一)4")
                .quote("能有效集聚产业链上下游中小微企业、高校、科研院所等创新资源 … 可与产业链上下游企业、高校、科研院所等发起学术交流、技术服务、成果转化等活动")
                .says("牵头单位能有效集聚产业链上下游创新资源，能发起学术交流、技术服务、成果转化等活动",
                        "The lead can gather the chain's innovation resources and is able to start academic exchanges, technical "
                                + "services and the transfer of results")
                .test(lead(fact(ORGANISING_ABILITY)));
        e.rule("J15", MANDATORY, "三(三)1")
                .quote("1.成员单位应与牵头单位在技术研发、成果转化、行业服务、标准制定、国际合作、品牌建设等方面具备合作基础和合作意愿。")
                .says("各成员单位与牵头单位具备合作基础和合作意愿", "Every member has a basis and will for cooperation with the lead")
                .test(every(Population.OTHERS, MemberTest.anyone(), fact(COOPERATION_BASIS)));
        e.rule("J16", MANDATORY, "三(三)3")
                .quote("3.企业作为创新联合体成员的，需处于本产业领域产业链上下游环节，具备一定研发能力与技术配套能力")
                .says("企业成员处于本产业领域产业链上下游环节，具备一定研发能力与技术配套能力",
                        "Every enterprise member is placed in the up- and downstream links of the field's industry chain and has R&D "
                                + "and technical supporting capability")
                .test(every(Population.OTHERS, kind(UnitKind.ENTERPRISE), MemberTest.all(fact(RD_SUPPORT_CAPABILITY), IN_CHAIN)));
        e.rule("J17", MANDATORY, "三(二)3, 三(三)4")
                .quote("需能为创新联合体提供专业化支撑 … 应有相应的专业技术服务能力")
                .says("科技服务机构、金融机构等成员能提供专业化支撑，具有相应的专业技术服务能力",
                        "Every service or financial body among the members can give specialised support and has the matching "
                                + "professional service capability")
                .test(every(Population.ALL, serviceBody(), fact(SERVICE_CAPABILITY)));
    }

    private static void measures(EditionSetup e) {
        e.measure(SupportMeasure.of(MeasureCategory.PLATFORM, "五1",
                        "支持联合体内单位联合组建或参与建设市级及以上重点实验室、工程技术研究中心等平台，同等条件下优先认定",
                        "Member units that jointly build municipal-or-higher key labs, engineering technology research centres and "
                                + "the like are recognised first, other things being equal"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "五1",
                        "鼓励围绕重大课题开展联合攻关，优先推荐申报市级及以上重大科技计划项目",
                        "Joint research on major topics is encouraged and recommended first for municipal-or-higher major programmes"))
                .measure(SupportMeasure.of(MeasureCategory.PLATFORM, "五2",
                        "支持建设产业共性技术研发平台，打造关键技术自主创新“核心圈”",
                        "Support for industry common-technology R&D platforms, a core circle of independent innovation in key technologies"))
                .measure(SupportMeasure.of(MeasureCategory.REFORM_PILOTS, "五2",
                        "在联合体内试点科技成果转化收益分配改革、人才股权激励、科研经费“包干制”等体制机制创新",
                        "Pilots inside the consortium: sharing of technology-transfer income, equity incentives for talent, "
                                + "lump-sum research funding"))
                .measure(SupportMeasure.of(MeasureCategory.FINANCE, "五3",
                        "鼓励社会资本利用股权投资、项目投资等多种形式参与企业创新联合体建设",
                        "Social capital is encouraged to take part by equity investment, project investment and other forms"))
                .measure(SupportMeasure.of(MeasureCategory.FINANCE, "五3",
                        "对核心成员单位融资需求，“科技贷”业务优先调查、优先审贷、优先安排信贷规模",
                        "For the core members' financing, the 科技贷 (sci-tech loan) programme investigates, approves and allocates "
                                + "credit first"))
                .measure(SupportMeasure.of(MeasureCategory.PLATFORM, "五4",
                        "联合体内部产生的创新创业载体优先认定为市级科技企业孵化器、众创空间",
                        "Incubation carriers born in the consortium are recognised first as municipal incubators and maker spaces"))
                .measure(SupportMeasure.of(MeasureCategory.OTHER, "五4",
                        "支持联合体孵化的中小企业申报高新技术企业、科技型中小企业",
                        "SMEs incubated by the consortium are helped to apply as high-tech enterprises and sci-tech SMEs"));
    }

    private static String seed() {
        try (InputStream in = JiyuanProvider.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Jiyuan document cannot be read", e);
        }
    }
}

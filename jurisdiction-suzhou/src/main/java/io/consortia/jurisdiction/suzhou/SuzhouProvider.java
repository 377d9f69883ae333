package io.consortia.jurisdiction.suzhou;

import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.outcome.Strength.PREFERENCE;
import static io.consortia.kernel.outcome.Strength.PRESUMPTIVE;
import static io.consortia.kernel.profile.Attestation.COOPERATION_BASIS;
import static io.consortia.kernel.profile.Attestation.INDUSTRY_LEADER;
import static io.consortia.kernel.profile.Attestation.INSTITUTION_COOPERATION;
import static io.consortia.kernel.profile.Attestation.ORGANISING_ABILITY;
import static io.consortia.kernel.profile.Attestation.QUALIFIED_TEAM;
import static io.consortia.kernel.profile.Attestation.RD_SUPPORT_CAPABILITY;
import static io.consortia.kernel.profile.Attestation.STRONG_RD;
import static io.consortia.kernel.profile.GovernanceItem.CHIEF_EXPERT;
import static io.consortia.kernel.profile.GovernanceItem.CONSTRUCTION_PLAN;
import static io.consortia.kernel.profile.GovernanceItem.COUNCIL;
import static io.consortia.kernel.profile.GovernanceItem.EXPERT_COMMITTEE;
import static io.consortia.kernel.profile.GovernanceItem.FORMATION_AGREEMENT;
import static io.consortia.kernel.profile.GovernanceItem.MANAGEMENT_BODY;
import static io.consortia.kernel.profile.GovernanceItem.SECRETARIAT;
import static io.consortia.kernel.rule.MemberTest.academic;
import static io.consortia.kernel.rule.MemberTest.fact;
import static io.consortia.kernel.rule.MemberTest.inChain;
import static io.consortia.kernel.rule.MemberTest.kind;
import static io.consortia.kernel.rule.Tests.any;
import static io.consortia.kernel.rule.Tests.every;
import static io.consortia.kernel.rule.Tests.fieldIn;
import static io.consortia.kernel.rule.Tests.governance;
import static io.consortia.kernel.rule.Tests.lead;
import static io.consortia.kernel.rule.Tests.leadPlatformOrLike;
import static io.consortia.kernel.rule.Tests.memberCount;
import static io.consortia.kernel.rule.Tests.notBarred;

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
import io.consortia.kernel.profile.PlatformType;
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
 * 苏州 Suzhou: 《苏州市创新联合体建设实施方案》 (undated; cites 苏委办发〔2022〕6号), rules S1–S15 of
 * policy-catalog.md v2. Every threshold is a parameter declared with its sentence.
 */
public final class SuzhouProvider implements JurisdictionProvider {

    static final Region SUZHOU = Region.of("3205", "苏州市", "Suzhou");

    /**
     * R7: does the 一般 of 三(一)'s heading 「组建创新联合体一般应满足以下条件」 govern items 1–4? By
     * default it does (S4 and S15 are PRESUMPTIVE); the alternative reads each item by its own
     * modal (S4 and S15 MANDATORY). S1 has its own 一般 and S3 is required again by 四(三).
     */
    static final Reading R7 = new Reading("R7",
            Text.of("苏州 三(一)“组建创新联合体一般应满足以下条件”中的“一般”是否及于第1–4项？",
                    "Suzhou 三(一) \"should as a rule meet the following conditions\": does \"as a rule\" govern items 1–4?"),
            "list", Text.of("及于各项：S4、S15 为原则性要求", "it governs the list: S4 and S15 are presumptive"),
            "item", Text.of("各项按其自身措辞：S4、S15 为强制性要求", "each item carries only its own modal: S4 and S15 are mandatory"));

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("suzhou", Text.of("苏州市", "Suzhou"), SUZHOU))
                .reading(Reading.R1)
                .reading(Reading.R6)
                .reading(R7)
                .reading(Reading.R9);
        EditionSetup e = setup.edition(new Document(
                Text.of("苏州市创新联合体建设实施方案", "Suzhou Implementation Plan for Building Innovation Consortia"),
                Optional.empty(),
                Text.of("苏州市（文中未载明发文机关）", "Suzhou (the text does not name its issuing body)"),
                Optional.empty(),
                Set.of(DocumentStatus.IN_FORCE),
                seed()));
        Param<List<String>> fields = e.list("S11.fields", List.of("电子信息", "装备制造", "生物医药", "先进材料"))
                .cites("四(一)1", "苏州市科技局聚焦电子信息、装备制造、生物医药、先进材料四大产业")
                .means("重点产业领域", "the industries the policy focuses on").concept(Concepts.FIELDS);
        e.outline(new Outline(
                Optional.of(e.target(10, true, 2025, "一", "到2025年,培育建设10个以上创新联合体。")),
                Optional.of(new Naming("苏州市", "创新联合体", "苏州市xxx(领域)创新联合体", "四(四)")),
                new Route(Route.Formation.APPROVAL, Route.Initiative.MIXED,
                        Text.of("市级主导和县级市（区）推荐相结合，苏州市科技局审定后立项建设",
                                "city-led or recommended by a county-level city or district; approved by the city S&T bureau"),
                        "四"),
                fields.value(),
                Text.of("一、四(一)1：电子信息、装备制造、生物医药、先进材料", "一 and 四(一)1: four industries")));
        rules(e, fields);
        measures(e);
        SuzhouLifecycle.register(e);
    }

    private static void rules(EditionSetup e, Param<List<String>> fields) {
        Param<Integer> minimum = e.count("S1.minimum", 8)
                .cites("三(一)2", "成员单位需来源广泛、协同互补,一般不少于8个。")
                .means("成员单位最少数量（一般）", "least number of member units (as a rule)").concept(Concepts.MEMBERS_MINIMUM);
        Param<List<String>> levels = e.list("S6.levels", PlatformLevel.class, List.of(PlatformLevel.NATIONAL, PlatformLevel.PROVINCIAL))
                .cites("三(二)1", "建有省级以上企业重点实验室、院士工作站、工程技术研究中心、工程研究中心、技术创新中心、企业技术中心等创新载体")
                .means("牵头企业创新载体的级别", "levels of the lead's innovation carrier").concept(Concepts.LEAD_PLATFORM_LEVELS);
        Param<List<String>> types = e.list("S6.types", PlatformType.class, List.of(PlatformType.KEY_LAB,
                        PlatformType.ACADEMICIAN_WORKSTATION, PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER,
                        PlatformType.ENGINEERING_RESEARCH_CENTER, PlatformType.TECHNOLOGY_INNOVATION_CENTER,
                        PlatformType.ENTERPRISE_TECHNOLOGY_CENTER))
                .cites("三(二)1", "建有省级以上企业重点实验室、院士工作站、工程技术研究中心、工程研究中心、技术创新中心、企业技术中心等创新载体")
                .means("牵头企业创新载体的类型（“等”：同类载体需人工判断）",
                        "types of the lead's innovation carrier (the list is open: like carriers need a human decision)")
                .concept(Concepts.LEAD_PLATFORM_TYPES);

        e.rule("S1", PRESUMPTIVE, "三(一)2")
                .quote("成员单位需来源广泛、协同互补,一般不少于8个。")
                .says("成员单位一般不少于8个", "As a rule, at least 8 member units")
                .test(memberCount(Population.MEMBER_UNITS, minimum));
        e.rule("S2", PREFERENCE, "三(一)2")
                .quote("重点支持上市企业、“专精特新”企业牵头组建创新联合体。")
                .says("重点支持上市企业、专精特新企业牵头", "Preference for a listed or specialised-and-sophisticated lead")
                .test(any(lead(fact(Trait.LISTED)), lead(fact(Trait.SPECIALIZED_SOPHISTICATED))));
        e.rule("S3", MANDATORY, "三(一)3, 四(三)")
                .quote("各成员单位法定代表人或授权人需共同签定创新联合体章程(组建协议) … 牵头企业与各成员单位签署具有法律约束力的创新联合体章程(组建协议)")
                .says("牵头企业与各成员单位签署具有法律约束力的章程（组建协议）",
                        "A legally binding charter (formation agreement) signed by the lead and every member")
                .test(governance(FORMATION_AGREEMENT));
        e.rule("S4", PRESUMPTIVE, "三(一)4")
                .quote("成立管理协调机构,负责创新联合体的建设运行。")
                .says("成立管理协调机构", "A management and coordination body")
                .strengthUnder(R7, MANDATORY)
                .test(governance(MANAGEMENT_BODY));
        e.rule("S5", MANDATORY, "三(二)1")
                .quote("(二)创新联合体牵头企业应具备的条件 … 在苏州市注册,独立法人")
                .says("牵头企业在苏州市注册，为独立法人", "The lead is an enterprise registered in Suzhou and an independent legal person")
                .test(lead(kind(UnitKind.ENTERPRISE), new MemberTest.RegisteredIn(SUZHOU), fact(Trait.INDEPENDENT_LEGAL_PERSON)));
        e.rule("S6", MANDATORY, "三(二)1")
                .quote("建有省级以上企业重点实验室、院士工作站、工程技术研究中心、工程研究中心、技术创新中心、企业技术中心等创新载体")
                .says("牵头企业建有省级以上重点实验室、院士工作站、工程技术研究中心、工程研究中心、技术创新中心、企业技术中心等创新载体",
                        "The lead has a provincial-or-higher key lab, academician workstation, engineering (technology) research centre, "
                                + "technology innovation centre, enterprise technology centre or a like innovation carrier")
                .test(leadPlatformOrLike(levels, types));
        e.rule("S7", MANDATORY, "三(二)1")
                .quote("拥有股权投资基金。")
                .says("牵头企业拥有股权投资基金", "The lead has an equity investment fund")
                .test(lead(fact(Trait.EQUITY_FUND)));
        e.rule("S8", MANDATORY, "三(二)1-3")
                .quote("1.具备较强的行业影响力。 … 与大院大所建立了良好的合作关系 … 2.具有较强的研发实力。 … 3.具备较强的组织协同能力。")
                .says("牵头企业具备较强的行业影响力、研发实力和组织协同能力，与大院大所合作良好",
                        "The lead has strong industry influence, R&D and organising ability, and good cooperation with institutions")
                .test(lead(fact(INDUSTRY_LEADER), fact(INSTITUTION_COOPERATION), fact(STRONG_RD), fact(ORGANISING_ABILITY)));
        e.rule("S9", MANDATORY, "三(三)2")
                .quote("2.高校院所作为创新联合体成员单位的,应拥有高层次高水平的创新团队,并具备良好的科研实验条件。")
                .says("高校院所成员拥有高水平创新团队和良好科研实验条件",
                        "Every university or institute member has a high-level team and good laboratory conditions")
                .test(every(Population.ALL, academic(), fact(QUALIFIED_TEAM)));
        e.rule("S10", MANDATORY, "四(二)")
                .quote("牵头企业发起建立创新联合体理事会。理事会成立专家指导委员会、秘书处,选聘首席专家")
                .says("建立理事会、专家指导委员会、秘书处，选聘首席专家",
                        "A council, an expert guidance committee, a secretariat and a chief expert")
                .test(governance(COUNCIL, EXPERT_COMMITTEE, SECRETARIAT, CHIEF_EXPERT));
        e.rule("S11", PREFERENCE, "一, 四(一)1")
                .quote("聚焦电子信息、装备制造、生物医药、先进材料等产业领域 … 苏州市科技局聚焦电子信息、装备制造、生物医药、先进材料四大产业")
                .says("聚焦电子信息、装备制造、生物医药、先进材料四大产业",
                        "The field is one of electronic information, equipment manufacturing, biomedicine, advanced materials")
                .test(fieldIn(fields));
        e.rule("S12", MANDATORY, "六(三)")
                .quote("牵头企业组织不力,未按共建协议履约的,取消创新联合体牵头资格,并且三年内不得牵头组建或作为核心层参与建设其他创新联合体。")
                .says("牵头单位和核心层成员不在三年禁止期内", "Neither the lead nor a core member is under a 3-year bar")
                .test(notBarred(Reading.R6, Reading.R9));
        e.rule("S13", MANDATORY, "三(三)1")
                .quote("1.各成员单位应与牵头企业在技术研发、成果转化、行业服务、标准制定、国际合作、品牌建设等方面具各合作基础和合作意愿。")
                .says("各成员单位与牵头企业具备合作基础和合作意愿",
                        "Every member has a basis and will for cooperation with the lead")
                .test(every(Population.OTHERS, MemberTest.anyone(), fact(COOPERATION_BASIS)));
        e.rule("S14", MANDATORY, "三(三)3")
                .quote("3.企业作为创新联合体成员单位的,应属于本产业链领域,具备一定的研发和技术配套能力")
                .says("企业成员属于本产业链领域，具备一定的研发和技术配套能力",
                        "Every enterprise member belongs to the chain and has R&D and technical supporting capability")
                .test(every(Population.OTHERS, kind(UnitKind.ENTERPRISE), MemberTest.all(fact(RD_SUPPORT_CAPABILITY), inChain())));
        e.rule("S15", PRESUMPTIVE, "三(一)1")
                .quote("创新联合体要提出明确的建设定位以及中长期发展规划和任务。")
                .says("提出明确的建设定位以及中长期发展规划和任务", "A clear positioning with a medium- and long-term plan and tasks")
                .strengthUnder(R7, MANDATORY)
                .test(governance(CONSTRUCTION_PLAN));
    }

    private static void measures(EditionSetup e) {
        Param<BigDecimal> cap = e.amount("support.cap", 2_000_000)
                .cites("五(一)", "根据建设运营情况给予最高200万元支持")
                .means("专项支持上限", "funding cap").concept(Concepts.SUPPORT_CAP);
        e.measure(SupportMeasure.of(MeasureCategory.FUNDING, "五(一)",
                        "按苏委办发〔2022〕6号规定，根据建设运营情况给予最高200万元支持",
                        "Up to 2,000,000 CNY depending on operation, under 苏委办发〔2022〕6号").withCap(cap))
                .measure(SupportMeasure.of(MeasureCategory.FINANCE, "五(一)",
                        "发挥市产业引导基金、产业创新集群发展基金作用，引导社会资本以股权投资、项目投资方式参与",
                        "City industry guidance and cluster funds steer social capital into the consortium by equity or project investment"))
                .measure(SupportMeasure.of(MeasureCategory.PROJECTS, "五(二)",
                        "苏州市各级科技、人才和产业计划给予支持，并推荐申报省级以上计划项目",
                        "City science, talent and industry programmes support it and recommend it for provincial-or-higher programmes"))
                .measure(SupportMeasure.of(MeasureCategory.PLATFORM, "五(三)",
                        "共建载体平台符合条件的可直接认定为市级重点实验室、新型研发机构、孵化器等",
                        "Jointly built platforms may be recognised directly as municipal key labs, new R&D institutions, incubators and the like"))
                .measure(SupportMeasure.of(MeasureCategory.PERSONNEL_DISPATCH, "五(四)",
                        "县级市（区）科技部门选派科技联络员入驻创新联合体",
                        "A sci-tech liaison officer is dispatched by the county-level S&T department"))
                .measure(SupportMeasure.of(MeasureCategory.FUNDING, "六(二)",
                        "评价结果为优秀的，给予滚动支持，并支持申报建设省级以上创新联合体",
                        "An EXCELLENT evaluation brings rolling support and backing for a provincial-level consortium application"));
    }

    private static String seed() {
        try (InputStream in = SuzhouProvider.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Suzhou document cannot be read", e);
        }
    }
}

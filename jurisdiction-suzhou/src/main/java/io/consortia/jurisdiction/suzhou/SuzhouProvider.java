package io.consortia.jurisdiction.suzhou;

import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.outcome.Strength.PREFERENCE;
import static io.consortia.kernel.outcome.Strength.PRESUMPTIVE;
import static io.consortia.kernel.profile.Attestation.INDUSTRY_LEADER;
import static io.consortia.kernel.profile.Attestation.INSTITUTION_COOPERATION;
import static io.consortia.kernel.profile.Attestation.ORGANISING_ABILITY;
import static io.consortia.kernel.profile.Attestation.QUALIFIED_TEAM;
import static io.consortia.kernel.profile.Attestation.STRONG_RD;
import static io.consortia.kernel.profile.GovernanceItem.CHIEF_EXPERT;
import static io.consortia.kernel.profile.GovernanceItem.COUNCIL;
import static io.consortia.kernel.profile.GovernanceItem.EXPERT_COMMITTEE;
import static io.consortia.kernel.profile.GovernanceItem.FORMATION_AGREEMENT;
import static io.consortia.kernel.profile.GovernanceItem.MANAGEMENT_BODY;
import static io.consortia.kernel.profile.GovernanceItem.SECRETARIAT;
import static io.consortia.kernel.rule.Conditions.all;
import static io.consortia.kernel.rule.Conditions.any;
import static io.consortia.kernel.rule.Conditions.every;
import static io.consortia.kernel.rule.Conditions.fieldIn;
import static io.consortia.kernel.rule.Conditions.governance;
import static io.consortia.kernel.rule.Conditions.leadAttests;
import static io.consortia.kernel.rule.Conditions.leadKind;
import static io.consortia.kernel.rule.Conditions.leadNotBarred;
import static io.consortia.kernel.rule.Conditions.leadPlatform;
import static io.consortia.kernel.rule.Conditions.leadRegisteredIn;
import static io.consortia.kernel.rule.Conditions.leadTrait;
import static io.consortia.kernel.rule.Conditions.memberCount;

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
import io.consortia.kernel.jurisdiction.Target;
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
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 苏州 Suzhou: 《苏州市创新联合体建设实施方案》 (undated; cites 苏委办发〔2022〕6号), rules S1–S12 of
 * policy-catalog.md.
 */
public final class SuzhouProvider implements JurisdictionProvider {

    static final Region SUZHOU = Region.of("3205", "苏州市", "Suzhou");

    /** 四(一)1 and 一: the four industries. */
    static final List<String> FIELDS = List.of("电子信息", "装备制造", "生物医药", "先进材料");

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("suzhou", Text.of("苏州市", "Suzhou"), SUZHOU))
                .reading(Reading.R1)
                .reading(Reading.R6);
        EditionSetup e = setup.edition(new Document(
                Text.of("苏州市创新联合体建设实施方案", "Suzhou Implementation Plan for Building Innovation Consortia"),
                Optional.empty(),
                Text.of("苏州市（文中未载明发文机关）", "Suzhou (the text does not name its issuing body)"),
                Optional.empty(),
                Set.of(DocumentStatus.IN_FORCE),
                seed()));
        e.outline(new Outline(
                Optional.of(Target.atLeast(10, 2025, "一")),
                Optional.of(new Naming("苏州市", "创新联合体", "苏州市xxx(领域)创新联合体", "四(四)")),
                new Route(Route.Formation.APPROVAL, Route.Initiative.MIXED,
                        Text.of("市级主导和县级市（区）推荐相结合，苏州市科技局审定后立项建设",
                                "city-led or recommended by a county-level city or district; approved by the city S&T bureau"),
                        "四"),
                FIELDS,
                Text.of("一、四(一)1：电子信息、装备制造、生物医药、先进材料", "一 and 四(一)1: four industries")));
        rules(e);
        measures(e);
        e.lifecycle(SuzhouLifecycle.policy());
    }

    private static void rules(EditionSetup e) {
        e.rule("S1", PRESUMPTIVE, "三(一)2")
                .quote("成员单位需来源广泛、协同互补,一般不少于8个。")
                .says("成员单位一般不少于8个", "As a rule, at least 8 member units")
                .readings(Reading.R1)
                .test(memberCount(Population.MEMBER_UNITS, 8));
        e.rule("S2", PREFERENCE, "三(一)2")
                .quote("重点支持上市企业、“专精特新”企业牵头组建创新联合体。")
                .says("重点支持上市企业、专精特新企业牵头", "Preference for a listed or specialised-and-sophisticated lead")
                .test(any(leadTrait(Trait.LISTED), leadTrait(Trait.SPECIALIZED_SOPHISTICATED)));
        e.rule("S3", MANDATORY, "三(一)3")
                .quote("各成员单位法定代表人或授权人需共同签定创新联合体章程(组建协议)")
                .says("各成员单位共同签定章程（组建协议）", "A charter (formation agreement) signed by all members")
                .test(governance(FORMATION_AGREEMENT));
        e.rule("S4", MANDATORY, "三(一)4")
                .quote("成立管理协调机构,负责创新联合体的建设运行。")
                .says("成立管理协调机构", "A management and coordination body")
                .test(governance(MANAGEMENT_BODY));
        e.rule("S5", MANDATORY, "三(二)1")
                .quote("(二)创新联合体牵头企业应具备的条件 … 在苏州市注册,独立法人")
                .says("牵头企业在苏州市注册，为独立法人", "The lead is an enterprise registered in Suzhou and an independent legal person")
                .test(all(leadKind(UnitKind.ENTERPRISE), leadRegisteredIn(SUZHOU), leadTrait(Trait.INDEPENDENT_LEGAL_PERSON)));
        e.rule("S6", MANDATORY, "三(二)1")
                .quote("建有省级以上企业重点实验室、院士工作站、工程技术研究中心、工程研究中心、技术创新中心、企业技术中心等创新载体")
                .says("牵头企业建有省级以上重点实验室、院士工作站、工程技术研究中心、工程研究中心、技术创新中心或企业技术中心",
                        "The lead has a provincial-or-higher key lab, academician workstation, engineering (technology) research centre, "
                                + "technology innovation centre or enterprise technology centre")
                .test(leadPlatform(EnumSet.of(PlatformLevel.NATIONAL, PlatformLevel.PROVINCIAL), EnumSet.of(
                        PlatformType.KEY_LAB, PlatformType.ACADEMICIAN_WORKSTATION,
                        PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER, PlatformType.ENGINEERING_RESEARCH_CENTER,
                        PlatformType.TECHNOLOGY_INNOVATION_CENTER, PlatformType.ENTERPRISE_TECHNOLOGY_CENTER)));
        e.rule("S7", MANDATORY, "三(二)1")
                .quote("拥有股权投资基金。")
                .says("牵头企业拥有股权投资基金", "The lead has an equity investment fund")
                .test(leadTrait(Trait.EQUITY_FUND));
        e.rule("S8", MANDATORY, "三(二)1-3")
                .quote("1.具备较强的行业影响力。 … 与大院大所建立了良好的合作关系 … 2.具有较强的研发实力。 … 3.具备较强的组织协同能力。")
                .says("牵头企业具备较强的行业影响力、研发实力和组织协同能力，与大院大所合作良好",
                        "The lead has strong industry influence, R&D and organising ability, and good cooperation with institutions")
                .test(leadAttests(INDUSTRY_LEADER, INSTITUTION_COOPERATION, STRONG_RD, ORGANISING_ABILITY));
        e.rule("S9", MANDATORY, "三(三)2")
                .quote("2.高校院所作为创新联合体成员单位的,应拥有高层次高水平的创新团队,并具备良好的科研实验条件。")
                .says("高校院所成员拥有高水平创新团队和良好科研实验条件",
                        "Every university or institute member has a high-level team and good laboratory conditions")
                .test(every(Population.ALL, MemberTest.kind(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE),
                        MemberTest.attests(QUALIFIED_TEAM)));
        e.rule("S10", MANDATORY, "四(二)")
                .quote("牵头企业发起建立创新联合体理事会。理事会成立专家指导委员会、秘书处,选聘首席专家")
                .says("建立理事会、专家指导委员会、秘书处，选聘首席专家",
                        "A council, an expert guidance committee, a secretariat and a chief expert")
                .test(governance(COUNCIL, EXPERT_COMMITTEE, SECRETARIAT, CHIEF_EXPERT));
        e.rule("S11", PREFERENCE, "一, 四(一)1")
                .quote("聚焦电子信息、装备制造、生物医药、先进材料等产业领域 … 苏州市科技局聚焦电子信息、装备制造、生物医药、先进材料四大产业")
                .says("聚焦电子信息、装备制造、生物医药、先进材料四大产业",
                        "The field is one of electronic information, equipment manufacturing, biomedicine, advanced materials")
                .test(fieldIn(FIELDS));
        e.rule("S12", MANDATORY, "六(三)")
                .quote("牵头企业组织不力,未按共建协议履约的,取消创新联合体牵头资格,并且三年内不得牵头组建或作为核心层参与建设其他创新联合体。")
                .says("牵头企业不在三年禁止牵头期内", "The lead is not barred (3 years after failing to perform as a lead)")
                .readings(Reading.R6)
                .crossConsortium()
                .test(leadNotBarred());
    }

    private static void measures(EditionSetup e) {
        e.measure(SupportMeasure.of(MeasureCategory.FUNDING, "五(一)",
                        "按苏委办发〔2022〕6号规定，根据建设运营情况给予最高200万元支持",
                        "Up to 2,000,000 CNY depending on operation, under 苏委办发〔2022〕6号").withCap(2_000_000))
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

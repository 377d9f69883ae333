package io.consortia.kernel.parameter;

/**
 * What a parameter is across policies, so that {@code compare} can set the same thing side by
 * side: Suzhou's "一般不少于8个" and Jiyuan's "原则上不少于4个" are both {@link #MEMBERS_MINIMUM}.
 * A parameter names at most one concept; a jurisdiction may use a concept of its own (any dotted
 * lower-camel name), which comparisons then show in a row of its own.
 */
public final class Concepts {

    private Concepts() {}

    /** The least number of member units. */
    public static final String MEMBERS_MINIMUM = "members.minimum";
    /** The least share of members registered or stationed in the region. */
    public static final String MEMBERS_LOCAL_SHARE = "members.localShare";
    /** The least share of enterprises among the members. */
    public static final String MEMBERS_ENTERPRISE_SHARE = "members.enterpriseShare";
    /** The least share of above-designated-size industrial enterprises. */
    public static final String MEMBERS_ABOVE_SIZE_SHARE = "members.aboveSizeShare";
    /** The least share of enterprises placed in the industry chain. */
    public static final String MEMBERS_CHAIN_SHARE = "members.chainShare";
    /** The least number of chain enterprises. */
    public static final String MEMBERS_CHAIN_ENTERPRISES = "members.chainEnterprises";
    /** The least number of universities and research institutes. */
    public static final String MEMBERS_ACADEMIC_MINIMUM = "members.academicMinimum";
    /** The chain positions the enterprise members must cover. */
    public static final String MEMBERS_CHAIN_POSITIONS = "members.chainPositions";
    /** The lead's least R&D share of revenue. */
    public static final String LEAD_RD_SHARE = "lead.rdShare";
    /** The lead's least annual R&D expense. */
    public static final String LEAD_RD_AMOUNT = "lead.rdAmount";
    /** The fiscal years an R&D test looks back over. */
    public static final String LEAD_RD_YEARS = "lead.rdYears";
    /** The platform levels the lead's platform must have. */
    public static final String LEAD_PLATFORM_LEVELS = "lead.platformLevels";
    /** The platform types the lead's platform must be. */
    public static final String LEAD_PLATFORM_TYPES = "lead.platformTypes";
    /** The lead's least number of R&D projects under way. */
    public static final String LEAD_ONGOING_PROJECTS = "lead.ongoingProjects";
    /** The industry fields the policy prefers or requires. */
    public static final String FIELDS = "fields";
    /** The public notice's least length in working days. */
    public static final String NOTICE_WORKING_DAYS = "notice.workingDays";
    /** How long a filing or approval stands. */
    public static final String VALIDITY_YEARS = "validity.years";
    /** When the annual report is due. */
    public static final String REPORT_DUE = "report.due";
    /** How many consecutive failing evaluations end the consortium. */
    public static final String EVALUATION_REVOKE_AFTER = "evaluation.revokeAfter";
    /** How long a defaulting lead is barred. */
    public static final String BAR_YEARS = "bar.years";
    /** The most funding the policy grants. */
    public static final String SUPPORT_CAP = "support.cap";

    /** The concepts in the order comparisons show them, with their labels. */
    public static final java.util.Map<String, io.consortia.kernel.text.Text> LABELS = labels();

    private static java.util.Map<String, io.consortia.kernel.text.Text> labels() {
        java.util.Map<String, io.consortia.kernel.text.Text> m = new java.util.LinkedHashMap<>();
        m.put(MEMBERS_MINIMUM, io.consortia.kernel.text.Text.of("成员单位最少数量", "least number of member units"));
        m.put(MEMBERS_ENTERPRISE_SHARE, io.consortia.kernel.text.Text.of("企业占比下限", "least share of enterprises"));
        m.put(MEMBERS_ABOVE_SIZE_SHARE, io.consortia.kernel.text.Text.of("规上工业企业占比下限", "least share of above-size industrial enterprises"));
        m.put(MEMBERS_CHAIN_SHARE, io.consortia.kernel.text.Text.of("产业链上下游企业占比下限", "least share of chain enterprises"));
        m.put(MEMBERS_LOCAL_SHARE, io.consortia.kernel.text.Text.of("本地注册或驻区单位占比下限", "least share of members registered or stationed locally"));
        m.put(MEMBERS_CHAIN_ENTERPRISES, io.consortia.kernel.text.Text.of("产业链上下游企业最少数量", "least number of chain enterprises"));
        m.put(MEMBERS_ACADEMIC_MINIMUM, io.consortia.kernel.text.Text.of("高校院所最少数量", "least number of universities and institutes"));
        m.put(MEMBERS_CHAIN_POSITIONS, io.consortia.kernel.text.Text.of("企业覆盖的产业链环节数", "chain positions the enterprises cover"));
        m.put(LEAD_RD_SHARE, io.consortia.kernel.text.Text.of("牵头单位研发费用占营收比例下限", "lead's least R&D share of revenue"));
        m.put(LEAD_RD_AMOUNT, io.consortia.kernel.text.Text.of("牵头单位年度研发费用下限", "lead's least annual R&D expense"));
        m.put(LEAD_RD_YEARS, io.consortia.kernel.text.Text.of("研发投入考察年数", "years of R&D looked at"));
        m.put(LEAD_PLATFORM_LEVELS, io.consortia.kernel.text.Text.of("牵头单位平台级别", "levels of the lead's platform"));
        m.put(LEAD_PLATFORM_TYPES, io.consortia.kernel.text.Text.of("牵头单位平台类型", "types of the lead's platform"));
        m.put(LEAD_ONGOING_PROJECTS, io.consortia.kernel.text.Text.of("牵头单位在研项目最少数量", "lead's least number of projects under way"));
        m.put(FIELDS, io.consortia.kernel.text.Text.of("产业领域", "industry fields"));
        m.put(NOTICE_WORKING_DAYS, io.consortia.kernel.text.Text.of("公示期（工作日）", "public notice (working days)"));
        m.put(VALIDITY_YEARS, io.consortia.kernel.text.Text.of("有效期（年）", "validity (years)"));
        m.put(REPORT_DUE, io.consortia.kernel.text.Text.of("年度报告截止日", "annual report due"));
        m.put(EVALUATION_REVOKE_AFTER, io.consortia.kernel.text.Text.of("连续不合格几次取消", "consecutive failing evaluations that end it"));
        m.put(BAR_YEARS, io.consortia.kernel.text.Text.of("失职牵头单位禁入期（年）", "bar on a defaulting lead (years)"));
        m.put(SUPPORT_CAP, io.consortia.kernel.text.Text.of("资金支持上限", "funding cap"));
        return java.util.Collections.unmodifiableMap(m);
    }
}

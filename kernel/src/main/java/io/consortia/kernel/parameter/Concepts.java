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
}

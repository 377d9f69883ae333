package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.Optional;

/** A governance body or document a consortium may have in place (contract §1 {@code governance}). */
public enum GovernanceItem implements FactKey {
    FORMATION_AGREEMENT("formationAgreement", "组建协议（章程）", "formation agreement (charter) signed by all members"),
    COUNCIL("council", "理事会", "council"),
    SECRETARIAT("secretariat", "秘书处（固定工作人员）", "secretariat with fixed staff"),
    MANAGEMENT_BODY("managementBody", "管理协调机构（执行机构）", "management and coordination body (standing executive body)"),
    DECISION_BODY("decisionBody", "决策机构", "decision-making body"),
    CONSULTATION_BODY("consultationBody", "咨询机构", "consultation body"),
    EXPERT_COMMITTEE("expertCommittee", "专家委员会", "expert committee"),
    CHIEF_EXPERT("chiefExpert", "首席专家（首席科学家）", "chief expert (chief scientist)"),
    IP_AGREEMENT("ipAgreement", "知识产权管理协议", "intellectual-property management agreement"),
    FUNDING_RULES("fundingRules", "经费管理制度", "funding management rules"),
    INTEGRITY_PLEDGE("integrityPledge", "诚信承诺书", "integrity pledge"),
    QUARTERLY_EXCHANGE("quarterlyExchange", "每季度技术交流", "technical exchange at least quarterly"),
    REGULAR_EXCHANGE("regularExchange", "定期技术交流", "regular technical exchange"),
    IP_SYSTEM("ipSystem", "“共建共享”的知识产权管理制度", "a jointly built and shared IP management system"),
    CONSTRUCTION_PLAN("constructionPlan", "建设方案（发展规划）", "construction plan (development plan)");

    private final String key;
    private final Text label;

    GovernanceItem(String key, String zh, String en) {
        this.key = key;
        this.label = Text.of(zh, en);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Text label() {
        return label;
    }

    public static Optional<GovernanceItem> byKey(String key) {
        return FactKey.byKey(GovernanceItem.class, key);
    }
}

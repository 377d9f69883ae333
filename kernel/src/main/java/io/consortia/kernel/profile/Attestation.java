package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.Optional;

/**
 * A criterion that needs human judgement, attested true or false in the profile (contract §1
 * {@code attested}); absent means unknown, never pass.
 */
public enum Attestation implements FactKey {
    INDUSTRY_LEADER("industryLeader", "行业龙头（领军、链主）企业，具有较强影响力", "industry leader with strong influence"),
    LEADING_TECHNOLOGY("leadingTechnology", "技术处于国内或省内领先地位", "technology leading nationally or in the province"),
    INSTITUTION_COOPERATION("institutionCooperation", "与高校院所保持稳定合作", "stable cooperation with universities and institutes"),
    STRONG_RD("strongRd", "研发实力较强", "strong R&D capability"),
    ORGANISING_ABILITY("organisingAbility", "组织协同能力较强", "strong organising and coordinating ability"),
    COMMERCIALISATION("commercialisation", "具备技术成果产业化能力", "ability to turn research results into products"),
    QUALIFIED_TEAM("qualifiedTeam", "拥有高水平创新团队和良好科研条件", "high-level research team and laboratory conditions"),
    FIELD_ADVANTAGE("fieldAdvantage", "在相关技术研究领域具有优势地位", "a leading position in its research field"),
    COOPERATION_BASIS("cooperationBasis", "与牵头单位具备合作基础和合作意愿", "a basis and will for cooperation with the lead"),
    RD_SUPPORT_CAPABILITY("rdSupportCapability", "具备一定的研发和技术配套能力", "R&D and technical supporting capability"),
    BACKBONE("backbone", "在产业链细分领域具有一定优势的骨干企业", "a backbone enterprise with an advantage in its segment of the chain"),
    SERVICE_CAPABILITY("serviceCapability", "具备相应的专业技术服务能力", "professional technical service capability");

    private final String key;
    private final Text label;

    Attestation(String key, String zh, String en) {
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

    public static Optional<Attestation> byKey(String key) {
        return FactKey.byKey(Attestation.class, key);
    }
}

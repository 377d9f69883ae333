package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.Optional;

/** A recorded yes/no fact about a member unit (contract §1); absent means unknown. */
public enum Trait implements FactKey {
    ABOVE_DESIGNATED_SIZE("aboveDesignatedSize", "规上工业企业", "above-designated-size industrial enterprise"),
    LISTED("listed", "上市企业", "listed company"),
    SPECIALIZED_SOPHISTICATED("specializedSophisticated", "专精特新企业", "specialised and sophisticated SME"),
    INDEPENDENT_LEGAL_PERSON("independentLegalPerson", "独立法人", "independent legal person"),
    FULL_TIME_RD_TEAM("fullTimeRdTeam", "专职研发团队", "full-time R&D team"),
    EQUITY_FUND("equityFund", "股权投资基金", "equity investment fund"),
    CENTRAL_SOE_BRANCH("centralSoeBranch", "央企分公司", "branch of a central state-owned enterprise"),
    CORE("core", "核心层成员", "core-layer member");

    private final String key;
    private final Text label;

    Trait(String key, String zh, String en) {
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

    public static Optional<Trait> byKey(String key) {
        return FactKey.byKey(Trait.class, key);
    }
}

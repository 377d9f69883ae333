package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/** The kind of a member unit. */
public enum UnitKind {
    ENTERPRISE("企业", "enterprise"),
    UNIVERSITY("高校", "university"),
    RESEARCH_INSTITUTE("科研院所", "research institute"),
    SERVICE_ORGANIZATION("科技服务机构", "technology service organisation"),
    FINANCIAL_INSTITUTION("金融机构", "financial institution"),
    OTHER("其他机构", "other organisation");

    private final Text label;

    UnitKind(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** Universities and research institutes: what the catalog calls "every university". */
    public boolean isAcademic() {
        return this == UNIVERSITY || this == RESEARCH_INSTITUTE;
    }
}

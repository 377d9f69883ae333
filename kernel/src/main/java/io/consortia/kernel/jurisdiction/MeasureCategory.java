package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.text.Text;

/** The kind of a support measure. */
public enum MeasureCategory {
    FUNDING("资金支持", "funding"),
    PROJECTS("项目支持", "projects"),
    PLATFORM("平台载体", "platforms"),
    TALENT("人才", "talent"),
    FINANCE("金融", "finance"),
    PERSONNEL_DISPATCH("人员派驻", "personnel dispatch"),
    POLICY_PARTICIPATION("参与决策", "policy participation"),
    APPLICATION_SCENARIOS("应用场景", "application scenarios"),
    REFORM_PILOTS("改革试点", "reform pilots"),
    SHARED_FACILITIES("资源共享", "shared facilities"),
    COORDINATION("统筹协调", "coordination"),
    OTHER("其他", "other");

    private final Text label;

    MeasureCategory(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/** The type of an innovation platform. */
public enum PlatformType {
    KEY_LAB("重点实验室", "key laboratory"),
    ACADEMICIAN_WORKSTATION("院士工作站", "academician workstation"),
    ENGINEERING_TECHNOLOGY_RESEARCH_CENTER("工程技术研究中心", "engineering technology research centre"),
    ENGINEERING_RESEARCH_CENTER("工程研究中心", "engineering research centre"),
    TECHNOLOGY_INNOVATION_CENTER("技术创新中心", "technology innovation centre"),
    ENTERPRISE_TECHNOLOGY_CENTER("企业技术中心", "enterprise technology centre"),
    NEW_RD_INSTITUTION("新型研发机构", "new-type R&D institution"),
    OTHER("其他平台", "other platform");

    private final Text label;

    PlatformType(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

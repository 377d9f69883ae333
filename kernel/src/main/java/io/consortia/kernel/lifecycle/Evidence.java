package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;

/** What a change of the consortium may need to show (contract §4 member-change fields). */
public enum Evidence {
    /** {@code allConsented}: every member unit agreed. */
    ALL_CONSENTED("allConsented", "全体成员单位同意", "the consent of all member units"),
    /** {@code supplementaryAgreement}: a supplementary agreement was signed. */
    SUPPLEMENTARY_AGREEMENT("supplementaryAgreement", "签署补充协议", "a signed supplementary agreement"),
    /** {@code filed}: the change was filed with the authority. */
    FILED("filed", "报主管部门备案", "filing with the authority"),
    /** {@code projectAuthorityApplied}: an application to the running project's authority has been made (内蒙古 六(三)). */
    PROJECT_AUTHORITY_APPLIED("projectAuthorityApplied", "向项目主管部门提出申请", "an application to the project's authority");

    private final String key;
    private final Text label;

    Evidence(String key, String zh, String en) {
        this.key = key;
        this.label = Text.of(zh, en);
    }

    /** The history field that carries it. */
    public String key() {
        return key;
    }

    public Text label() {
        return label;
    }
}

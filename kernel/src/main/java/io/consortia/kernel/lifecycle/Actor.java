package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;

/** Who acts in a step of a procedure. */
public enum Actor {
    APPLICANT("牵头单位（申报方）", "applicant (lead unit)"),
    MEMBERS("成员单位", "member units"),
    DISTRICT_BUREAU("区（县级市）科技主管部门", "district (county) S&T bureau"),
    LOCAL_GOVERNMENT("当地政府（管委会）", "local government"),
    CITY_BUREAU("市科技主管部门", "city S&T bureau"),
    PROVINCIAL_DEPARTMENT("省级（自治区）科技厅", "provincial (regional) S&T department"),
    INDUSTRY_AUTHORITIES("行业主管部门", "industry authorities"),
    EXPERTS("专家", "experts"),
    THIRD_PARTY("第三方评估机构", "third-party evaluator"),
    JOINT_MEETING("联席会议", "joint meeting"),
    PUBLIC("社会公众", "the public");

    private final Text label;

    Actor(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Arrays;
import java.util.Optional;

/**
 * The core lifecycle events of contract §4, plus {@link #EXPIRED}, which only time produces (a
 * filing's validity running out) and which a history never sends.
 */
public enum EventType {
    APPLIED("申请", "applied"),
    REVIEWED("审核（论证、评审）", "reviewed"),
    NOTICE_STARTED("公示开始", "public notice started", Holder.NO_NOTICE),
    NOTICE_OBJECTED("公示有异议", "objection during the notice", Holder.NO_NOTICE),
    NOTICE_ENDED("公示结束", "public notice ended", Holder.NO_NOTICE),
    ESTABLISHED("组建（立项、启动或备案）", "established (approved, launched or filed)"),
    REPORT_SUBMITTED("报送年度报告", "annual report submitted"),
    EVALUATED("评价", "evaluated"),
    PROJECT_STARTED("承担项目", "project started"),
    PROJECT_ENDED("项目结束", "project ended"),
    MEMBER_ADDED("增加成员单位", "member added"),
    MEMBER_REMOVED("减少成员单位", "member removed"),
    LEAD_CHANGED("变更牵头单位", "lead unit changed"),
    RENAMED("变更名称", "renamed"),
    DISSOLUTION_REQUESTED("申请解散", "dissolution requested"),
    TERMINATED("主管部门终止", "terminated by the authority"),
    RENEWAL_APPLIED("申请重新备案", "renewal applied for", Text.of("本政策未设有效期，无需重新备案",
            "this policy sets no validity period; there is nothing to renew")),
    CHANGE_FILED("变更事项已报备案", "change filed with the authority", Text.of("本政策不要求变更事项备案",
            "this policy asks for no filing of changes")),
    LEAD_DEFAULTED("牵头单位组织不力、未按协议履约", "lead unit defaulted"),
    EXPIRED("有效期满", "validity ran out");

    private final Text label;
    private final Text absent;

    EventType(String zh, String en) {
        this(zh, en, null);
    }

    EventType(String zh, String en, Text absent) {
        this.label = Text.of(zh, en);
        this.absent = absent;
    }

    public Text label() {
        return label;
    }

    /** Why a policy whose table has no row for the event at all rejects it, when a sentence says it better than the general one. */
    public java.util.Optional<Text> absent() {
        return java.util.Optional.ofNullable(absent);
    }

    /** Texts the constants share (an enum cannot refer to its own static fields while they are built). */
    private static final class Holder {
        static final Text NO_NOTICE = Text.of("本政策的程序没有公示环节", "this policy's procedure has no public notice");
    }

    /** Whether a history may send it ({@link #EXPIRED} is made by time only). */
    public boolean sendable() {
        return this != EXPIRED;
    }

    /** Whether it is a change of the consortium (members, lead, name), which may carry evidence. */
    public boolean isChange() {
        return this == MEMBER_ADDED || this == MEMBER_REMOVED || this == LEAD_CHANGED || this == RENAMED;
    }

    /** The type with this UPPER_SNAKE name. */
    public static Optional<EventType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;

/**
 * The core lifecycle states of a consortium (contract §4). Every jurisdiction's procedure maps
 * its steps onto these.
 */
public enum CoreState {
    PROPOSED("拟组建", "proposed"),
    UNDER_REVIEW("审核中", "under review"),
    PUBLIC_NOTICE("公示中", "in public notice"),
    ESTABLISHED("已组建（立项、启动或备案）", "established (approved, launched or filed)"),
    EXPIRED("有效期满", "expired"),
    REVOKED("已撤销（取消资格或终止）", "revoked (cancelled or terminated by the authority)"),
    DISSOLVED("已解散", "dissolved"),
    REJECTED("未通过", "rejected");

    private final Text label;

    CoreState(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** Terminal states absorb every later event. EXPIRED is not terminal: it accepts a renewal. */
    public boolean isTerminal() {
        return this == REVOKED || this == DISSOLVED || this == REJECTED;
    }

    /** Whether a consortium in this state still exists or is on its way to existing. */
    public boolean isActive() {
        return this == PROPOSED || this == UNDER_REVIEW || this == PUBLIC_NOTICE || this == ESTABLISHED;
    }
}

package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.Optional;

/** A whole-number fact of a member (contract §1); absent means unknown. */
public enum NumberFact {
    ONGOING_RD_PROJECTS("ongoingRdProjects", "年度在研研发项目数", "number of R&D projects under way");

    private final String key;
    private final Text label;

    NumberFact(String key, String zh, String en) {
        this.key = key;
        this.label = Text.of(zh, en);
    }

    public String key() {
        return key;
    }

    public Text label() {
        return label;
    }

    /** The member's value, when stated. */
    public Optional<Integer> of(Member member) {
        return member.ongoingRdProjects();
    }
}

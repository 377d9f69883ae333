package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * How a consortium comes into being: approved or filed, and who takes the initiative.
 */
public record Route(Formation formation, Initiative initiative, Text description, String clause) {

    public Route {
        Objects.requireNonNull(formation, "formation");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(clause, "clause");
    }

    /** 立项/批复 (approval) or 备案 (filing). */
    public enum Formation {
        APPROVAL(Text.of("审批（立项、批复）", "approval")),
        FILING(Text.of("备案", "filing"));

        private final Text label;

        Formation(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    /** Who starts it. */
    public enum Initiative {
        TOP_DOWN(Text.of("自上而下", "top-down")),
        BOTTOM_UP(Text.of("自下而上", "bottom-up")),
        MIXED(Text.of("上下结合", "mixed"));

        private final Text label;

        Initiative(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Objects;

/** What an evaluation grade brings about under a policy. */
public sealed interface Consequence {

    /** What it means, in words. */
    Text says();

    /** The consortium's standing is cancelled: it is {@link CoreState#REVOKED}. */
    record Revoke(Text says) implements Consequence {
        public Revoke {
            Objects.requireNonNull(says, "says");
        }
    }

    /**
     * The consortium is flagged for a decision the authority then takes (or does not): it stays
     * where it is until the authority sends {@link EventType#TERMINATED}.
     */
    record Flag(Text says) implements Consequence {
        public Flag {
            Objects.requireNonNull(says, "says");
        }
    }

    /** A support measure follows (rolling support and the like). */
    record Measure(Text says) implements Consequence {
        public Measure {
            Objects.requireNonNull(says, "says");
        }
    }
}

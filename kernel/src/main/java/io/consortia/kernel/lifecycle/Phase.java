package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a consortium stands in its procedure: one record per phase, each carrying only what is
 * true of that phase (the date a notice started belongs to the notice, the last day of validity
 * to the establishment). What the whole history has built up (reports, projects, sanctions, the
 * lead) lives beside it in the {@link Ledger}. Immutable.
 *
 * @since 0.2
 */
public sealed interface Phase {

    /** The core state this phase is (contract §4). */
    CoreState core();

    /** What the phase is, with its dates, for messages ("under review since 2025-03-01"). */
    Text describe();

    /** Before any application. */
    record Proposed() implements Phase {
        @Override
        public CoreState core() {
            return CoreState.PROPOSED;
        }

        @Override
        public Text describe() {
            return Text.of("尚未申请", "not applied yet");
        }
    }

    /**
     * An application (or a renewal) is under review.
     *
     * @param appliedOn the date of the application
     * @param reviewPassed whether a review has passed since the application
     * @param noticeCleared whether a public notice has ended without objection since the
     *     application or the last objection
     */
    record UnderReview(LocalDate appliedOn, boolean reviewPassed, boolean noticeCleared) implements Phase {
        public UnderReview {
            Objects.requireNonNull(appliedOn, "appliedOn");
        }

        @Override
        public CoreState core() {
            return CoreState.UNDER_REVIEW;
        }

        @Override
        public Text describe() {
            return Text.of("审核中（" + appliedOn + "申请" + (reviewPassed ? "，审核已通过" : "") + "）",
                    "under review (applied on " + appliedOn + (reviewPassed ? ", review passed" : "") + ")");
        }
    }

    /** A public notice runs; it follows a passed review. */
    record PublicNotice(LocalDate appliedOn, LocalDate startedOn) implements Phase {
        public PublicNotice {
            Objects.requireNonNull(appliedOn, "appliedOn");
            Objects.requireNonNull(startedOn, "startedOn");
        }

        @Override
        public CoreState core() {
            return CoreState.PUBLIC_NOTICE;
        }

        @Override
        public Text describe() {
            return Text.of("公示中（" + startedOn + "开始）", "in public notice since " + startedOn);
        }
    }

    /**
     * Approved, launched or filed.
     *
     * @param since the day of establishment
     * @param lastValidDay the last day of its standing, under a policy with a validity period
     */
    record Established(LocalDate since, Optional<LocalDate> lastValidDay) implements Phase {
        public Established {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(lastValidDay, "lastValidDay");
        }

        /** The first day it is no longer valid, when its validity is limited. */
        public Optional<LocalDate> expiresOn() {
            return lastValidDay.map(Dates::dayAfter);
        }

        @Override
        public CoreState core() {
            return CoreState.ESTABLISHED;
        }

        @Override
        public Text describe() {
            return Text.of("已于" + since + "组建" + lastValidDay.map(d -> "，有效期至" + d).orElse(""),
                    "established on " + since + expiresOn().map(d -> "; its standing runs out on " + d + " (last valid day " + lastValidDay.get()
                            + ")").orElse(""));
        }
    }

    /**
     * The validity ran out; a renewal may be applied for.
     *
     * @param since the first day it was no longer valid
     * @param establishedOn the establishment whose validity ran out
     */
    record Expired(LocalDate since, LocalDate establishedOn) implements Phase {
        public Expired {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(establishedOn, "establishedOn");
        }

        @Override
        public CoreState core() {
            return CoreState.EXPIRED;
        }

        @Override
        public Text describe() {
            return Text.of("有效期已于" + since + "届满（" + establishedOn + "组建）",
                    "expired: its standing ran out on " + since + " (established " + establishedOn + ")");
        }
    }

    /** A terminal state (REVOKED, DISSOLVED, REJECTED): it absorbs every later event. */
    record Closed(Closure closure) implements Phase {
        public Closed {
            Objects.requireNonNull(closure, "closure");
            if (!closure.state().isTerminal()) {
                throw new IllegalArgumentException("a closed phase is terminal, not " + closure.state());
            }
        }

        @Override
        public CoreState core() {
            return closure.state();
        }

        @Override
        public Text describe() {
            return Text.of("已于" + closure.on() + "进入终态（" + closure.state().label().zh() + "）",
                    closure.state() + " since " + closure.on());
        }
    }
}

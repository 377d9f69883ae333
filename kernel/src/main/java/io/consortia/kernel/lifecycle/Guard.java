package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A condition a policy puts on events while the consortium is established; an event that fails
 * a guard is rejected with the guard's clause and the state is unchanged. Each guard says itself
 * why an event fails it.
 */
public sealed interface Guard {

    /** The events it guards. */
    Set<EventType> events();

    /** What it requires, in words. */
    Text says();

    Clause clause();

    /** Why the event fails the guard in the context, if it does. */
    Optional<Text> failure(Context context);

    /**
     * Not while a project of one of {@code levels} runs (only entrusted ones, when {@code
     * entrustedOnly}).
     */
    record NotWhileProject(Set<EventType> events, Set<ProjectLevel> levels, boolean entrustedOnly, Text says, Clause clause)
            implements Guard {
        public NotWhileProject {
            events = Set.copyOf(EnumSet.copyOf(events));
            levels = Set.copyOf(EnumSet.copyOf(levels));
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(clause, "clause");
        }

        @Override
        public Optional<Text> failure(Context c) {
            List<RunningProject> blocking = c.ledger().projects().stream()
                    .filter(p -> levels.contains(p.level()) && (!entrustedOnly || p.entrusted())).toList();
            if (blocking.isEmpty()) {
                return Optional.empty();
            }
            String which = blocking.stream().map(RunningProject::describe).collect(Collectors.joining("; "));
            String whichZh = blocking.stream().map(RunningProject::describeZh).collect(Collectors.joining("；"));
            return Optional.of(says.concat("：", ": ", Text.of("正在承担 " + whichZh, which + " is running")));
        }
    }

    /**
     * The change must show every item of {@code evidence} (stated {@code true}); when {@code
     * whileProject} names levels, only while a project of one of them runs (内蒙古 六(三)).
     */
    record RequiresEvidence(Set<EventType> events, Set<Evidence> evidence, Set<ProjectLevel> whileProject, Text says, Clause clause)
            implements Guard {
        public RequiresEvidence {
            events = Set.copyOf(EnumSet.copyOf(events));
            evidence = Set.copyOf(EnumSet.copyOf(evidence));
            whileProject = whileProject.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(whileProject));
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(clause, "clause");
            for (EventType e : events) {
                if (!e.isChange()) {
                    throw new IllegalArgumentException("only changes carry evidence, not " + e);
                }
            }
        }

        /** Evidence required whatever runs. */
        public RequiresEvidence(Set<EventType> events, Set<Evidence> evidence, Text says, Clause clause) {
            this(events, evidence, Set.of(), says, clause);
        }

        @Override
        public Optional<Text> failure(Context c) {
            List<RunningProject> running = c.ledger().projects().stream().filter(p -> whileProject.contains(p.level())).toList();
            if (!whileProject.isEmpty() && running.isEmpty()) {
                return Optional.empty();
            }
            ChangeEvidence shown = c.event() instanceof Event.Change ch ? ch.evidence() : ChangeEvidence.none();
            List<Evidence> missing = Arrays.stream(Evidence.values()).filter(x -> evidence.contains(x) && !shown.shows(x)).toList();
            if (missing.isEmpty()) {
                return Optional.empty();
            }
            String zh = missing.stream().map(x -> x.label().zh() + "（" + x.key() + "：" + shown.get(x).map(String::valueOf).orElse("未说明") + "）")
                    .collect(Collectors.joining("、"));
            String en = missing.stream().map(x -> x.label().en() + " (" + x.key() + ": " + shown.get(x).map(String::valueOf).orElse("not stated") + ")")
                    .collect(Collectors.joining(", "));
            Text why = says.concat("：", ": ", Text.of("未表明" + zh, "the change does not show " + en));
            if (!running.isEmpty()) {
                String which = running.stream().map(RunningProject::describe).collect(Collectors.joining("; "));
                String whichZh = running.stream().map(RunningProject::describeZh).collect(Collectors.joining("；"));
                why = why.concat("（", " (", Text.of("正在承担 " + whichZh + "）", which + " is running)"));
            }
            return Optional.of(why);
        }
    }

    /**
     * A condition of the jurisdiction's own, for a clause the kernel has no guard for: the test
     * returns why the event fails it, if it does.
     */
    record Custom(Set<EventType> events, Text says, Clause clause, Function<Context, Optional<Text>> test) implements Guard {
        public Custom {
            events = Set.copyOf(EnumSet.copyOf(events));
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(test, "test");
        }

        @Override
        public Optional<Text> failure(Context c) {
            return test.apply(c);
        }
    }
}

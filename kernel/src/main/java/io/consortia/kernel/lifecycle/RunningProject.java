package io.consortia.kernel.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A project the consortium is carrying out. */
public record RunningProject(LocalDate since, ProjectLevel level, boolean entrusted, Optional<String> name) {
    public RunningProject {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Whether a {@link Event.ProjectEnded} names this project: by its name when the end gives one,
     * else by level and entrustment (whichever it gives). Of the projects that match, the earliest
     * started ends.
     */
    public boolean matches(Event.ProjectEnded end) {
        if (end.project().isPresent()) {
            return name.equals(end.project());
        }
        return end.level().map(l -> l == level).orElse(true) && end.entrusted().map(x -> x == entrusted).orElse(true);
    }

    /** How a user recognises it. */
    public String describe() {
        return name.map(n -> n + " (" + level + (entrusted ? ", entrusted" : "") + ")")
                .orElse(level + (entrusted ? " entrusted" : "") + " project since " + since);
    }

    /** The same in Chinese: "碳化硅衬底委托攻关 (MUNICIPAL, 受托)", or "2025-09-01 起的 MUNICIPAL 受托项目". */
    public String describeZh() {
        return name.map(n -> n + " (" + level + (entrusted ? ", 受托" : "") + ")")
                .orElse(since + " 起的 " + level + (entrusted ? " 受托" : "") + "项目");
    }
}

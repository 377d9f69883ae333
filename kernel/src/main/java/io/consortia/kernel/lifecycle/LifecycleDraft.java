package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel's implementation of {@link LifecycleSetup}: collects what a jurisdiction registers,
 * then builds its {@link LifecyclePolicy} or names every mistake. Used by the jurisdiction
 * registrar; a jurisdiction module never builds one itself.
 */
public final class LifecycleDraft implements LifecycleSetup {

    private final List<Step> steps = new ArrayList<>();
    private final List<ReportDuty> reports = new ArrayList<>();
    private final List<GradeRule> gradeRules = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private final List<Ending> endings = new ArrayList<>();
    private final List<OwnTransition> own = new ArrayList<>();
    private final List<FilingDuty> filings = new ArrayList<>();
    private final List<Remark> remarks = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private Clause supervision;
    private NoticeRule notice;
    private Validity validity;
    private GradeScale gradeScale;
    private SanctionRule sanction;

    @Override
    public LifecycleSetup step(Step step) {
        steps.add(step);
        return this;
    }

    @Override
    public LifecycleSetup supervision(Clause clause) {
        supervision = clause;
        return this;
    }

    @Override
    public LifecycleSetup notice(Clause clause) {
        return notice(new NoticeRule(Optional.empty(), clause));
    }

    @Override
    public LifecycleSetup notice(Param<Integer> minWorkingDays, Clause clause) {
        return notice(new NoticeRule(Optional.of(minWorkingDays), clause));
    }

    private LifecycleSetup notice(NoticeRule rule) {
        once(notice, "notice");
        notice = rule;
        return this;
    }

    @Override
    public LifecycleSetup validity(Param<Integer> years, Clause clause) {
        once(validity, "validity");
        validity = new Validity(years, clause);
        return this;
    }

    @Override
    public LifecycleSetup report(ReportDuty duty) {
        reports.add(duty);
        return this;
    }

    @Override
    public LifecycleSetup grades(Set<Grade> grades, Clause clause) {
        once(gradeScale, "grade scale");
        gradeScale = new GradeScale(grades, clause);
        return this;
    }

    @Override
    public LifecycleSetup onGrade(Grade grade, Consequence consequence, Clause clause) {
        gradeRules.add(new GradeRule(grade, Optional.empty(), consequence, clause));
        return this;
    }

    @Override
    public LifecycleSetup onGrade(Grade grade, Param<Integer> consecutive, Consequence consequence, Clause clause) {
        gradeRules.add(new GradeRule(grade, Optional.of(consecutive), consequence, clause));
        return this;
    }

    @Override
    public LifecycleSetup guard(Guard guard) {
        guards.add(guard);
        return this;
    }

    @Override
    public LifecycleSetup ending(Ending ending) {
        endings.add(ending);
        return this;
    }

    @Override
    public LifecycleSetup sanction(Param<Integer> years, Text says, Clause clause) {
        once(sanction, "sanction");
        sanction = new SanctionRule(years, says, clause);
        return this;
    }

    @Override
    public LifecycleSetup filing(Set<EventType> changes, String authority, Text what, Clause clause) {
        try {
            FilingDuty duty = new FilingDuty(changes, authority, what, clause);
            for (FilingDuty before : filings) {
                if (before.changes().stream().anyMatch(duty.changes()::contains)) {
                    errors.add("filing: a change is filed under two duties: " + duty.changes());
                }
            }
            filings.add(duty);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add("filing " + changes + ": " + e.getMessage());
        }
        return this;
    }

    @Override
    public LifecycleSetup remark(Remark remark) {
        remarks.add(remark);
        return this;
    }

    @Override
    public LifecycleSetup transition(CoreState from, String event, CoreState to, Text says, Clause clause) {
        try {
            own.add(new OwnTransition(from, event, to, says, clause));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add("transition " + from + " --" + event + "--> " + to + ": " + e.getMessage());
        }
        return this;
    }

    private void once(Object before, String what) {
        if (before != null) {
            errors.add(what + " registered twice");
        }
    }

    /** The policy of the jurisdiction, or every mistake in what was registered. */
    public Either<List<String>, LifecyclePolicy> build(String jurisdiction) {
        List<String> out = new ArrayList<>(errors);
        if (supervision == null) {
            out.add("no supervision clause registered");
        }
        Procedure procedure = null;
        try {
            procedure = new Procedure(steps);
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
        }
        if (procedure != null) {
            for (EventType needed : List.of(EventType.APPLIED, EventType.REVIEWED, EventType.ESTABLISHED)) {
                requireStep(procedure, needed, "every procedure", out);
            }
            if (notice != null) {
                requireStep(procedure, EventType.NOTICE_STARTED, "a procedure with a public notice", out);
                requireStep(procedure, EventType.NOTICE_ENDED, "a procedure with a public notice", out);
            }
            if (validity != null) {
                requireStep(procedure, EventType.RENEWAL_APPLIED, "a procedure with a validity period", out);
            }
            for (OwnTransition t : own) {
                if (EventType.byName(t.event()).filter(EventType::sendable).isEmpty() && !procedure.ownEvents().contains(t.event())) {
                    out.add("transition " + t.from() + " --" + t.event() + "-->: " + t.event()
                            + " is neither a core event nor an event of one of the procedure's steps");
                }
            }
        }
        for (GradeRule r : gradeRules) {
            if (gradeScale != null && !gradeScale.grades().contains(r.grade())) {
                out.add("a grade rule on " + r.grade() + ", which its scale lacks");
            }
        }
        if (!out.isEmpty()) {
            return Either.left(out);
        }
        return Either.right(new LifecyclePolicy(jurisdiction, procedure, supervision, Optional.ofNullable(notice), Optional.ofNullable(validity),
                reports, Optional.ofNullable(gradeScale), gradeRules, guards, endings, Optional.ofNullable(sanction), filings, remarks, own));
    }

    private static void requireStep(Procedure procedure, EventType type, String who, List<String> out) {
        if (procedure.steps().stream().noneMatch(s -> s.events().contains(type.name()))) {
            out.add(who + " has a step recorded by " + type);
        }
    }
}

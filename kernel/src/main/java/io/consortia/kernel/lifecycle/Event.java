package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.UnitRef;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a consortium's history (contract §4), as the history states it. Every event has
 * its date; a {@link Decider} decides whether the policy accepts it. The core events are enough
 * to take a consortium through every procedure; {@link Own} carries an event that a
 * jurisdiction's procedure adds, which refines a step and is never required.
 */
public sealed interface Event {

    /** The day it happened. */
    LocalDate on();

    /** The name a history uses for it: the core type's name, or the jurisdiction's own name. */
    String name();

    /** The core type; empty for a jurisdiction's own event. */
    Optional<EventType> type();

    /** Common base of the core events. */
    sealed interface Core extends Event permits Applied, Reviewed, NoticeStarted, NoticeObjected, NoticeEnded, Established,
            ReportSubmitted, Evaluated, ProjectStarted, ProjectEnded, MemberAdded, MemberRemoved, LeadChanged, Renamed,
            DissolutionRequested, Terminated, RenewalApplied, LeadDefaulted {
        EventType coreType();

        @Override
        default Optional<EventType> type() {
            return Optional.of(coreType());
        }

        @Override
        default String name() {
            return coreType().name();
        }
    }

    private static void need(Object... parts) {
        for (Object p : parts) {
            Objects.requireNonNull(p);
        }
    }

    /** The lead applies (or is directed to propose): the consortium is under review. */
    record Applied(LocalDate on) implements Core {
        public Applied { need(on); }
        public EventType coreType() { return EventType.APPLIED; }
    }

    /** A review (feasibility review, expert review, site visit, joint meeting) concluded. */
    record Reviewed(LocalDate on, boolean passed) implements Core {
        public Reviewed { need(on); }
        public EventType coreType() { return EventType.REVIEWED; }
    }

    record NoticeStarted(LocalDate on) implements Core {
        public NoticeStarted { need(on); }
        public EventType coreType() { return EventType.NOTICE_STARTED; }
    }

    record NoticeObjected(LocalDate on) implements Core {
        public NoticeObjected { need(on); }
        public EventType coreType() { return EventType.NOTICE_OBJECTED; }
    }

    /** The notice ended; {@code on} is its last day. */
    record NoticeEnded(LocalDate on) implements Core {
        public NoticeEnded { need(on); }
        public EventType coreType() { return EventType.NOTICE_ENDED; }
    }

    /** Approved, launched or filed, as the procedure has it. */
    record Established(LocalDate on) implements Core {
        public Established { need(on); }
        public EventType coreType() { return EventType.ESTABLISHED; }
    }

    /** The annual report on {@code year} was submitted. */
    record ReportSubmitted(LocalDate on, int year) implements Core {
        public ReportSubmitted { need(on); }
        public EventType coreType() { return EventType.REPORT_SUBMITTED; }
    }

    record Evaluated(LocalDate on, Grade grade) implements Core {
        public Evaluated { need(on, grade); }
        public EventType coreType() { return EventType.EVALUATED; }
    }

    /**
     * The consortium takes on a project.
     *
     * @param entrusted whether the work is entrusted by government
     * @param project a name that a later {@link ProjectEnded} may use to say which project ended
     */
    record ProjectStarted(LocalDate on, ProjectLevel level, boolean entrusted, Optional<String> project) implements Core {
        public ProjectStarted { need(on, level, project); }
        public EventType coreType() { return EventType.PROJECT_STARTED; }
    }

    /**
     * A project ended. It names the project, or its level (and entrustment), or nothing; it ends
     * the earliest running project that matches what it names.
     */
    record ProjectEnded(LocalDate on, Optional<ProjectLevel> level, Optional<Boolean> entrusted, Optional<String> project)
            implements Core {
        public ProjectEnded { need(on, level, entrusted, project); }
        public EventType coreType() { return EventType.PROJECT_ENDED; }
    }

    record MemberAdded(LocalDate on, ChangeEvidence evidence, Optional<String> member) implements Core {
        public MemberAdded { need(on, evidence, member); }
        public EventType coreType() { return EventType.MEMBER_ADDED; }
    }

    record MemberRemoved(LocalDate on, ChangeEvidence evidence, Optional<String> member) implements Core {
        public MemberRemoved { need(on, evidence, member); }
        public EventType coreType() { return EventType.MEMBER_REMOVED; }
    }

    /** The lead unit changed; {@code newLead} names the new lead when the history says. */
    record LeadChanged(LocalDate on, ChangeEvidence evidence, Optional<UnitRef> newLead) implements Core {
        public LeadChanged { need(on, evidence, newLead); }
        public EventType coreType() { return EventType.LEAD_CHANGED; }
    }

    record Renamed(LocalDate on, ChangeEvidence evidence, Optional<String> newName) implements Core {
        public Renamed { need(on, evidence, newName); }
        public EventType coreType() { return EventType.RENAMED; }
    }

    /** The consortium asks to dissolve itself (before establishment: withdraws its application). */
    record DissolutionRequested(LocalDate on) implements Core {
        public DissolutionRequested { need(on); }
        public EventType coreType() { return EventType.DISSOLUTION_REQUESTED; }
    }

    /** The authority ends the consortium. */
    record Terminated(LocalDate on) implements Core {
        public Terminated { need(on); }
        public EventType coreType() { return EventType.TERMINATED; }
    }

    record RenewalApplied(LocalDate on) implements Core {
        public RenewalApplied { need(on); }
        public EventType coreType() { return EventType.RENEWAL_APPLIED; }
    }

    /**
     * The lead failed to perform the formation agreement. {@code unit} names it when the history
     * says; otherwise the lead the simulation knows (from the profile or the last lead change).
     */
    record LeadDefaulted(LocalDate on, Optional<UnitRef> unit) implements Core {
        public LeadDefaulted { need(on, unit); }
        public EventType coreType() { return EventType.LEAD_DEFAULTED; }
    }

    /** An event a jurisdiction's procedure adds (a step of its own); never required. */
    record Own(LocalDate on, String name) implements Event {
        public Own {
            need(on, name);
            if (EventType.byName(name).isPresent()) {
                throw new IllegalArgumentException(name + " is a core event, not a jurisdiction's own");
            }
        }

        @Override
        public Optional<EventType> type() {
            return Optional.empty();
        }
    }
}

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

    /**
     * The phase the event leads to from {@code from}, where the transition table accepts it and
     * does not end the consortium. An event that keeps the phase returns {@code from}. Every event
     * states this itself, so that a new event cannot be accepted without saying what it does.
     */
    Phase enter(Phase from, Context context);

    /** What the event adds to the history-wide ledger (the ledger itself when nothing). */
    Ledger record(Ledger ledger);

    /** Common base of the core events. */
    sealed interface Core extends Event permits Applied, Reviewed, NoticeStarted, NoticeObjected, NoticeEnded, Established,
            ReportSubmitted, Evaluated, ProjectStarted, ProjectEnded, Change,
            DissolutionRequested, Terminated, RenewalApplied, LeadDefaulted, ChangeFiled {
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

    /** A change of the consortium (members, lead, name): it may carry evidence. */
    sealed interface Change extends Core permits MemberAdded, MemberRemoved, LeadChanged, Renamed {
        ChangeEvidence evidence();
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
        public Phase enter(Phase from, Context c) { return new Phase.UnderReview(on, false, false); }
        public Ledger record(Ledger l) { return l; }
    }

    /** A review (feasibility review, expert review, site visit, joint meeting) concluded. */
    record Reviewed(LocalDate on, boolean passed) implements Core {
        public Reviewed { need(on); }
        public EventType coreType() { return EventType.REVIEWED; }
        public Phase enter(Phase from, Context c) {
            return passed && from instanceof Phase.UnderReview u ? new Phase.UnderReview(u.appliedOn(), true, u.noticeCleared()) : from;
        }
        public Ledger record(Ledger l) { return l; }
    }

    record NoticeStarted(LocalDate on) implements Core {
        public NoticeStarted { need(on); }
        public EventType coreType() { return EventType.NOTICE_STARTED; }
        public Phase enter(Phase from, Context c) { return new Phase.PublicNotice(c.appliedOn(), on); }
        public Ledger record(Ledger l) { return l; }
    }

    record NoticeObjected(LocalDate on) implements Core {
        public NoticeObjected { need(on); }
        public EventType coreType() { return EventType.NOTICE_OBJECTED; }
        public Phase enter(Phase from, Context c) { return new Phase.UnderReview(c.appliedOn(), true, false); }
        public Ledger record(Ledger l) { return l; }
    }

    /** The notice ended; {@code on} is its last day. */
    record NoticeEnded(LocalDate on) implements Core {
        public NoticeEnded { need(on); }
        public EventType coreType() { return EventType.NOTICE_ENDED; }
        public Phase enter(Phase from, Context c) { return new Phase.UnderReview(c.appliedOn(), true, true); }
        public Ledger record(Ledger l) { return l; }
    }

    /**
     * Approved, launched or filed, as the procedure has it.
     *
     * @param validUntil the last day of validity the filing decision states, where the procedure has
     *     a validity (青岛); never before {@code on}
     */
    record Established(LocalDate on, Optional<LocalDate> validUntil) implements Core {
        public Established {
            need(on, validUntil);
            if (validUntil.isPresent() && validUntil.get().isBefore(on)) {
                throw new IllegalArgumentException("validUntil " + validUntil.get() + " is before the establishment " + on);
            }
        }

        public Established(LocalDate on) {
            this(on, Optional.empty());
        }

        public EventType coreType() { return EventType.ESTABLISHED; }
        public Phase enter(Phase from, Context c) { return new Phase.Established(on, c.lastValidDay(this)); }
        public Ledger record(Ledger l) { return l; }
    }

    /** The annual report on {@code year} was submitted. */
    record ReportSubmitted(LocalDate on, int year) implements Core {
        public ReportSubmitted { need(on); }
        public EventType coreType() { return EventType.REPORT_SUBMITTED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l.withReport(year, on); }
    }

    record Evaluated(LocalDate on, Grade grade) implements Core {
        public Evaluated { need(on, grade); }
        public EventType coreType() { return EventType.EVALUATED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return ImmutableLedger.copyOf(l).withGrades(Lists.plus(l.grades(), grade)); }
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
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) {
            return ImmutableLedger.copyOf(l).withProjects(Lists.plus(l.projects(), new RunningProject(on, level, entrusted, project)));
        }
    }

    /**
     * A project ended. It names the project, or its level (and entrustment), or nothing; it ends
     * the earliest running project that matches what it names.
     */
    record ProjectEnded(LocalDate on, Optional<ProjectLevel> level, Optional<Boolean> entrusted, Optional<String> project)
            implements Core {
        public ProjectEnded { need(on, level, entrusted, project); }
        public EventType coreType() { return EventType.PROJECT_ENDED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) {
            return ImmutableLedger.copyOf(l).withProjects(Lists.withoutFirst(l.projects(), p -> p.matches(this)));
        }
    }

    record MemberAdded(LocalDate on, ChangeEvidence evidence, Optional<String> member) implements Change {
        public MemberAdded { need(on, evidence, member); }
        public EventType coreType() { return EventType.MEMBER_ADDED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
    }

    record MemberRemoved(LocalDate on, ChangeEvidence evidence, Optional<String> member) implements Change {
        public MemberRemoved { need(on, evidence, member); }
        public EventType coreType() { return EventType.MEMBER_REMOVED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
    }

    /** The lead unit changed; {@code newLead} names the new lead when the history says. */
    record LeadChanged(LocalDate on, ChangeEvidence evidence, Optional<UnitRef> newLead) implements Change {
        public LeadChanged { need(on, evidence, newLead); }
        public EventType coreType() { return EventType.LEAD_CHANGED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return ImmutableLedger.copyOf(l).withLead(newLead).withLeadVacant(false); }
    }

    record Renamed(LocalDate on, ChangeEvidence evidence, Optional<String> newName) implements Change {
        public Renamed { need(on, evidence, newName); }
        public EventType coreType() { return EventType.RENAMED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
    }

    /** The consortium asks to dissolve itself (before establishment: withdraws its application). */
    record DissolutionRequested(LocalDate on) implements Core {
        public DissolutionRequested { need(on); }
        public EventType coreType() { return EventType.DISSOLUTION_REQUESTED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
    }

    /** The authority ends the consortium. */
    record Terminated(LocalDate on) implements Core {
        public Terminated { need(on); }
        public EventType coreType() { return EventType.TERMINATED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
    }

    record RenewalApplied(LocalDate on) implements Core {
        public RenewalApplied { need(on); }
        public EventType coreType() { return EventType.RENEWAL_APPLIED; }
        public Phase enter(Phase from, Context c) { return new Phase.UnderReview(on, false, false); }
        public Ledger record(Ledger l) { return l; }
    }

    /**
     * The lead failed to perform the formation agreement. {@code unit} names it when the history
     * says; otherwise the lead the simulation knows (from the profile or the last lead change).
     */
    record LeadDefaulted(LocalDate on, Optional<UnitRef> unit) implements Core {
        public LeadDefaulted { need(on, unit); }
        public EventType coreType() { return EventType.LEAD_DEFAULTED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
    }

    /** A change has been filed with the authority: it meets every filing then open. */
    record ChangeFiled(LocalDate on) implements Core {
        public ChangeFiled { need(on); }
        public EventType coreType() { return EventType.CHANGE_FILED; }
        public Phase enter(Phase from, Context c) { return from; }
        public Ledger record(Ledger l) { return l; }
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

        @Override
        public Phase enter(Phase from, Context c) {
            return from;
        }

        @Override
        public Ledger record(Ledger l) {
            return l;
        }
    }
}

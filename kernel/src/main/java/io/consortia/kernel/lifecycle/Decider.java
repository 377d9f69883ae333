package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.Sanction;

import io.consortia.kernel.sanction.UnitRef;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.Counted;
import io.consortia.kernel.calendar.OutsideCalendar;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.text.Text;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs a {@link LifecyclePolicy} as a pure decider. {@link #decide} takes a state and a history
 * event and returns the facts the event establishes, or a rejection with its reason and clause;
 * {@link #evolve} applies a fact; {@link #timeFacts} gives the transitions time makes by itself.
 * No clock and no I/O: the working-day calendar and its mode are given at construction, so the
 * same history always gives the same result.
 *
 * <p>Rules common to every policy (contract §4): terminal states absorb every later event; one
 * passed review completes the review stage and a failed one ends it as REJECTED; until
 * established, an applicant is UNDER_REVIEW, or PUBLIC_NOTICE while a notice runs; EXPIRED
 * accepts a renewal (and dissolution, and the end of a project still running).
 */
public final class Decider {

    /** Names the lead in a sanction when neither the history nor the profile does. */
    static final String UNNAMED_LEAD = "牵头单位（未具名） / lead unit (not named)";

    private final LifecyclePolicy policy;
    private final WorkingDayCalendar calendar;
    private final CalendarMode mode;

    public Decider(LifecyclePolicy policy, WorkingDayCalendar calendar, CalendarMode mode) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public LifecyclePolicy policy() {
        return policy;
    }

    public CalendarMode mode() {
        return mode;
    }

    // ---------------------------------------------------------------------------------------------
    // decide

    /** Decides the event against the state. Never throws for any state and event. */
    public Decision decide(LifecycleState s, Event e) {
        if (s.core().isTerminal()) {
            Closure c = s.closure().orElseThrow();
            return reject(Text.of(
                    "联合体已于" + c.on() + "进入终态（" + c.state().label().zh() + "），不再接受任何事件",
                    "the consortium is " + c.state() + " since " + c.on() + "; a terminal state accepts no further event"), c.clause());
        }
        if (e instanceof Event.Own own) {
            return own(s, own);
        }
        if (e instanceof Event.Applied a) {
            return applied(s, a);
        }
        if (e instanceof Event.RenewalApplied r) {
            return renewal(s, r);
        }
        if (e instanceof Event.Reviewed r) {
            return reviewed(s, r);
        }
        if (e instanceof Event.NoticeStarted n) {
            return noticeStarted(s, n);
        }
        if (e instanceof Event.NoticeObjected n) {
            return noticeObjected(s, n);
        }
        if (e instanceof Event.NoticeEnded n) {
            return noticeEnded(s, n);
        }
        if (e instanceof Event.Established est) {
            return established(s, est);
        }
        if (e instanceof Event.ReportSubmitted r) {
            return report(s, r);
        }
        if (e instanceof Event.Evaluated ev) {
            return evaluated(s, ev);
        }
        if (e instanceof Event.ProjectStarted p) {
            return projectStarted(s, p);
        }
        if (e instanceof Event.ProjectEnded p) {
            return projectEnded(s, p);
        }
        if (e instanceof Event.DissolutionRequested d) {
            return dissolution(s, d);
        }
        if (e instanceof Event.Terminated t) {
            return terminated(s, t);
        }
        if (e instanceof Event.LeadDefaulted d) {
            return defaulted(s, d);
        }
        if (e instanceof Event.MemberAdded || e instanceof Event.MemberRemoved || e instanceof Event.LeadChanged
                || e instanceof Event.Renamed) {
            return change(s, (Event.Core) e);
        }
        throw new IllegalStateException("an event type the decider does not know: " + e);
    }

    private Decision applied(LifecycleState s, Event.Applied e) {
        Clause clause = policy.clauseFor(EventType.APPLIED);
        if (s.core() != CoreState.PROPOSED) {
            return reject(Text.of("已于" + s.appliedOn().map(LocalDate::toString).orElse("此前") + "申请，不能重复申请",
                    "already applied on " + s.appliedOn().map(LocalDate::toString).orElse("an earlier date") + "; it cannot apply again"
                            + (s.core() == CoreState.EXPIRED ? " (an expired filing applies for renewal: RENEWAL_APPLIED)" : "")),
                    clause);
        }
        return accept(e, Text.of("已申请，进入审核", "applied; under review"), clause);
    }

    private Decision renewal(LifecycleState s, Event.RenewalApplied e) {
        if (policy.validity().isEmpty()) {
            return reject(Text.of("本政策未设有效期，无需重新备案", "this policy sets no validity period; there is nothing to renew"),
                    policy.supervision());
        }
        Validity v = policy.validity().get();
        if (s.core() == CoreState.ESTABLISHED) {
            LocalDate until = s.expiresOn().orElseThrow();
            return reject(Text.of("有效期至" + until + "，有效期满后方可按程序重新申请",
                    "the standing runs until " + until + "; renewal is applied for once it has run out"), v.clause());
        }
        if (s.core() != CoreState.EXPIRED) {
            return reject(Text.of("只有有效期满的联合体才能重新申请", "only an expired consortium applies for renewal"), v.clause());
        }
        return accept(e, Text.of("有效期满后重新申请，按程序重新审核", "renewal applied for after expiry; the procedure runs again"),
                v.clause());
    }

    private Decision reviewed(LifecycleState s, Event.Reviewed e) {
        Clause clause = policy.clauseFor(EventType.REVIEWED);
        if (!before(s)) {
            return reject(notUnderReview(s), clause);
        }
        if (e.passed()) {
            return accept(e, Text.of("审核通过", "review passed"), clause);
        }
        Text why = Text.of("审核未通过", "review failed");
        return accepted(List.of(new Fact.Happened(e), new Fact.Ended(e.on(), CoreState.REJECTED, why, clause)), why, Optional.of(clause), List.of(),
                new TreeSet<>());
    }

    private Decision noticeStarted(LifecycleState s, Event.NoticeStarted e) {
        if (policy.notice().isEmpty()) {
            return reject(Text.of("本政策的程序没有公示环节", "this policy's procedure has no public notice"),
                    policy.clauseFor(EventType.ESTABLISHED));
        }
        NoticeRule rule = policy.notice().get();
        if (s.core() == CoreState.PUBLIC_NOTICE) {
            return reject(Text.of("公示已于" + s.noticeStartedOn().orElseThrow() + "开始，正在进行",
                    "a notice has been running since " + s.noticeStartedOn().orElseThrow()), rule.clause());
        }
        if (s.core() != CoreState.UNDER_REVIEW) {
            return reject(notUnderReview(s), rule.clause());
        }
        if (!s.reviewPassed()) {
            return reject(Text.of("公示在审核通过之后进行", "the notice follows a passed review"), rule.clause());
        }
        List<Text> notes = new ArrayList<>();
        SortedSet<Integer> approx = new TreeSet<>();
        if (rule.minWorkingDays().isPresent()) {
            int min = rule.minWorkingDays().get();
            Either<OutsideCalendar, Counted<LocalDate>> earliest = calendar.nthWorkingDay(e.on(), min, mode);
            if (earliest.isLeft()) {
                return new Decision.Undecidable(earliest.getLeft());
            }
            approx.addAll(earliest.get().approximatedYears());
            LocalDate end = earliest.get().value();
            notes.add(Text.of("公示不少于" + min + "个工作日（首尾两日均计入），最早可于" + end + "结束",
                    "the notice runs at least " + min + " working days (first and last days counting): it may end on or after " + end));
        }
        return accepted(List.of(new Fact.Happened(e)), Text.of("公示开始", "public notice started"), Optional.of(rule.clause()), notes,
                approx);
    }

    private Decision noticeObjected(LifecycleState s, Event.NoticeObjected e) {
        Clause clause = policy.notice().map(NoticeRule::clause).orElse(policy.clauseFor(EventType.ESTABLISHED));
        if (s.core() != CoreState.PUBLIC_NOTICE) {
            return reject(noNotice(s), clause);
        }
        return accept(e, Text.of("公示有异议：本次公示不能予以备案，退回审核；备案需经一次无异议的公示",
                "objection during the notice: no filing on this notice; back under review, and filing needs a notice that ends "
                        + "without objection"), clause);
    }

    private Decision noticeEnded(LifecycleState s, Event.NoticeEnded e) {
        Clause clause = policy.notice().map(NoticeRule::clause).orElse(policy.clauseFor(EventType.ESTABLISHED));
        if (s.core() != CoreState.PUBLIC_NOTICE) {
            return reject(noNotice(s), clause);
        }
        LocalDate start = s.noticeStartedOn().orElseThrow();
        Either<OutsideCalendar, Shortfall> length = shortfall(start, e.on(), "", clause);
        if (length.isLeft()) {
            return new Decision.Undecidable(length.getLeft());
        }
        if (length.get().rejected().isPresent()) {
            return length.get().rejected().get();
        }
        return accepted(List.of(new Fact.Happened(e)),
                Text.of("公示结束，无异议（" + start + "至" + e.on() + "）", "the notice ran from " + start + " to " + e.on() + " without objection"),
                Optional.of(clause), List.of(), length.get().approximatedYears());
    }

    /** A notice's length checked against the minimum: the rejection if it falls short, and the years approximated. */
    private record Shortfall(Optional<Decision.Rejected> rejected, SortedSet<Integer> approximatedYears) {}

    /**
     * Whether a notice from {@code start} to {@code last} (both counting) falls short of the
     * policy's minimum.
     */
    private Either<OutsideCalendar, Shortfall> shortfall(LocalDate start, LocalDate last, String prefixEn, Clause clause) {
        Optional<Integer> minimum = policy.notice().flatMap(NoticeRule::minWorkingDays);
        if (minimum.isEmpty()) {
            return Either.right(new Shortfall(Optional.empty(), new TreeSet<>()));
        }
        int min = minimum.get();
        Either<OutsideCalendar, Counted<Integer>> count = calendar.countWorkingDays(start, last, mode);
        if (count.isLeft()) {
            return Either.left(count.getLeft());
        }
        Either<OutsideCalendar, Counted<LocalDate>> earliest = calendar.nthWorkingDay(start, min, mode);
        if (earliest.isLeft()) {
            return Either.left(earliest.getLeft());
        }
        SortedSet<Integer> approx = new TreeSet<>(count.get().approximatedYears());
        approx.addAll(earliest.get().approximatedYears());
        int ran = count.get().value();
        if (ran >= min) {
            return Either.right(new Shortfall(Optional.empty(), approx));
        }
        LocalDate end = earliest.get().value();
        return Either.right(new Shortfall(Optional.of(new Decision.Rejected(Text.of(
                "公示自" + start + "起至" + last + "仅" + ran + "个工作日（首尾两日均计入），不满足不少于" + min + "个工作日的要求，最早可于" + end + "结束",
                prefixEn + "the notice ran only " + ran + " working day" + (ran == 1 ? "" : "s") + " from " + start + " to " + last
                        + " (first and last days counting); it must run at least " + min + ", so it may end on or after " + end),
                clause, approx)), approx));
    }

    private Decision established(LifecycleState s, Event.Established e) {
        Clause clause = policy.clauseFor(EventType.ESTABLISHED);
        if (s.core() == CoreState.ESTABLISHED) {
            return reject(Text.of("已于" + s.establishedOn().orElseThrow() + "组建", "already established on " + s.establishedOn().orElseThrow()),
                    clause);
        }
        if (s.core() == CoreState.EXPIRED) {
            return reject(Text.of("有效期已于" + s.expiresOn().orElseThrow() + "届满，须先按程序重新申请",
                    "the standing ran out on " + s.expiresOn().orElseThrow() + "; apply for renewal first (RENEWAL_APPLIED)"),
                    policy.validity().map(Validity::clause).orElse(clause));
        }
        if (s.core() == CoreState.PROPOSED) {
            return reject(Text.of("尚未申请", "not applied yet"), policy.clauseFor(EventType.APPLIED));
        }
        if (!s.reviewPassed()) {
            return reject(Text.of("组建须先通过审核", "establishment needs a passed review first"), policy.clauseFor(EventType.REVIEWED));
        }
        SortedSet<Integer> approx = new TreeSet<>();
        if (policy.notice().isPresent()) {
            NoticeRule rule = policy.notice().get();
            if (s.core() == CoreState.PUBLIC_NOTICE) {
                // Establishing ends the notice: its last day is the day before, since an objection
                // may still come in on the day itself.
                LocalDate start = s.noticeStartedOn().orElseThrow();
                Either<OutsideCalendar, Shortfall> length = shortfall(start, e.on().minusDays(1),
                        "established on " + e.on() + ", while ", rule.clause());
                if (length.isLeft()) {
                    return new Decision.Undecidable(length.getLeft());
                }
                if (length.get().rejected().isPresent()) {
                    return length.get().rejected().get();
                }
                approx.addAll(length.get().approximatedYears());
            } else if (!s.noticeCleared()) {
                return reject(Text.of("须经公示且无异议后方可备案", "establishment follows a public notice that ended without objection"),
                        rule.clause());
            }
        }
        boolean renewal = s.firstEstablishedOn().isPresent();
        String untilZh = policy.validity().map(v -> "，有效期至" + v.expiresOn(e.on())).orElse("");
        String untilEn = policy.validity().map(v -> "; its standing runs until " + v.expiresOn(e.on())).orElse("");
        return accepted(List.of(new Fact.Happened(e)),
                Text.of((renewal ? "重新组建（备案）" : "组建") + untilZh, (renewal ? "established again (renewed)" : "established") + untilEn),
                Optional.of(clause), List.of(), approx);
    }

    private Decision report(LifecycleState s, Event.ReportSubmitted e) {
        Optional<ReportDuty> duty = policy.reports().stream().findFirst();
        Clause clause = duty.map(ReportDuty::clause).orElse(policy.supervision());
        if (s.core() != CoreState.ESTABLISHED) {
            return reject(notEstablished(s), clause);
        }
        if (e.year() > e.on().getYear()) {
            return reject(Text.of(e.on().getYear() + "年不能报送" + e.year() + "年度的报告", "a report on " + e.year()
                    + " cannot be submitted in " + e.on().getYear()), clause);
        }
        int first = s.firstEstablishedOn().orElseThrow().getYear();
        if (e.year() < first) {
            return reject(Text.of("联合体" + first + "年才组建，没有" + e.year() + "年度的报告", "the consortium was established only in "
                    + first + "; there is no report on " + e.year()), clause);
        }
        if (duty.isEmpty()) {
            return accepted(List.of(new Fact.Happened(e)), Text.of("报告已记录", "report recorded"), Optional.empty(),
                    List.of(Text.of("本政策未规定年度报告义务", "this policy sets no annual report")), new TreeSet<>());
        }
        List<Text> notes = new ArrayList<>();
        for (ReportDuty d : policy.reports()) {
            LocalDate due = d.dueFor(e.year());
            if (s.reports().containsKey(e.year())) {
                notes.add(Text.of("该年度报告此前已于" + s.reports().get(e.year()) + "报送", "the report on " + e.year()
                        + " was already submitted on " + s.reports().get(e.year())));
            } else if (e.on().isAfter(due)) {
                notes.add(Text.of("逾期报送：应于" + due + "前报送", "late: it was due by " + due));
            }
        }
        Text what = duty.get().what(e.year());
        return accepted(List.of(new Fact.Happened(e)), Text.of(what.zh() + "：已报送", what.en() + ": submitted"),
                Optional.of(clause), notes, new TreeSet<>());
    }

    private Decision evaluated(LifecycleState s, Event.Evaluated e) {
        Clause clause = policy.gradeRules().stream().map(GradeRule::clause).findFirst().orElse(policy.supervision());
        if (s.core() != CoreState.ESTABLISHED) {
            return reject(notEstablished(s), clause);
        }
        if (policy.gradeScale().isPresent() && !policy.gradeScale().get().grades().contains(e.grade())) {
            GradeScale scale = policy.gradeScale().get();
            List<Grade> ordered = java.util.Arrays.stream(Grade.values()).filter(scale.grades()::contains).toList();
            return reject(Text.of("评价结果分为" + ordered.stream().map(g -> g.label().zh()).collect(Collectors.joining("、")) + "，没有"
                            + e.grade().label().zh() + "这一等次",
                    "the grades are " + ordered.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; " + e.grade()
                            + " is not one of them"), scale.clause());
        }
        List<Grade> grades = new ArrayList<>(s.grades());
        grades.add(e.grade());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact.Happened(e));
        List<Text> notes = new ArrayList<>();
        boolean flagged = false;
        for (GradeRule rule : policy.gradeRules()) {
            if (rule.grade() != e.grade() || !lastAre(grades, rule.grade(), rule.consecutive())) {
                continue;
            }
            Consequence c = rule.consequence();
            if (c instanceof Consequence.Revoke) {
                Text why = rule.consecutive() == 1
                        ? Text.of("评价为" + e.grade().label().zh() + "：", "evaluated " + e.grade() + ": ").concat("", "", c.says())
                        : Text.of("连续" + rule.consecutive() + "次评价为" + e.grade().label().zh() + "：",
                                rule.consecutive() + " consecutive " + e.grade() + " evaluations: ").concat("", "", c.says());
                facts.add(new Fact.Ended(e.on(), CoreState.REVOKED, why, rule.clause()));
                return accepted(facts, why, Optional.of(rule.clause()), List.of(), new TreeSet<>());
            }
            if (c instanceof Consequence.Flag) {
                facts.add(new Fact.Flagged(new Flag(e.on(), c.says(), rule.clause())));
                notes.add(c.says().concat("（", " (", Text.of(rule.clause().ref() + "）", rule.clause().ref() + ")")));
                flagged = true;
            } else if (c instanceof Consequence.Measure) {
                facts.add(new Fact.MeasureGranted(new GrantedMeasure(e.on(), c.says(), rule.clause())));
                notes.add(c.says().concat("（", " (", Text.of(rule.clause().ref() + "）", rule.clause().ref() + ")")));
            }
        }
        if (!flagged && !s.flags().isEmpty()) {
            facts.add(new Fact.FlagsCleared(e.on()));
            notes.add(Text.of("此前待定的处理事项已了结", "the decision pending from the earlier evaluation is settled"));
        }
        return accepted(facts, Text.of("评价为" + e.grade().label().zh(), "evaluated " + e.grade()), Optional.of(clause), notes,
                new TreeSet<>());
    }

    private static boolean lastAre(List<Grade> grades, Grade grade, int n) {
        if (grades.size() < n) {
            return false;
        }
        for (int i = grades.size() - n; i < grades.size(); i++) {
            if (grades.get(i) != grade) {
                return false;
            }
        }
        return true;
    }

    private Decision projectStarted(LifecycleState s, Event.ProjectStarted e) {
        Clause clause = policy.clauseFor(EventType.PROJECT_STARTED);
        if (s.core() != CoreState.ESTABLISHED) {
            return reject(notEstablished(s), clause);
        }
        if (e.project().isPresent() && s.projects().stream().anyMatch(p -> p.name().equals(e.project()))) {
            return reject(Text.of("名为" + e.project().get() + "的项目正在进行", "a project named " + e.project().get() + " is already running"),
                    clause);
        }
        return accept(e, Text.of("承担" + e.level().label().zh() + (e.entrusted() ? "政府委托" : "") + "项目",
                "takes on a " + e.level().name().toLowerCase(java.util.Locale.ROOT) + (e.entrusted() ? " government-entrusted" : "")
                        + " project"), clause);
    }

    private Decision projectEnded(LifecycleState s, Event.ProjectEnded e) {
        Clause clause = policy.clauseFor(EventType.PROJECT_ENDED);
        if (s.core() != CoreState.ESTABLISHED && s.core() != CoreState.EXPIRED) {
            return reject(notEstablished(s), clause);
        }
        Optional<RunningProject> match = s.projects().stream().filter(p -> p.matches(e)).findFirst();
        if (match.isEmpty()) {
            String running = s.projects().isEmpty() ? "none" : s.projects().stream().map(RunningProject::describe)
                    .collect(Collectors.joining("; "));
            return reject(Text.of("没有与之相符的在研项目（在研：" + (s.projects().isEmpty() ? "无" : running) + "）",
                    "no running project matches (running: " + running + ")"), clause);
        }
        return accept(e, Text.of("项目结束：" + match.get().describe(), "project ended: " + match.get().describe()), clause);
    }

    private Decision change(LifecycleState s, Event.Core e) {
        EventType type = e.coreType();
        if (before(s)) {
            // Before establishment the rules on changes of a consortium do not apply yet: the
            // applicants are still revising their plan (永川 四(二) "完善组建方案").
            return accept((Event) e, type.label().concat("（", " (", Text.of("组建前对申报方案的调整）", "a revision of the application before establishment)")),
                    policy.clauseFor(EventType.APPLIED));
        }
        if (s.core() != CoreState.ESTABLISHED) {
            return reject(notEstablished(s), policy.supervision());
        }
        for (Guard g : policy.guardsOn(type)) {
            Optional<Text> failure = failure(g, s, (Event) e);
            if (failure.isPresent()) {
                return reject(failure.get(), g.clause());
            }
        }
        if (e instanceof Event.LeadChanged lc && lc.newLead().isPresent()) {
            Optional<Sanction> bar = s.sanctions().stream()
                    .filter(x -> x.inForceOn(lc.on()) && x.unit().sameUnitAs(lc.newLead().get())).findFirst();
            if (bar.isPresent()) {
                Clause clause = policy.sanction().map(SanctionRule::clause).orElse(policy.supervision());
                return reject(Text.of(lc.newLead().get().display() + "在" + bar.get().until() + "前不得牵头组建创新联合体",
                        lc.newLead().get().display() + " is barred from leading a consortium until " + bar.get().until()), clause);
            }
        }
        Optional<Ending> ending = policy.endingOn(type);
        if (ending.isPresent()) {
            Ending end = ending.get();
            Text why = type.label().concat("：", ": ", end.says());
            return accepted(List.of(new Fact.Happened((Event) e), new Fact.Ended(e.on(), end.to(), why, end.clause())), why,
                    Optional.of(end.clause()), List.of(), new TreeSet<>());
        }
        List<Guard> guards = policy.guardsOn(type);
        Optional<Clause> clause = guards.isEmpty() ? Optional.empty() : Optional.of(guards.get(0).clause());
        return accepted(List.of(new Fact.Happened((Event) e)), type.label(), clause, List.of(), new TreeSet<>());
    }

    private Optional<Text> failure(Guard g, LifecycleState s, Event e) {
        if (g instanceof Guard.NotWhileProject np) {
            List<RunningProject> blocking = s.projects().stream()
                    .filter(p -> np.levels().contains(p.level()) && (!np.entrustedOnly() || p.entrusted())).toList();
            if (blocking.isEmpty()) {
                return Optional.empty();
            }
            String which = blocking.stream().map(RunningProject::describe).collect(Collectors.joining("; "));
            return Optional.of(np.says().concat("：", ": ", Text.of("正在承担 " + which, which + " is running")));
        }
        if (g instanceof Guard.RequiresEvidence re) {
            ChangeEvidence shown = evidenceOf(e);
            List<Evidence> missing = java.util.Arrays.stream(Evidence.values())
                    .filter(x -> re.evidence().contains(x) && !shown.shows(x)).toList();
            if (missing.isEmpty()) {
                return Optional.empty();
            }
            String zh = missing.stream().map(x -> x.label().zh() + "（" + x.key() + "：" + shown.get(x).map(String::valueOf).orElse("未说明") + "）")
                    .collect(Collectors.joining("、"));
            String en = missing.stream().map(x -> x.label().en() + " (" + x.key() + ": " + shown.get(x).map(String::valueOf).orElse("not stated") + ")")
                    .collect(Collectors.joining(", "));
            return Optional.of(re.says().concat("：", ": ", Text.of("未表明" + zh, "the change does not show " + en)));
        }
        throw new IllegalStateException("a guard the decider does not know: " + g);
    }

    private static ChangeEvidence evidenceOf(Event e) {
        if (e instanceof Event.MemberAdded m) {
            return m.evidence();
        }
        if (e instanceof Event.MemberRemoved m) {
            return m.evidence();
        }
        if (e instanceof Event.LeadChanged m) {
            return m.evidence();
        }
        if (e instanceof Event.Renamed m) {
            return m.evidence();
        }
        return ChangeEvidence.none();
    }

    private Decision dissolution(LifecycleState s, Event.DissolutionRequested e) {
        if (s.core() == CoreState.PROPOSED) {
            return reject(Text.of("尚未申请，无可解散", "not applied yet; there is nothing to dissolve"), policy.clauseFor(EventType.APPLIED));
        }
        Text why;
        Clause clause = policy.supervision();
        if (before(s)) {
            why = Text.of("组建前撤回申请", "application withdrawn before establishment");
        } else if (s.core() == CoreState.EXPIRED) {
            why = Text.of("有效期满后解散", "dissolved after its standing ran out");
        } else {
            for (Guard g : policy.guardsOn(EventType.DISSOLUTION_REQUESTED)) {
                Optional<Text> failure = failure(g, s, e);
                if (failure.isPresent()) {
                    return reject(failure.get(), g.clause());
                }
            }
            why = Text.of("自行解散", "dissolved at its own request");
            List<Guard> guards = policy.guardsOn(EventType.DISSOLUTION_REQUESTED);
            if (!guards.isEmpty()) {
                clause = guards.get(0).clause();
            }
        }
        return accepted(List.of(new Fact.Happened(e), new Fact.Ended(e.on(), CoreState.DISSOLVED, why, clause)), why, Optional.of(clause),
                List.of(), new TreeSet<>());
    }

    private Decision terminated(LifecycleState s, Event.Terminated e) {
        Clause clause = policy.clauseFor(EventType.TERMINATED);
        if (s.core() != CoreState.ESTABLISHED) {
            Text why = before(s)
                    ? Text.of("尚未组建，无可终止；审核不通过请用 REVIEWED passed: false", "not established, so there is nothing to terminate; "
                            + "a failed review is REVIEWED with passed: false")
                    : notEstablished(s);
            return reject(why, clause);
        }
        Text why = Text.of("主管部门终止", "terminated by the authority");
        if (!s.flags().isEmpty()) {
            Flag f = s.flags().get(s.flags().size() - 1);
            clause = f.clause();
            why = Text.of("主管部门终止（" + f.raisedOn() + "评价后：" + f.what().zh() + "）",
                    "terminated by the authority (after the evaluation of " + f.raisedOn() + ": " + f.what().en() + ")");
        }
        return accepted(List.of(new Fact.Happened(e), new Fact.Ended(e.on(), CoreState.REVOKED, why, clause)), why, Optional.of(clause),
                List.of(), new TreeSet<>());
    }

    private Decision defaulted(LifecycleState s, Event.LeadDefaulted e) {
        Clause clause = policy.sanction().map(SanctionRule::clause).orElse(policy.supervision());
        if (s.core() != CoreState.ESTABLISHED) {
            return reject(Text.of("只有已组建联合体的牵头单位才谈得上未按协议履约", "only the lead of an established consortium can default on its agreement"),
                    clause);
        }
        if (e.unit().isEmpty() && s.leadVacant()) {
            return reject(Text.of("牵头资格已被取消且尚无新的牵头单位；请用 leadName 或 leadCreditCode 指明违约单位",
                    "the lead's status is already cancelled and no new lead has been named; name the defaulting unit with leadName or "
                            + "leadCreditCode"), clause);
        }
        if (policy.sanction().isEmpty()) {
            return accepted(List.of(new Fact.Happened(e)), Text.of("牵头单位未按协议履约", "the lead defaulted"), Optional.empty(),
                    List.of(Text.of("本政策未对牵头单位违约规定处罚", "this policy attaches no sanction to a lead's default")), new TreeSet<>());
        }
        SanctionRule rule = policy.sanction().get();
        UnitRef unit = e.unit().or(s::lead).orElse(UnitRef.named(UNNAMED_LEAD));
        Sanction sanction = Sanction.against(unit, policy.jurisdiction(), e.on(), rule.years(), EventType.LEAD_DEFAULTED.name());
        Text why = Text.of("取消牵头资格，" + rule.years() + "年内（至" + sanction.until() + "）不得牵头组建或作为核心层参与其他创新联合体",
                "the lead loses its lead status and is barred for " + rule.years() + " years (until " + sanction.until()
                        + ") from leading or being a core member of any consortium");
        return accepted(List.of(new Fact.Happened(e), new Fact.Barred(sanction, rule.clause())), why, Optional.of(rule.clause()),
                List.of(why), new TreeSet<>());
    }

    private Decision own(LifecycleState s, Event.Own e) {
        Optional<Step> step = policy.procedure().stepOfOwnEvent(e.name());
        if (step.isEmpty()) {
            return reject(Text.of("本政策的程序没有" + e.name() + "这一事件", "this policy's procedure has no event " + e.name()),
                    policy.supervision());
        }
        Step st = step.get();
        if (s.core() != st.state()) {
            return reject(Text.of(e.name() + "记录“" + st.name().zh() + "”一步，该步在" + st.state().label().zh() + "阶段进行；联合体现为"
                            + s.core().label().zh(),
                    e.name() + " records the step \"" + st.name().en() + "\", which runs while " + st.state() + "; the consortium is "
                            + s.core()), st.clause());
        }
        return accept(e, st.name(), st.clause());
    }

    private static boolean before(LifecycleState s) {
        return s.core() == CoreState.UNDER_REVIEW || s.core() == CoreState.PUBLIC_NOTICE;
    }

    private static Text notUnderReview(LifecycleState s) {
        return s.core() == CoreState.PROPOSED ? Text.of("尚未申请", "not applied yet")
                : Text.of("没有待审核的申请（联合体现为" + s.core().label().zh() + "）", "no application is under review (the consortium is "
                        + s.core() + ")");
    }

    private static Text noNotice(LifecycleState s) {
        return Text.of("没有正在进行的公示（联合体现为" + s.core().label().zh() + "）", "no notice is running (the consortium is " + s.core() + ")");
    }

    private static Text notEstablished(LifecycleState s) {
        if (s.core() == CoreState.EXPIRED) {
            return Text.of("有效期已于" + s.expiresOn().map(LocalDate::toString).orElse("此前") + "届满",
                    "the standing ran out on " + s.expiresOn().map(LocalDate::toString).orElse("an earlier date"));
        }
        return Text.of("联合体尚未组建（现为" + s.core().label().zh() + "）", "the consortium is not established (it is " + s.core() + ")");
    }

    private Decision accept(Event e, Text reason, Clause clause) {
        return accepted(List.of(new Fact.Happened(e)), reason, Optional.of(clause), List.of(), new TreeSet<>());
    }

    private static Decision accepted(List<Fact> facts, Text reason, Optional<Clause> clause, List<Text> notes, SortedSet<Integer> approx) {
        return new Decision.Accepted(facts, reason, clause, notes, approx);
    }

    private static Decision reject(Text reason, Clause clause) {
        return new Decision.Rejected(reason, clause, new TreeSet<>());
    }

    // ---------------------------------------------------------------------------------------------
    // time

    /** The facts time establishes by the end of {@code upTo}: the validity running out. */
    public List<Fact> timeFacts(LifecycleState s, LocalDate upTo) {
        if (s.core() == CoreState.ESTABLISHED && policy.validity().isPresent() && s.expiresOn().isPresent()
                && !s.expiresOn().get().isAfter(upTo)) {
            return List.of(new Fact.Expired(s.expiresOn().get(), policy.validity().get().clause()));
        }
        return List.of();
    }

    // ---------------------------------------------------------------------------------------------
    // evolve

    /** Applies the facts in order. */
    public LifecycleState evolve(LifecycleState s, List<Fact> facts) {
        LifecycleState out = s;
        for (Fact f : facts) {
            out = evolve(out, f);
        }
        return out;
    }

    /** Applies one fact. Total over the facts {@link #decide} and {@link #timeFacts} produce for the state. */
    public LifecycleState evolve(LifecycleState s, Fact f) {
        // One builder per fact: the state's consistency check runs on the result, not on halfway steps.
        ImmutableLifecycleState.Builder b = ImmutableLifecycleState.builder().from(s);
        if (f instanceof Fact.Happened h) {
            happened(b, s, h.event());
        } else if (f instanceof Fact.Ended end) {
            b.core(end.to()).noticeStartedOn(Optional.empty())
                    .closure(new Closure(end.on(), end.to(), end.reason(), end.clause()))
                    .establishedPeriods(closePeriod(s.establishedPeriods(), end.on()));
        } else if (f instanceof Fact.Expired x) {
            b.core(CoreState.EXPIRED).reviewPassed(false).noticeCleared(false)
                    .establishedPeriods(closePeriod(s.establishedPeriods(), x.on()));
        } else if (f instanceof Fact.Flagged fl) {
            b.addFlags(fl.flag());
        } else if (f instanceof Fact.FlagsCleared) {
            b.flags(List.of());
        } else if (f instanceof Fact.MeasureGranted m) {
            b.addMeasures(m.measure());
        } else if (f instanceof Fact.Barred bar) {
            b.addSanctions(bar.sanction()).leadVacant(true);
        } else {
            throw new IllegalStateException("a fact the decider does not know: " + f);
        }
        return b.build();
    }

    private void happened(ImmutableLifecycleState.Builder b, LifecycleState st, Event e) {
        if (e instanceof Event.Applied || e instanceof Event.RenewalApplied) {
            b.core(CoreState.UNDER_REVIEW).appliedOn(e.on()).reviewPassed(false).noticeCleared(false);
        } else if (e instanceof Event.Reviewed r) {
            if (r.passed()) {
                b.reviewPassed(true);
            }
        } else if (e instanceof Event.NoticeStarted) {
            b.core(CoreState.PUBLIC_NOTICE).noticeStartedOn(e.on()).noticeCleared(false);
        } else if (e instanceof Event.NoticeObjected) {
            b.core(CoreState.UNDER_REVIEW).noticeStartedOn(Optional.empty()).noticeCleared(false);
        } else if (e instanceof Event.NoticeEnded) {
            b.core(CoreState.UNDER_REVIEW).noticeStartedOn(Optional.empty()).noticeCleared(true);
        } else if (e instanceof Event.Established) {
            b.core(CoreState.ESTABLISHED).noticeStartedOn(Optional.empty()).noticeCleared(true)
                    .establishedOn(e.on())
                    .expiresOn(policy.validity().map(v -> v.expiresOn(e.on())))
                    .addEstablishedPeriods(new Period(e.on(), Optional.empty()));
        } else if (e instanceof Event.ReportSubmitted r) {
            if (!st.reports().containsKey(r.year())) {
                b.putReports(r.year(), r.on());
            }
        } else if (e instanceof Event.Evaluated ev) {
            b.addGrades(ev.grade());
        } else if (e instanceof Event.ProjectStarted p) {
            b.addProjects(new RunningProject(p.on(), p.level(), p.entrusted(), p.project()));
        } else if (e instanceof Event.ProjectEnded p) {
            List<RunningProject> projects = new ArrayList<>(st.projects());
            for (int i = 0; i < projects.size(); i++) {
                if (projects.get(i).matches(p)) {
                    projects.remove(i);
                    break;
                }
            }
            b.projects(projects);
        } else if (e instanceof Event.LeadChanged lc) {
            b.lead(lc.newLead()).leadVacant(false);
        }
    }

    private static List<Period> closePeriod(List<Period> periods, LocalDate on) {
        if (periods.isEmpty() || periods.get(periods.size() - 1).until().isPresent()) {
            return periods;
        }
        List<Period> out = new ArrayList<>(periods);
        Period last = out.remove(out.size() - 1);
        out.add(new Period(last.from(), Optional.of(on)));
        return out;
    }
}

package io.consortia.kernel.lifecycle;

import static io.consortia.kernel.lifecycle.CoreState.DISSOLVED;
import static io.consortia.kernel.lifecycle.CoreState.ESTABLISHED;
import static io.consortia.kernel.lifecycle.CoreState.EXPIRED;
import static io.consortia.kernel.lifecycle.CoreState.PROPOSED;
import static io.consortia.kernel.lifecycle.CoreState.PUBLIC_NOTICE;
import static io.consortia.kernel.lifecycle.CoreState.REJECTED;
import static io.consortia.kernel.lifecycle.CoreState.REVOKED;
import static io.consortia.kernel.lifecycle.CoreState.UNDER_REVIEW;

import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.sanction.UnitRef;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kernel's rows of a policy's transition table: what contract §4 says of every procedure,
 * shaped by what the policy has (a notice, a validity, reports, grades, guards, endings, a
 * sanction, its own events). Adding a core event means adding its rows here.
 */
final class CoreTransitions {

    /** Names the lead in a sanction when neither the history nor the profile does. */
    static final String UNNAMED_LEAD = "牵头单位（未具名） / lead unit (not named)";

    private final LifecyclePolicy p;
    private final List<Move> out = new ArrayList<>();

    private CoreTransitions(LifecyclePolicy policy) {
        this.p = policy;
    }

    static List<Move> of(LifecyclePolicy policy) {
        CoreTransitions t = new CoreTransitions(policy);
        t.application();
        t.notice();
        t.establishment();
        t.established();
        t.validity();
        t.filings();
        t.ownEvents();
        t.remarks();
        return t.out;
    }

    private Move add(Move m) {
        out.add(m);
        return m;
    }

    /** The states before establishment in which an application is under way. */
    private List<CoreState> before() {
        return p.notice().isPresent() ? List.of(UNDER_REVIEW, PUBLIC_NOTICE) : List.of(UNDER_REVIEW);
    }

    // ------------------------------------------------------------------------------ application

    private void application() {
        Clause apply = p.clauseFor(EventType.APPLIED);
        Clause review = p.clauseFor(EventType.REVIEWED);
        add(Move.of(PROPOSED, EventType.APPLIED, UNDER_REVIEW, apply, Text.of("已申请，进入审核", "applied; under review")));
        for (CoreState s : before()) {
            add(Move.of(s, EventType.REVIEWED, REJECTED, review, Text.of("审核未通过", "review failed")))
                    .when(Text.of("未通过审核", "passed: false"))
                    .branch(c -> !((Event.Reviewed) c.event()).passed());
            add(Move.of(s, EventType.REVIEWED, s, review, Text.of("审核通过", "review passed")));
            add(Move.of(s, EventType.DISSOLUTION_REQUESTED, DISSOLVED, p.supervision(),
                    Text.of("组建前撤回申请", "application withdrawn before establishment")))
                    .when(Text.of("撤回申请", "application withdrawn"));
            for (EventType change : changes()) {
                // Before establishment the rules on changes of a consortium do not apply yet: the
                // applicants are still revising their plan (永川 四(二) "完善组建方案").
                add(Move.of(s, change, s, apply, change.label().concat("（", " (",
                        Text.of("组建前对申报方案的调整）", "a revision of the application before establishment)"))));
            }
        }
    }

    private static List<EventType> changes() {
        return Arrays.stream(EventType.values()).filter(EventType::isChange).toList();
    }

    // ------------------------------------------------------------------------------ notice

    private void notice() {
        if (p.notice().isEmpty()) {
            return;
        }
        NoticeRule rule = p.notice().get();
        Clause clause = rule.clause();
        add(Move.of(UNDER_REVIEW, EventType.NOTICE_STARTED, PUBLIC_NOTICE, clause, Text.of("公示开始", "public notice started")))
                .when(Text.of("审核通过后", "after a passed review"))
                .check(reviewPassed(Text.of("公示在审核通过之后进行", "the notice follows a passed review"), clause))
                .effect((c, d) -> rule.minimum(c.options().values()).ifPresent(min -> d.counted(earliestEnd(c.options(), c.event().on(), min))
                        .ifPresent(end -> d.note("NOTICE_EARLIEST_END", Text.of("公示不少于" + min + "个工作日（" + counting(c).zh() + "），最早可于" + end + "结束",
                                "the notice runs at least " + min + " working days (" + counting(c).en() + "): it may end on or after " + end)))));
        add(Move.of(PUBLIC_NOTICE, EventType.NOTICE_ENDED, UNDER_REVIEW, clause, Text.of("公示结束", "public notice ended")))
                .when(this::length)
                .check((c, d) -> shortfall(c, d, c.event().on(), ""))
                .reason(c -> {
                    LocalDate start = ((Phase.PublicNotice) c.phase()).startedOn();
                    return Text.of("公示结束，无异议（" + start + "至" + c.event().on() + "）",
                            "the notice ran from " + start + " to " + c.event().on() + " without objection");
                });
        add(Move.of(PUBLIC_NOTICE, EventType.NOTICE_OBJECTED, UNDER_REVIEW, clause, Text.of("公示有异议：本次公示不能予以备案，退回审核；备案需经一次无异议的公示",
                "objection during the notice: no filing on this notice; back under review, and filing needs a notice that ends "
                        + "without objection")));
    }

    /** The least length of the notice in words. */
    private Text length(ParameterValues values) {
        return p.notice().flatMap(n -> n.minimum(values)).map(d -> Text.of("公示满" + d + "个工作日", "after at least " + d + " working days"))
                .orElse(Text.of("公示结束", "the notice ran"));
    }

    /**
     * Rejects when a notice from its start to {@code last} (both counting) falls short of the
     * minimum: the earliest permitted end bounds the counting, however far {@code last} lies.
     */
    private void shortfall(Context c, Draft d, LocalDate last, String prefixEn) {
        NoticeRule rule = p.notice().orElseThrow();
        Optional<Integer> minimum = rule.minimum(c.options().values());
        if (minimum.isEmpty()) {
            return;
        }
        int min = minimum.get();
        LocalDate start = ((Phase.PublicNotice) c.phase()).startedOn();
        SimulationOptions o = c.options();
        Optional<LocalDate> earliest = d.counted(earliestEnd(o, start, min));
        if (earliest.isEmpty() || !last.isBefore(earliest.get())) {
            return;
        }
        LocalDate first = o.dayCount() == DayCount.CIVIL ? Dates.dayAfter(start) : start;
        Optional<Integer> ran = d.counted(o.calendar().countWorkingDays(first, last, o.mode()));
        if (ran.isEmpty()) {
            return;
        }
        int n = ran.get();
        LocalDate end = earliest.get();
        d.reject(Text.of("公示自" + start + "起至" + last + "仅" + n + "个工作日（" + counting(c).zh() + "），不满足不少于" + min + "个工作日的要求，最早可于" + end + "结束",
                prefixEn + "the notice ran only " + n + " working day" + (n == 1 ? "" : "s") + " from " + start + " to " + last
                        + " (" + counting(c).en() + "); it must run at least " + min + ", so it may end on or after " + end),
                rule.clause());
    }

    /**
     * The day a notice started on {@code start} has run {@code min} working days, by reading R9:
     * its first day counting (inclusive), or not (civil: the days after it).
     */
    private static io.vavr.control.Either<io.consortia.kernel.calendar.OutsideCalendar, io.consortia.kernel.calendar.Counted<LocalDate>>
            earliestEnd(SimulationOptions o, LocalDate start, int min) {
        return o.dayCount() == DayCount.CIVIL ? o.calendar().addWorkingDays(start, min, o.mode())
                : o.calendar().nthWorkingDay(start, min, o.mode());
    }

    /** How the notice's days are counted, in words (R9). */
    private static Text counting(Context c) {
        return c.dayCount() == DayCount.CIVIL ? Text.of("首日不计入", "its first day not counting")
                : Text.of("首尾两日均计入", "first and last days counting");
    }

    // ------------------------------------------------------------------------------ establishment

    private void establishment() {
        Clause establish = p.clauseFor(EventType.ESTABLISHED);
        Move.Check passed = reviewPassed(Text.of("组建须先通过审核", "establishment needs a passed review first"), p.clauseFor(EventType.REVIEWED));
        Function<Context, Text> reason = c -> {
            boolean renewal = c.ledger().firstEstablishedOn().isPresent();
            Optional<LocalDate> until = c.lastValidDay((Event.Established) c.event());
            return Text.of((renewal ? "重新组建（备案）" : "组建") + until.map(u -> "，有效期至" + u).orElse(""),
                    (renewal ? "established again (renewed)" : "established") + until.map(u -> "; valid until " + u + " (its last day)").orElse(""));
        };
        Move.Effect validity = (c, d) -> {
            Event.Established e = (Event.Established) c.event();
            if (e.validUntil().isEmpty()) {
                return;
            }
            if (p.validity().isEmpty()) {
                d.note("VALID_UNTIL_NOT_READ", Text.of("本政策未设有效期，不读取 validUntil", "this policy sets no validity period; validUntil is not read"));
                return;
            }
            LocalDate usual = c.usualLastDay(e.on()).orElseThrow();
            if (e.validUntil().get().isAfter(usual)) {
                int years = c.value(p.validity().get().years());
                d.note("VALIDITY_OVER_3_YEARS", Text.of("备案决定载明有效期至" + e.validUntil().get() + "，超过一般的" + years + "年（至" + usual
                                + "）；“一般不超过”允许，作为偏离予以记录",
                        "the filing decision states validity until " + e.validUntil().get() + ", beyond the usual " + years + " years (last day "
                                + usual + "); accepted, as “一般” (as a rule) allows, and noted as a deviation"));
            }
        };
        if (p.notice().isPresent()) {
            NoticeRule rule = p.notice().get();
            add(Move.of(UNDER_REVIEW, EventType.ESTABLISHED, ESTABLISHED, establish, Text.of("组建", "established")))
                    .when(Text.of("公示无异议后", "after a notice without objection"))
                    .check(passed)
                    .check((c, d) -> {
                        if (!((Phase.UnderReview) c.phase()).noticeCleared()) {
                            d.reject(Text.of("须经公示且无异议后方可备案", "establishment follows a public notice that ended without objection"),
                                    rule.clause());
                        }
                    })
                    .effect(validity)
                    .reason(reason);
            // Establishing ends the notice: its last day is the day before, since an objection may
            // still come in on the day itself.
            add(Move.of(PUBLIC_NOTICE, EventType.ESTABLISHED, ESTABLISHED, establish, Text.of("组建", "established")))
                    .when(v -> Text.of("无异议，", "no objection, ").concat("", "", length(v)))
                    .check((c, d) -> shortfall(c, d, Dates.dayBefore(c.event().on()), "established on " + c.event().on() + ", while "))
                    .effect(validity)
                    .reason(reason);
        } else {
            add(Move.of(UNDER_REVIEW, EventType.ESTABLISHED, ESTABLISHED, establish, Text.of("组建", "established")))
                    .when(Text.of("审核通过后", "after a passed review"))
                    .check(passed)
                    .effect(validity)
                    .reason(reason);
        }
    }

    private static Move.Check reviewPassed(Text why, Clause clause) {
        return (c, d) -> {
            if (c.phase() instanceof Phase.UnderReview u && !u.reviewPassed()) {
                d.reject(why, clause);
            }
        };
    }

    // ------------------------------------------------------------------------------ established

    private void established() {
        reports();
        evaluations();
        projects();
        for (EventType change : changes()) {
            change(change);
        }
        dissolution();
        Clause terminate = p.clauseFor(EventType.TERMINATED);
        add(Move.of(ESTABLISHED, EventType.TERMINATED, REVOKED, terminate, Text.of("主管部门终止", "terminated by the authority")))
                .effect((c, d) -> {
                    List<Flag> flags = c.ledger().flags();
                    if (!flags.isEmpty()) {
                        Flag f = flags.get(flags.size() - 1);
                        d.fact(new Fact.FlagsCleared(c.event().on()));
                        d.clause = f.clause();
                        d.reason = Text.of("主管部门终止（" + f.raisedOn() + "评价后：" + f.what().zh() + "）",
                                "terminated by the authority (after the evaluation of " + f.raisedOn() + ": " + f.what().en() + ")");
                    }
                });
        defaults();
    }

    private void reports() {
        Optional<ReportDuty> duty = p.reports().stream().findFirst();
        Clause clause = duty.map(ReportDuty::clause).orElse(p.supervision());
        add(Move.of(ESTABLISHED, EventType.REPORT_SUBMITTED, ESTABLISHED, clause, Text.of("报告已记录", "report recorded")))
                .check((c, d) -> {
                    Event.ReportSubmitted e = (Event.ReportSubmitted) c.event();
                    if (e.year() > e.on().getYear()) {
                        d.reject(Text.of(e.on().getYear() + "年不能报送" + e.year() + "年度的报告", "a report on " + e.year()
                                + " cannot be submitted in " + e.on().getYear()), clause);
                        return;
                    }
                    int first = c.ledger().firstEstablishedOn().orElseThrow().getYear();
                    if (e.year() < first) {
                        d.reject(Text.of("联合体" + first + "年才组建，没有" + e.year() + "年度的报告", "the consortium was established only in "
                                + first + "; there is no report on " + e.year()), clause);
                    }
                })
                .effect((c, d) -> {
                    Event.ReportSubmitted e = (Event.ReportSubmitted) c.event();
                    if (duty.isEmpty()) {
                        d.note("NO_REPORT_DUTY", Text.of("本政策未规定年度报告义务", "this policy sets no annual report"));
                        return;
                    }
                    Text what = duty.get().what(e.year());
                    d.reason = Text.of(what.zh() + "：已报送", what.en() + ": submitted");
                    for (ReportDuty r : p.reports()) {
                        LocalDate due = r.dueFor(e.year(), c.options().values());
                        LocalDate before = c.ledger().reports().get(e.year());
                        if (before != null) {
                            d.note("REPORT_AGAIN", Text.of("该年度报告此前已于" + before + "报送", "the report on " + e.year()
                                    + " was already submitted on " + before));
                        } else if (e.on().isAfter(due)) {
                            d.note("LATE", Text.of("逾期报送：应于" + due + "前报送", "late: it was due by " + due));
                        }
                    }
                });
    }

    private void evaluations() {
        Clause clause = p.gradeRules().stream().map(GradeRule::clause).findFirst().orElse(p.supervision());
        Move.Check onScale = (c, d) -> p.gradeScale().ifPresent(scale -> {
            Grade g = ((Event.Evaluated) c.event()).grade();
            if (!scale.grades().contains(g)) {
                List<Grade> ordered = Arrays.stream(Grade.values()).filter(scale.grades()::contains).toList();
                d.reject(Text.of("评价结果分为" + ordered.stream().map(x -> x.label().zh()).collect(Collectors.joining("、")) + "，没有"
                                + g.label().zh() + "这一等次",
                        "the grades are " + ordered.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; " + g
                                + " is not one of them"), scale.clause());
            }
        });
        for (GradeRule rule : p.gradeRules()) {
            if (!(rule.consequence() instanceof Consequence.Revoke)) {
                continue;
            }
            add(Move.of(ESTABLISHED, EventType.EVALUATED, REVOKED, rule.clause(), rule.consequence().says()))
                    .when(v -> {
                        int n = rule.times(v);
                        String times = n == 1 ? "" : " ×" + n;
                        return Text.of(rule.grade().label().zh() + times, rule.grade().name() + times);
                    })
                    .branch(c -> reached(c, rule))
                    .check(onScale)
                    .reason(c -> {
                        int n = rule.times(c.options().values());
                        Grade g = rule.grade();
                        return (n == 1 ? Text.of("评价为" + g.label().zh() + "：", "evaluated " + g + ": ")
                                : Text.of("连续" + n + "次评价为" + g.label().zh() + "：", n + " consecutive " + g + " evaluations: "))
                                .concat("", "", rule.consequence().says());
                    });
        }
        add(Move.of(ESTABLISHED, EventType.EVALUATED, ESTABLISHED, clause, Text.of("评价", "evaluated")))
                .check(onScale)
                .reason(c -> {
                    Grade g = ((Event.Evaluated) c.event()).grade();
                    return Text.of("评价为" + g.label().zh(), "evaluated " + g);
                })
                .effect((c, d) -> {
                    boolean flagged = false;
                    for (GradeRule rule : p.gradeRules()) {
                        if (!reached(c, rule)) {
                            continue;
                        }
                        Consequence q = rule.consequence();
                        Text said = q.says().concat("（", " (", Text.of(rule.clause().ref() + "）", rule.clause().ref() + ")"));
                        if (q instanceof Consequence.Flag) {
                            d.fact(new Fact.Flagged(new Flag(c.event().on(), q.says(), rule.clause())));
                            d.note("PENDING_DECISION", said);
                            flagged = true;
                        } else if (q instanceof Consequence.Measure) {
                            d.fact(new Fact.MeasureGranted(new GrantedMeasure(c.event().on(), q.says(), rule.clause())));
                            d.note("MEASURE", said);
                        }
                    }
                    if (!flagged && !c.ledger().flags().isEmpty()) {
                        d.fact(new Fact.FlagsCleared(c.event().on()));
                        d.note("DECISION_SETTLED", Text.of("此前待定的处理事项已了结", "the decision pending from the earlier evaluation is settled"));
                    }
                });
    }

    /** Whether this evaluation makes the rule's run of grades (this one included). */
    private static boolean reached(Context c, GradeRule rule) {
        Grade g = ((Event.Evaluated) c.event()).grade();
        if (g != rule.grade()) {
            return false;
        }
        int n = rule.times(c.options().values());
        List<Grade> grades = c.ledger().grades();
        if (grades.size() < n - 1) {
            return false;
        }
        for (int i = grades.size() - (n - 1); i < grades.size(); i++) {
            if (grades.get(i) != g) {
                return false;
            }
        }
        return true;
    }

    private void projects() {
        Clause started = p.clauseFor(EventType.PROJECT_STARTED);
        add(Move.of(ESTABLISHED, EventType.PROJECT_STARTED, ESTABLISHED, started, Text.of("承担项目", "project started")))
                .check((c, d) -> {
                    Event.ProjectStarted e = (Event.ProjectStarted) c.event();
                    if (e.project().isPresent() && c.ledger().projects().stream().anyMatch(x -> x.name().equals(e.project()))) {
                        d.reject(Text.of("名为" + e.project().get() + "的项目正在进行", "a project named " + e.project().get() + " is already running"),
                                started);
                    }
                })
                .reason(c -> {
                    Event.ProjectStarted e = (Event.ProjectStarted) c.event();
                    return Text.of("承担" + e.level().label().zh() + (e.entrusted() ? "政府委托" : "") + "项目",
                            "takes on a " + e.level().name().toLowerCase(java.util.Locale.ROOT) + (e.entrusted() ? " government-entrusted" : "")
                                    + " project");
                });
        Clause ended = p.clauseFor(EventType.PROJECT_ENDED);
        List<CoreState> where = p.validity().isPresent() ? List.of(ESTABLISHED, EXPIRED) : List.of(ESTABLISHED);
        for (CoreState s : where) {
            add(Move.of(s, EventType.PROJECT_ENDED, s, ended, Text.of("项目结束", "project ended")))
                    .check((c, d) -> {
                        if (match(c).isEmpty()) {
                            List<RunningProject> running = c.ledger().projects();
                            String list = running.isEmpty() ? "none" : running.stream().map(RunningProject::describe).collect(Collectors.joining("; "));
                            String listZh = running.stream().map(RunningProject::describeZh).collect(Collectors.joining("；"));
                            d.reject(Text.of("没有与之相符的在研项目（在研：" + (running.isEmpty() ? "无" : listZh) + "）",
                                    "no running project matches (running: " + list + ")"), ended);
                        }
                    })
                    .reason(c -> {
                        RunningProject which = match(c).orElseThrow();
                        return Text.of("项目结束：" + which.describeZh(), "project ended: " + which.describe());
                    });
        }
    }

    private static Optional<RunningProject> match(Context c) {
        Event.ProjectEnded e = (Event.ProjectEnded) c.event();
        return c.ledger().projects().stream().filter(x -> x.matches(e)).findFirst();
    }

    private void change(EventType type) {
        List<Guard> guards = p.guardsOn(type);
        List<Move.Check> checks = new ArrayList<>();
        guards.forEach(g -> checks.add(guard(g)));
        if (type == EventType.LEAD_CHANGED) {
            checks.add(notBarred());
        }
        Optional<Ending> ending = p.endingOn(type);
        if (ending.isPresent()) {
            Ending end = ending.get();
            add(Move.of(ESTABLISHED, type, end.to(), end.clause(), type.label().concat("：", ": ", end.says()))).checks(checks);
            return;
        }
        Clause clause = guards.isEmpty() ? p.clauseFor(type) : guards.get(0).clause();
        Move m = add(Move.of(ESTABLISHED, type, ESTABLISHED, clause, type.label())).checks(checks);
        p.filingOn(type).ifPresent(duty -> m.effect((c, d) -> {
            Event.Change e = (Event.Change) c.event();
            boolean filed = e.evidence().shows(Evidence.FILED);
            d.fact(new Fact.FilingOpened(new Filing(e.on(), e.name(), duty.what(), duty.clause(), filed ? Optional.of(e.on()) : Optional.empty())));
            d.note(filed ? "FILED" : "FILING_OPEN", filed
                    ? Text.of("已于当日报" + duty.authority() + "备案", "filed with " + duty.authority() + " the same day")
                    : Text.of("须及时报" + duty.authority() + "备案（" + duty.clause().ref() + "）", "to be filed promptly with " + duty.authority()
                            + " (" + duty.clause().ref() + ")"));
        }));
    }

    /** The filing of changes with the authority, where the policy asks for it. */
    private void filings() {
        if (p.filings().isEmpty()) {
            return;
        }
        Clause clause = p.filings().get(0).clause();
        List<CoreState> where = p.validity().isPresent() ? List.of(ESTABLISHED, EXPIRED) : List.of(ESTABLISHED);
        for (CoreState s : where) {
            add(Move.of(s, EventType.CHANGE_FILED, s, clause, Text.of("变更事项已报备案", "the change is filed")))
                    .check((c, d) -> {
                        if (!c.ledger().filingOpen()) {
                            d.reject(Text.of("没有待备案的变更事项", "no filing of a change is open"), clause);
                        }
                    })
                    .effect((c, d) -> {
                        long open = c.ledger().filings().stream().filter(Filing::open).count();
                        d.fact(new Fact.FilingsMet(c.event().on()));
                        d.reason = Text.of("变更事项已报备案（" + open + "项）", open == 1 ? "the open filing is met" : "the " + open + " open filings are met");
                    });
        }
    }

    /** The remarks the policy puts on accepted events of an established consortium. */
    private void remarks() {
        for (Remark r : p.remarks()) {
            for (Move m : out) {
                if (m.from == ESTABLISHED && r.events().stream().anyMatch(t -> t.name().equals(m.event))) {
                    m.effect((c, d) -> {
                        if (r.when().test(c)) {
                            d.note(r.code(), r.says().concat("（", " (", Text.of(r.clause().ref() + "）", r.clause().ref() + ")")));
                        }
                    });
                }
            }
        }
    }

    private static Move.Check guard(Guard g) {
        return (c, d) -> g.failure(c).ifPresent(why -> d.reject(why, g.clause()));
    }

    private Move.Check notBarred() {
        return (c, d) -> {
            Event.LeadChanged lc = (Event.LeadChanged) c.event();
            if (lc.newLead().isEmpty()) {
                return;
            }
            UnitRef unit = lc.newLead().get();
            c.ledger().sanctions().stream().filter(x -> x.inForceOn(lc.on(), c.dayCount()) && x.unit().sameUnitAs(unit)).findFirst()
                    .ifPresent(bar -> d.reject(Text.of(unit.display() + "至" + bar.lastDay(c.dayCount()) + "（含）不得牵头组建创新联合体",
                            unit.display() + " is barred from leading a consortium until " + bar.lastDay(c.dayCount()) + " (its last day)"),
                            p.sanction().map(SanctionRule::clause).orElse(p.supervision())));
        };
    }

    private void dissolution() {
        List<Guard> guards = p.guardsOn(EventType.DISSOLUTION_REQUESTED);
        Clause clause = guards.isEmpty() ? p.supervision() : guards.get(0).clause();
        Move m = add(Move.of(ESTABLISHED, EventType.DISSOLUTION_REQUESTED, DISSOLVED, clause, Text.of("自行解散", "dissolved at its own request")));
        guards.forEach(g -> m.check(guard(g)));
        if (!guards.isEmpty()) {
            m.when(Text.of("除非：", "unless: ").concat("", "", guards.get(0).says()));
        }
    }

    private void defaults() {
        Clause clause = p.sanction().map(SanctionRule::clause).orElse(p.supervision());
        add(Move.of(ESTABLISHED, EventType.LEAD_DEFAULTED, ESTABLISHED, clause, Text.of("牵头单位未按协议履约", "the lead defaulted")))
                .check((c, d) -> {
                    Event.LeadDefaulted e = (Event.LeadDefaulted) c.event();
                    if (e.unit().isEmpty() && c.ledger().leadVacant()) {
                        d.reject(Text.of("牵头资格已被取消且尚无新的牵头单位；请用 leadName 或 leadCreditCode 指明违约单位",
                                "the lead's status is already cancelled and no new lead has been named; name the defaulting unit with leadName or "
                                        + "leadCreditCode"), clause);
                    }
                })
                .effect((c, d) -> {
                    Event.LeadDefaulted e = (Event.LeadDefaulted) c.event();
                    if (p.sanction().isEmpty()) {
                        d.note("NO_SANCTION", Text.of("本政策未对牵头单位违约规定处罚", "this policy attaches no sanction to a lead's default"));
                        return;
                    }
                    SanctionRule rule = p.sanction().get();
                    int years = c.value(rule.years());
                    UnitRef unit = e.unit().or(() -> c.ledger().lead()).orElse(UnitRef.named(UNNAMED_LEAD));
                    if (years <= 0) {
                        d.reason = Text.of("取消牵头资格（禁止期为0年）", "the lead loses its lead status (a bar of 0 years)");
                        d.fact(new Fact.Unseated(e.on()));
                        return;
                    }
                    Sanction sanction = Sanction.against(unit, p.jurisdiction(), e.on(), years, EventType.LEAD_DEFAULTED.name());
                    LocalDate last = sanction.lastDay(c.dayCount());
                    Text why = Text.of("取消牵头资格，" + years + "年内（至" + last + "，含当日）不得牵头组建或作为核心层参与其他创新联合体",
                            "the lead loses its lead status and is barred for " + years + " years (last day " + last
                                    + ") from leading or being a core member of any consortium");
                    d.fact(new Fact.Barred(sanction, rule.clause()));
                    d.reason = why;
                    d.note("BARRED", why);
                });
    }

    // ------------------------------------------------------------------------------ validity

    private void validity() {
        if (p.validity().isEmpty()) {
            return;
        }
        Validity v = p.validity().get();
        add(Move.of(ESTABLISHED, EventType.EXPIRED, EXPIRED, v.clause(), Text.of("有效期届满", "the standing ran out")))
                .when(values -> Text.of("组建满" + values.get(v.years()) + "年", values.get(v.years()) + " years after establishment"))
                .timeDriven();
        add(Move.of(EXPIRED, EventType.RENEWAL_APPLIED, UNDER_REVIEW, v.clause(),
                Text.of("有效期满后重新申请，按程序重新审核", "renewal applied for after expiry; the procedure runs again")));
        add(Move.of(EXPIRED, EventType.DISSOLUTION_REQUESTED, DISSOLVED, p.supervision(),
                Text.of("有效期满后解散", "dissolved after its standing ran out")));
    }

    // ------------------------------------------------------------------------------ own events

    private void ownEvents() {
        for (Step s : p.procedure().steps()) {
            for (String own : s.ownEvents()) {
                add(new Move(s.state(), own, s.state(), s.clause(), s.name()));
            }
        }
    }
}

package io.consortia.kernel.lifecycle;

import io.consortia.kernel.sanction.UnitRef;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.input.Bounds;
import io.consortia.kernel.input.Node;
import io.consortia.kernel.input.Problems;
import io.consortia.kernel.input.ReadResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a {@link History} from a plain tree (contract §4), reporting every problem with its place
 * ({@code events[3].on}): a missing or unknown field value, an unknown event, a bad date, an event
 * dated before the one preceding it. Unknown keys are warnings. Events a jurisdiction adds are
 * known once the history names a jurisdiction whose policy has them.
 */
public final class HistoryReader {

    private static final Set<String> ROOT_KEYS = Set.of("jurisdiction", "profile", "description", "events");
    private static final Set<String> COMMON = Set.of("on", "event", "note");
    private static final Set<String> EVIDENCE = Set.of("allConsented", "supplementaryAgreement", "filed", "projectAuthorityApplied");

    private HistoryReader() {}

    /**
     * Reads a history.
     *
     * @param policies the lifecycle policies installed, by jurisdiction id
     */
    public static ReadResult<History> read(Object tree, Map<String, LifecyclePolicy> policies) {
        Problems problems = new Problems();
        Node root = Node.root(tree, problems);
        if (tree == null) {
            root.problem("the history is empty; it needs jurisdiction and events");
            return new ReadResult<>(problems.result(() -> null), problems.warnings());
        }
        if (!root.isMapping()) {
            return new ReadResult<>(problems.result(() -> null), problems.warnings());
        }
        root.warnUnknownKeys(ROOT_KEYS);
        Node jNode = root.require("jurisdiction");
        Optional<String> jurisdiction = jNode.nonBlankText();
        Optional<LifecyclePolicy> policy = jurisdiction.flatMap(j -> Optional.ofNullable(policies.get(j)));
        if (jurisdiction.isPresent() && policy.isEmpty()) {
            jNode.problem("no installed jurisdiction " + Node.quote(jurisdiction.get()) + " with a lifecycle policy (installed: "
                    + String.join(", ", new TreeSet<>(policies.keySet())) + ")");
        }
        root.get("description").text();
        Optional<String> profile = root.get("profile").nonBlankText();
        Node eventsNode = root.require("events");
        List<Node> nodes = eventsNode.elements(Bounds.MAX_EVENTS, "events");
        if (eventsNode.isEmptyList()) {
            eventsNode.problem("a history needs at least one event");
        }
        List<Event> events = new ArrayList<>();
        LocalDate previous = null;
        String previousPath = null;
        for (Node n : nodes) {
            Optional<Event> e = event(n, policy);
            Optional<LocalDate> on = n.isMapping() ? n.get("on").date() : Optional.empty();
            if (on.isPresent()) {
                if (previous != null && on.get().isBefore(previous)) {
                    n.get("on").problem(on.get() + " is earlier than the previous event's date " + previous + " (" + previousPath
                            + "); events must be in date order");
                }
                previous = on.get();
                previousPath = n.get("on").path();
            }
            e.ifPresent(events::add);
        }
        String j = jurisdiction.orElse("");
        return new ReadResult<>(problems.result(() -> new History(j, profile, events)), problems.warnings());
    }

    private static Optional<Event> event(Node n, Optional<LifecyclePolicy> policy) {
        if (!n.isPresent()) {
            n.problem("an event is a mapping with at least on and event; found nothing");
            return Optional.empty();
        }
        if (!n.isMapping()) {
            return Optional.empty();
        }
        Optional<LocalDate> on = n.require("on").date();
        Node nameNode = n.require("event");
        Optional<String> name = nameNode.nonBlankText();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<EventType> type = EventType.byName(name.get());
        if (type.isEmpty()) {
            if (policy.isPresent() && policy.get().procedure().ownEvents().contains(name.get())) {
                n.warnUnknownKeys(COMMON);
                return on.map(d -> new Event.Own(d, name.get()));
            }
            List<String> known = new ArrayList<>();
            for (EventType t : EventType.values()) {
                if (t.sendable()) {
                    known.add(t.name());
                }
            }
            policy.ifPresent(p -> known.addAll(p.procedure().ownEvents()));
            nameNode.problem("unknown event " + Node.quote(name.get()) + "; expected one of " + String.join(", ", known));
            return Optional.empty();
        }
        if (!type.get().sendable()) {
            nameNode.problem("EXPIRED is made by time (a validity running out), never sent in a history");
            return Optional.empty();
        }
        return switchOn(type.get(), n, on);
    }

    private static Set<String> keys(Set<String> extra) {
        Set<String> out = new HashSet<>(COMMON);
        out.addAll(extra);
        return out;
    }

    private static Optional<Event> switchOn(EventType type, Node n, Optional<LocalDate> on) {
        switch (type) {
            case REVIEWED: {
                n.warnUnknownKeys(keys(Set.of("passed")));
                Optional<Boolean> passed = n.require("passed").bool();
                return on.flatMap(d -> passed.map(p -> new Event.Reviewed(d, p)));
            }
            case REPORT_SUBMITTED: {
                n.warnUnknownKeys(keys(Set.of("year")));
                Optional<Integer> year = n.require("year").integer(Bounds.MIN_YEAR, Bounds.MAX_YEAR);
                return on.flatMap(d -> year.map(y -> new Event.ReportSubmitted(d, y)));
            }
            case EVALUATED: {
                n.warnUnknownKeys(keys(Set.of("grade")));
                Optional<Grade> grade = n.require("grade").enumValue(Grade.class);
                return on.flatMap(d -> grade.map(g -> new Event.Evaluated(d, g)));
            }
            case PROJECT_STARTED: {
                n.warnUnknownKeys(keys(Set.of("level", "entrusted", "project")));
                Optional<ProjectLevel> level = n.require("level").enumValue(ProjectLevel.class);
                boolean entrusted = n.get("entrusted").bool().orElse(false);
                Optional<String> project = n.get("project").nonBlankText();
                return on.flatMap(d -> level.map(l -> new Event.ProjectStarted(d, l, entrusted, project)));
            }
            case PROJECT_ENDED: {
                n.warnUnknownKeys(keys(Set.of("level", "entrusted", "project")));
                Optional<ProjectLevel> level = n.get("level").enumValue(ProjectLevel.class);
                Optional<Boolean> entrusted = n.get("entrusted").bool();
                Optional<String> project = n.get("project").nonBlankText();
                return on.map(d -> new Event.ProjectEnded(d, level, entrusted, project));
            }
            case MEMBER_ADDED:
            case MEMBER_REMOVED: {
                Set<String> k = new HashSet<>(EVIDENCE);
                k.add("member");
                n.warnUnknownKeys(keys(k));
                ChangeEvidence ev = evidence(n);
                Optional<String> member = n.get("member").nonBlankText();
                return on.map(d -> type == EventType.MEMBER_ADDED ? new Event.MemberAdded(d, ev, member) : new Event.MemberRemoved(d, ev, member));
            }
            case LEAD_CHANGED: {
                Set<String> k = new HashSet<>(EVIDENCE);
                k.addAll(Set.of("leadName", "leadCreditCode"));
                n.warnUnknownKeys(keys(k));
                ChangeEvidence ev = evidence(n);
                Optional<UnitRef> lead = unit(n);
                return on.map(d -> new Event.LeadChanged(d, ev, lead));
            }
            case RENAMED: {
                Set<String> k = new HashSet<>(EVIDENCE);
                k.add("name");
                n.warnUnknownKeys(keys(k));
                ChangeEvidence ev = evidence(n);
                Optional<String> name = n.get("name").nonBlankText();
                return on.map(d -> new Event.Renamed(d, ev, name));
            }
            case ESTABLISHED: {
                n.warnUnknownKeys(keys(Set.of("validUntil")));
                Optional<LocalDate> until = n.get("validUntil").date();
                if (on.isPresent() && until.isPresent() && until.get().isBefore(on.get())) {
                    n.get("validUntil").problem(until.get() + " is before the establishment on " + on.get()
                            + "; validUntil is the last day of validity");
                    return Optional.empty();
                }
                return on.map(d -> new Event.Established(d, until));
            }
            case LEAD_DEFAULTED: {
                n.warnUnknownKeys(keys(Set.of("leadName", "leadCreditCode")));
                Optional<UnitRef> unit = unit(n);
                return on.map(d -> new Event.LeadDefaulted(d, unit));
            }
            default: {
                n.warnUnknownKeys(COMMON);
                return on.map(d -> plain(type, d));
            }
        }
    }

    private static Event plain(EventType type, LocalDate d) {
        switch (type) {
            case APPLIED:
                return new Event.Applied(d);
            case NOTICE_STARTED:
                return new Event.NoticeStarted(d);
            case NOTICE_OBJECTED:
                return new Event.NoticeObjected(d);
            case NOTICE_ENDED:
                return new Event.NoticeEnded(d);
            case DISSOLUTION_REQUESTED:
                return new Event.DissolutionRequested(d);
            case TERMINATED:
                return new Event.Terminated(d);
            case RENEWAL_APPLIED:
                return new Event.RenewalApplied(d);
            case CHANGE_FILED:
                return new Event.ChangeFiled(d);
            default:
                throw new IllegalStateException("not a plain event: " + type);
        }
    }

    private static ChangeEvidence evidence(Node n) {
        ChangeEvidence ev = ChangeEvidence.none();
        for (Evidence x : Evidence.values()) {
            Optional<Boolean> b = n.get(x.key()).bool();
            if (b.isPresent()) {
                ev = ev.with(x, b.get());
            }
        }
        return ev;
    }

    private static Optional<UnitRef> unit(Node n) {
        Optional<CreditCode> code = n.get("leadCreditCode").parsed(CreditCode::parse);
        Optional<String> name = n.get("leadName").nonBlankText();
        return code.isPresent() || name.isPresent() ? Optional.of(new UnitRef(code, name)) : Optional.empty();
    }
}

package io.consortia.kernel.profile;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.input.Bounds;
import io.consortia.kernel.input.Node;
import io.consortia.kernel.input.Problems;
import io.consortia.kernel.input.ReadResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The validating factory of profiles: reads a plain tree (as a YAML or JSON parser gives it)
 * into a {@link Profile}, reporting every problem at once, each with its path
 * ({@code members[3].registeredIn}). Unknown fields are warnings, not errors.
 */
public final class ProfileReader {

    private static final Set<String> PROFILE_KEYS = Set.of("name", "field", "appliedOn", "lead", "governance", "members");
    private static final Set<String> MEMBER_KEYS = Set.of("id", "name", "creditCode", "kind", "registeredIn", "stationedIn",
            "chainPosition", "aboveDesignatedSize", "listed", "specializedSophisticated", "independentLegalPerson",
            "fullTimeRdTeam", "equityFund", "centralSoeBranch", "core", "ongoingRdProjects", "platforms", "finances", "attested");
    private static final Set<String> PLATFORM_KEYS = Set.of("name", "level", "type");
    private static final Set<String> FINANCE_KEYS = Set.of("year", "revenue", "rdExpense");

    private ProfileReader() {}

    /** Reads a profile from a tree. */
    public static ReadResult<Profile> read(Object tree) {
        Problems problems = new Problems();
        Node root = Node.root(tree, problems);
        if (tree == null) {
            root.problem("the document is empty; a profile needs at least name, lead and members");
            return new ReadResult<>(problems.result(() -> null), problems.warnings());
        }
        if (!root.isMapping()) {
            return new ReadResult<>(problems.result(() -> null), problems.warnings());
        }
        root.warnUnknownKeys(PROFILE_KEYS);
        ImmutableProfile.Builder b = ImmutableProfile.builder();
        root.require("name").nonBlankText().ifPresent(b::name);
        root.get("field").nonBlankText().ifPresent(b::field);
        root.get("appliedOn").date().ifPresent(b::appliedOn);
        Node leadNode = root.require("lead");
        Optional<String> lead = leadNode.nonBlankText();
        lead.ifPresent(b::leadId);
        b.governance(facts(root.get("governance"), GovernanceItem::byKey));

        Node membersNode = root.require("members");
        List<Node> memberNodes = membersNode.elements(Bounds.MAX_MEMBERS, "members");
        if (membersNode.isEmptyList()) {
            membersNode.problem("a consortium needs at least one member");
        }
        Map<String, String> idPaths = new HashMap<>();
        Map<CreditCode, String> codePaths = new HashMap<>();
        for (Node m : memberNodes) {
            Optional<Member> member = member(m);
            Node idNode = m.get("id");
            idNode.nonBlankText().ifPresent(id -> {
                String first = idPaths.putIfAbsent(id, idNode.path());
                if (first != null) {
                    idNode.problem("duplicate member id " + Node.quote(id) + " (first used at " + first + ")");
                }
            });
            member.flatMap(Member::creditCode).ifPresent(code -> {
                String first = codePaths.putIfAbsent(code, m.path() + ".creditCode");
                if (first != null) {
                    m.get("creditCode").problem("credit code " + code + " is already used at " + first + "; a unit joins once");
                }
            });
            member.ifPresent(b::addMembers);
        }
        lead.ifPresent(id -> {
            if (!memberNodes.isEmpty() && !idPaths.containsKey(id)) {
                leadNode.problem("the lead " + Node.quote(id) + " is not the id of any member (ids: " + someIds(idPaths.keySet()) + ")");
            }
        });
        return new ReadResult<>(problems.result(b::build), problems.warnings());
    }

    private static <K extends FactKey> Map<K, Boolean> facts(Node node, Function<String, Optional<K>> byKey) {
        Map<K, Boolean> out = new HashMap<>();
        node.entries().forEach((key, value) -> {
            Optional<K> k = byKey.apply(key);
            if (k.isEmpty()) {
                value.warning("unknown field, ignored");
            } else {
                value.bool().ifPresent(v -> out.put(k.get(), v));
            }
        });
        return out;
    }

    private static Optional<Member> member(Node m) {
        if (!m.isPresent()) {
            m.problem("a member is a mapping with at least id, name, kind and registeredIn; found nothing");
            return Optional.empty();
        }
        if (!m.isMapping()) {
            return Optional.empty();
        }
        m.warnUnknownKeys(MEMBER_KEYS);
        ImmutableMember.Builder b = ImmutableMember.builder();
        int required = 0;
        required += set(m.require("id").nonBlankText(), b::id);
        required += set(m.require("name").nonBlankText(), b::name);
        required += set(m.require("kind").enumValue(UnitKind.class), b::kind);
        required += set(m.require("registeredIn").parsed(DivisionCode::parse), b::registeredIn);
        m.get("creditCode").parsed(CreditCode::parse).ifPresent(b::creditCode);
        for (Node s : m.get("stationedIn").elements()) {
            s.parsed(DivisionCode::parse).ifPresent(b::addStationedIn);
        }
        m.get("chainPosition").enumValue(ChainPosition.class).ifPresent(b::chainPosition);
        for (Trait t : Trait.values()) {
            m.get(t.key()).bool().ifPresent(v -> b.putTraits(t, v));
        }
        m.get("ongoingRdProjects").integer(0, Integer.MAX_VALUE).ifPresent(b::ongoingRdProjects);
        for (Node p : m.get("platforms").elements()) {
            if (p.isMapping()) {
                p.warnUnknownKeys(PLATFORM_KEYS);
                String name = p.get("name").text().orElse("");
                Optional<PlatformLevel> level = p.require("level").enumValue(PlatformLevel.class);
                Node typeNode = p.get("type");
                Optional<PlatformType> type = typeNode.enumValue(PlatformType.class);
                if (level.isPresent() && (type.isPresent() || !typeNode.isPresent())) {
                    b.addPlatforms(new Platform(name, level.get(), type));
                }
            } else if (!p.isPresent()) {
                p.problem("expected a platform {name, level, type}, found nothing");
            }
        }
        Map<Integer, String> years = new HashMap<>();
        for (Node f : m.get("finances").elements()) {
            if (f.isMapping()) {
                f.warnUnknownKeys(FINANCE_KEYS);
                Node yearNode = f.require("year");
                Optional<Integer> year = yearNode.integer(Bounds.MIN_YEAR, Bounds.MAX_YEAR);
                var revenue = f.get("revenue").amount();
                var rd = f.get("rdExpense").amount();
                year.ifPresent(y -> {
                    String first = years.putIfAbsent(y, yearNode.path());
                    if (first != null) {
                        yearNode.problem("year " + y + " is already given at " + first);
                    } else {
                        b.putFinances(y, new FiscalYear(y, revenue, rd));
                    }
                });
            } else if (!f.isPresent()) {
                f.problem("expected a fiscal year {year, revenue, rdExpense}, found nothing");
            }
        }
        b.attested(facts(m.get("attested"), Attestation::byKey));
        return required == 4 ? Optional.of(b.build()) : Optional.empty();
    }

    /** A few of the member ids, for a message; a profile may have thousands. */
    private static String someIds(java.util.Collection<String> ids) {
        return ids.stream().limit(10).map(Node::quote).map(q -> q.substring(1, q.length() - 1))
                .collect(java.util.stream.Collectors.joining(", ")) + (ids.size() > 10 ? ", … (" + ids.size() + " in all)" : "");
    }

    private static <T> int set(Optional<T> value, java.util.function.Consumer<T> setter) {
        value.ifPresent(setter);
        return value.isPresent() ? 1 : 0;
    }
}

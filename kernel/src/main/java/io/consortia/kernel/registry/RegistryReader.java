package io.consortia.kernel.registry;

import io.consortia.kernel.sanction.Sanction;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.input.Bounds;
import io.consortia.kernel.input.Node;
import io.consortia.kernel.input.Problems;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.lifecycle.CoreState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Registry} from a plain tree (contract §3), reporting every problem with its path.
 * A document that is not a registry (a mapping with neither {@code consortia} nor
 * {@code sanctions}, such as a profile) is an error, never an empty registry.
 */
public final class RegistryReader {

    private RegistryReader() {}

    public static ReadResult<Registry> read(Object tree) {
        Problems problems = new Problems();
        Node root = Node.root(tree, problems);
        List<RegisteredConsortium> consortia = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        if (tree == null) {
            root.problem("the registry is empty; expected consortia and/or sanctions");
        } else if (root.isMapping() && !root.get("consortia").isPresent() && !root.get("sanctions").isPresent()) {
            Set<String> keys = root.entries().keySet();
            boolean profile = keys.contains("members") || keys.contains("lead");
            root.problem("not a registry: it has neither consortia nor sanctions at the top level"
                    + (profile ? " (it looks like a consortium profile)" : keys.isEmpty() ? "" : " (found " + someKeys(keys) + ")"));
        } else if (root.isMapping()) {
            root.warnUnknownKeys(Set.of("consortia", "sanctions"));
            for (Node c : root.get("consortia").elements(Bounds.MAX_REGISTRY_ENTRIES, "consortia")) {
                if (c.isMapping()) {
                    c.warnUnknownKeys(Set.of("name", "jurisdiction", "leadCreditCode", "leadName", "state"));
                    Optional<String> name = c.require("name").nonBlankText();
                    Optional<String> jurisdiction = c.require("jurisdiction").nonBlankText();
                    Optional<CreditCode> code = c.get("leadCreditCode").parsed(CreditCode::parse);
                    Optional<String> leadName = c.get("leadName").nonBlankText();
                    // Contract §3: a consortium without a state is ESTABLISHED.
                    Node stateNode = c.get("state");
                    Optional<CoreState> state = stateNode.isPresent() ? stateNode.enumValue(CoreState.class) : Optional.of(CoreState.ESTABLISHED);
                    if (!c.get("leadCreditCode").isPresent() && !c.get("leadName").isPresent()) {
                        c.problem("name the lead with leadCreditCode or leadName");
                    }
                    if (name.isPresent() && jurisdiction.isPresent() && state.isPresent() && (code.isPresent() || leadName.isPresent())) {
                        consortia.add(new RegisteredConsortium(name.get(), jurisdiction.get(), code, leadName, state.get()));
                    }
                } else if (!c.isPresent()) {
                    c.problem("expected a consortium {name, jurisdiction, leadCreditCode, state}, found nothing");
                }
            }
            for (Node s : root.get("sanctions").elements(Bounds.MAX_REGISTRY_ENTRIES, "sanctions")) {
                if (s.isMapping()) {
                    s.warnUnknownKeys(Set.of("creditCode", "name", "jurisdiction", "from", "years", "reason"));
                    Optional<CreditCode> code = s.get("creditCode").parsed(CreditCode::parse);
                    Optional<String> name = s.get("name").nonBlankText();
                    Optional<String> jurisdiction = s.require("jurisdiction").nonBlankText();
                    Optional<LocalDate> from = s.require("from").date();
                    Optional<Integer> years = s.require("years").integer(1, 100);
                    Optional<String> reason = s.require("reason").nonBlankText();
                    if (!s.get("creditCode").isPresent() && !s.get("name").isPresent()) {
                        s.problem("name the sanctioned unit with creditCode or name");
                    }
                    if ((code.isPresent() || name.isPresent()) && jurisdiction.isPresent() && from.isPresent()
                            && years.isPresent() && reason.isPresent()) {
                        sanctions.add(new Sanction(code, name, jurisdiction.get(), from.get(), years.get(), reason.get()));
                    }
                } else if (!s.isPresent()) {
                    s.problem("expected a sanction {creditCode, jurisdiction, from, years, reason}, found nothing");
                }
            }
        }
        return new ReadResult<>(problems.result(() -> new Registry(consortia, sanctions)), problems.warnings());
    }

    private static String someKeys(Set<String> keys) {
        return keys.stream().limit(5).map(Node::quote).collect(java.util.stream.Collectors.joining(", "))
                + (keys.size() > 5 ? ", …" : "");
    }
}

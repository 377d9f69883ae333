package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jurisdictions a host has installed, built from their providers. The host finds providers
 * (the CLI through {@link java.util.ServiceLoader}) and hands them here; the catalog refuses
 * duplicate ids and broken providers with a clear message instead of carrying on.
 */
public final class JurisdictionCatalog {

    private final Map<String, Jurisdiction> byId;
    private final Map<String, JurisdictionProvider> providers;
    private final Panel panel;

    private JurisdictionCatalog(Map<String, Jurisdiction> byId, Map<String, JurisdictionProvider> providers) {
        this.byId = byId;
        this.providers = providers;
        this.panel = Panel.of(List.copyOf(byId.values()));
    }

    /**
     * Builds every provider's jurisdiction.
     *
     * @return the catalog, or every problem found (broken providers, duplicate ids)
     */
    public static Either<List<String>, JurisdictionCatalog> of(Iterable<? extends JurisdictionProvider> providers) {
        return of(providers, p -> p.getClass().getName());
    }

    /**
     * Builds every provider's jurisdiction, naming each provider in messages as {@code describe}
     * says (where it came from: a jar, the module path).
     *
     * @return the catalog, or every problem found (broken providers, duplicate ids)
     * @since 0.3
     */
    public static Either<List<String>, JurisdictionCatalog> of(Iterable<? extends JurisdictionProvider> providers,
                                                              java.util.function.Function<? super JurisdictionProvider, String> describe) {
        List<String> errors = new ArrayList<>();
        Map<String, Jurisdiction> byId = new LinkedHashMap<>();
        Map<String, JurisdictionProvider> instances = new LinkedHashMap<>();
        for (JurisdictionProvider p : providers) {
            // Named only in messages: describing every provider up front costs a command's start.
            java.util.function.Supplier<String> name = () -> describe.apply(p);
            JurisdictionBuilder builder = new JurisdictionBuilder(name);
            try {
                p.register(builder);
            } catch (RuntimeException e) {
                errors.add(name.get() + ": failed while registering: " + e);
                continue;
            }
            Either<List<String>, Jurisdiction> built = builder.build();
            if (built.isLeft()) {
                errors.addAll(built.getLeft());
                continue;
            }
            Jurisdiction j = built.get();
            JurisdictionProvider before = instances.putIfAbsent(j.id(), p);
            if (before != null) {
                errors.add("two modules provide jurisdiction \"" + j.id() + "\": " + describe.apply(before) + " and " + name.get());
            } else {
                byId.put(j.id(), j);
            }
        }
        if (!errors.isEmpty()) {
            return Either.left(errors);
        }
        Map<String, Jurisdiction> sorted = new LinkedHashMap<>();
        byId.values().stream().sorted(Comparator.comparing(Jurisdiction::id)).forEach(j -> sorted.put(j.id(), j));
        return Either.right(new JurisdictionCatalog(sorted, instances));
    }

    /** Every jurisdiction as one {@link Panel}: a profile assessed in all of them, its members read once. */
    public Panel panel() {
        return panel;
    }

    /**
     * A panel of some of the jurisdictions, in the order given; made once per selection (up to
     * {@value #PANELS} selections are kept), so a host that assesses request after request with
     * the same {@code -j} list pays for the union of their layouts once.
     */
    public Panel panel(List<Jurisdiction> jurisdictions) {
        if (jurisdictions.equals(panel.jurisdictions())) {
            return panel;
        }
        Panel p = panels.get(jurisdictions);
        if (p == null) {
            p = Panel.of(jurisdictions);
            if (panels.size() < PANELS) {
                Panel earlier = panels.putIfAbsent(List.copyOf(jurisdictions), p);
                p = earlier == null ? p : earlier;
            }
        }
        return p;
    }

    private static final int PANELS = 64;
    private final java.util.concurrent.ConcurrentMap<List<Jurisdiction>, Panel> panels = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every jurisdiction, by id. */
    public List<Jurisdiction> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The provider that registered the jurisdiction (a host says where it came from).
     *
     * @since 0.3
     */
    public Optional<JurisdictionProvider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    public Optional<Jurisdiction> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every reading some installed jurisdiction consults, by id. */
    public List<Reading> readings() {
        Map<String, Reading> out = new LinkedHashMap<>();
        byId.values().forEach(j -> j.readings().forEach(r -> out.putIfAbsent(r.id(), r)));
        return out.values().stream().sorted(Comparator.comparing(Reading::id)).toList();
    }

    /**
     * Every own fact the installed jurisdictions declare: what a profile reader is given
     * ({@code ProfileReader.read(tree, catalog.facts())}).
     *
     * @since 0.3
     */
    public io.consortia.kernel.profile.OwnFacts facts() {
        List<io.consortia.kernel.profile.OwnFact<?>> all = new ArrayList<>();
        byId.values().forEach(j -> all.addAll(j.facts()));
        return io.consortia.kernel.profile.OwnFacts.of(all);
    }

    /** Every parameter of every jurisdiction's newest edition, jurisdiction by jurisdiction. */
    public List<io.consortia.kernel.parameter.Parameter> parameters() {
        List<io.consortia.kernel.parameter.Parameter> out = new ArrayList<>();
        byId.values().forEach(j -> out.addAll(j.parameters()));
        return out;
    }

    /** The parameter with this full name ({@code suzhou.S1.minimum}), in any edition of its jurisdiction. */
    public Optional<io.consortia.kernel.parameter.Parameter> parameter(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return get(name.substring(0, dot)).flatMap(j -> j.parameter(name));
    }

    /** Parses {@code NAME=VALUE} overrides against the installed parameters (exit-2 messages name the parameter). */
    public Either<List<String>, io.consortia.kernel.parameter.Overrides> overrides(List<String> specs) {
        return io.consortia.kernel.parameter.Overrides.parse(specs, this::parameter);
    }

    /** The rule with this id, in the newest edition of its jurisdiction that has it. */
    public Optional<Rule> rule(RuleId id) {
        return get(id.jurisdiction()).flatMap(j -> j.rule(id));
    }
}

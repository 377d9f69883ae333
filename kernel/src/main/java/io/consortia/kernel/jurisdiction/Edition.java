package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.engine.Program;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.source.Document;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dated edition of a jurisdiction's policy: its document, the date it takes effect, and
 * everything it says: parameters, rules (compiled once for evaluation), measures, lifecycle.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Edition {

    /** How many distinct sets of overrides an edition keeps bound at once. */
    private static final int BOUND_OVERRIDES = 64;

    private final Document document;
    private final Optional<LocalDate> inForceFrom;
    private final Outline outline;
    private final List<Rule> rules;
    private final List<SupportMeasure> measures;
    private final Optional<LifecyclePolicy> lifecycle;
    private final List<Parameter> parameters;
    private final Map<Param<?>, Parameter> byHandle;
    private final Map<Integer, Class<? extends Enum<?>>> enumLists;
    private final Program program;
    private final Bindings defaults;
    private final Map<Overrides, Bindings> bound = new ConcurrentHashMap<>();
    /** The naming pattern as a function, made once. */
    private final Optional<java.util.function.UnaryOperator<String>> namer;

    Edition(Document document, Optional<LocalDate> inForceFrom, Outline outline, List<Rule> rules, List<SupportMeasure> measures,
            Optional<LifecyclePolicy> lifecycle, List<Parameter> parameters, Map<Param<?>, Parameter> byHandle,
            Map<Integer, Class<? extends Enum<?>>> enumLists, Program program) {
        this.document = Objects.requireNonNull(document, "document");
        this.inForceFrom = Objects.requireNonNull(inForceFrom, "inForceFrom");
        this.outline = Objects.requireNonNull(outline, "outline");
        this.rules = List.copyOf(rules);
        this.measures = List.copyOf(measures);
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.parameters = List.copyOf(parameters);
        this.byHandle = new IdentityHashMap<>(byHandle);
        this.enumLists = Map.copyOf(enumLists);
        this.program = program;
        this.defaults = Bindings.of(this.parameters, this.byHandle, this.enumLists, Overrides.none());
        this.namer = outline.naming().map(n -> n::render);
    }

    public Document document() {
        return document;
    }

    /** When it takes effect; empty means from the beginning (undated documents). */
    public Optional<LocalDate> inForceFrom() {
        return inForceFrom;
    }

    public Outline outline() {
        return outline;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<SupportMeasure> measures() {
        return measures;
    }

    /** The lifecycle the edition governs, when its module registered one. */
    public Optional<LifecyclePolicy> lifecycle() {
        return lifecycle;
    }

    /** Every parameter the edition declares, in the order declared. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The parameter a handle declares in this edition. */
    public Optional<Parameter> parameter(Param<?> handle) {
        return Optional.ofNullable(byHandle.get(handle));
    }

    /** The parameter with this full name ({@code suzhou.S1.minimum}). */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Rule> rule(RuleId id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether the edition is in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return inForceFrom.isEmpty() || !date.isBefore(inForceFrom.get());
    }

    /** The parameter values with the overrides that name this edition's parameters in place. */
    public Bindings bind(Overrides overrides) {
        if (overrides.isEmpty()) {
            return defaults;
        }
        Bindings b = bound.get(overrides);
        if (b == null) {
            if (bound.size() >= BOUND_OVERRIDES) {
                bound.clear();
            }
            b = Bindings.of(parameters, byHandle, enumLists, overrides);
            bound.put(overrides, b);
        }
        return b;
    }

    /** The naming pattern applied to a field (kernel use). */
    public Optional<java.util.function.UnaryOperator<String>> namer() {
        return namer;
    }

    /** The rules compiled for evaluation (kernel use). */
    public Program program() {
        return program;
    }

    @Override
    public String toString() {
        return "Edition[" + document.title().zh() + "]";
    }
}

package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.engine.Program;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.LifecycleDraft;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.LifecycleSetup;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.parameter.Values;
import io.consortia.kernel.profile.FactLevel;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.OwnTest;
import io.consortia.kernel.rule.Tests;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.rule.Test;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kernel's implementation of the setup interfaces. Collects what a provider registers and
 * every mistake it makes, each named (the rule, the parameter), then builds an immutable {@link
 * Jurisdiction} with its rules compiled.
 */
final class JurisdictionBuilder implements JurisdictionSetup {

    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

    private final java.util.function.Supplier<String> provider;
    private final List<String> errors = new ArrayList<>();
    private Identity identity;
    private final Map<String, Reading> readings = new LinkedHashMap<>();
    private final Map<String, OwnFact<?>> facts = new LinkedHashMap<>();
    private final List<EditionBuilder> editions = new ArrayList<>();

    /** @param provider names the provider in messages (asked only when there is one) */
    JurisdictionBuilder(java.util.function.Supplier<String> provider) {
        this.provider = provider;
    }

    @Override
    public JurisdictionSetup identity(Identity identity) {
        if (this.identity != null) {
            errors.add("identity registered twice");
        }
        this.identity = identity;
        return this;
    }

    @Override
    public JurisdictionSetup reading(Reading reading) {
        Reading before = readings.putIfAbsent(reading.id(), reading);
        if (before != null && !before.equals(reading)) {
            errors.add("reading " + reading.id() + " registered twice with different definitions");
        }
        return this;
    }

    @Override
    public EditionSetup edition(Document document) {
        EditionBuilder e = new EditionBuilder(document);
        editions.add(e);
        return e;
    }

    @Override
    public <T> OwnFact<T> memberFact(String name, FactType<T> type, String zh, String en) {
        return fact(name, FactLevel.MEMBER, type, zh, en);
    }

    @Override
    public <T> OwnFact<T> consortiumFact(String name, FactType<T> type, String zh, String en) {
        return fact(name, FactLevel.CONSORTIUM, type, zh, en);
    }

    /** Declares an own fact; a mistake is recorded and a stand-in returned, so that registering goes on. */
    private <T> OwnFact<T> fact(String name, FactLevel level, FactType<T> type, String zh, String en) {
        String at = "fact " + (identity == null ? "" : identity.id() + ".") + name;
        int before = errors.size();
        if (identity == null) {
            errors.add(at + ": declare facts after the identity (their keys start with the jurisdiction's id)");
        }
        if (!OwnFact.wellNamed(name)) {
            errors.add(at + ": a fact's name is camelCase letters and digits, like hnteCertified");
        }
        if (type == null) {
            errors.add(at + " has no type");
        }
        Text label = null;
        if (zh == null || en == null || zh.isBlank() || en.isBlank()) {
            errors.add(at + " does not say what it is in Chinese and English");
        } else {
            label = Text.of(zh, en);
        }
        if (name != null && facts.containsKey(name)) {
            errors.add(at + " declared twice");
        }
        if (errors.size() > before) {
            @SuppressWarnings("unchecked")
            FactType<T> t = type == null ? (FactType<T>) FactType.BOOLEAN : type;
            return new OwnFact<>("invalid", "invalid" + errors.size(), level, t, Text.of("无效", "invalid"));
        }
        OwnFact<T> f = new OwnFact<>(identity.id(), name, level, type, label);
        facts.put(name, f);
        return f;
    }

    /** The jurisdiction, or every mistake the provider made. */
    io.vavr.control.Either<List<String>, Jurisdiction> build() {
        if (identity == null) {
            errors.add("no identity registered");
        }
        if (editions.isEmpty()) {
            errors.add("no edition registered");
        }
        List<Edition> built = new ArrayList<>();
        if (identity != null) {
            for (EditionBuilder e : editions) {
                e.build().ifPresent(built::add);
            }
        }
        if (!errors.isEmpty()) {
            String name = provider.get();
            List<String> prefixed = errors.stream().map(m -> name + ": " + m).toList();
            return io.vavr.control.Either.left(prefixed);
        }
        return io.vavr.control.Either.right(new Jurisdiction(identity, List.copyOf(readings.values()), List.copyOf(facts.values()), built));
    }

    private final class EditionBuilder implements EditionSetup {
        private final Document document;
        private Optional<LocalDate> inForceFrom;
        private Outline outline;
        private final List<RuleDraftImpl> rules = new ArrayList<>();
        private final List<ParamDraftImpl<?>> params = new ArrayList<>();
        private final List<SupportMeasure> measures = new ArrayList<>();
        private LifecycleDraft lifecycle;

        EditionBuilder(Document document) {
            this.document = document;
            this.inForceFrom = document.issued();
        }

        @Override
        public EditionSetup inForceFrom(LocalDate date) {
            this.inForceFrom = Optional.of(date);
            return this;
        }

        @Override
        public EditionSetup outline(Outline outline) {
            this.outline = outline;
            return this;
        }

        @Override
        public RuleDraft rule(String catalogId, Strength strength, String clause) {
            RuleDraftImpl d = new RuleDraftImpl(this, catalogId, strength, clause);
            rules.add(d);
            return d;
        }

        @Override
        public EditionSetup measure(SupportMeasure measure) {
            measures.add(measure);
            return this;
        }

        @Override
        public LifecycleSetup lifecycle() {
            if (lifecycle == null) {
                lifecycle = new LifecycleDraft();
            }
            return lifecycle;
        }

        /** Whether the handle was declared in this edition (a declaration with mistakes is reported as such, not as missing). */
        private boolean drafted(Param<?> p) {
            for (ParamDraftImpl<?> d : params) {
                if (d == p) {
                    return true;
                }
            }
            return false;
        }

        private <T> ParamDraft<T> declare(String name, Unit unit, T value, List<String> choices, Class<? extends Enum<?>> enumType) {
            ParamDraftImpl<T> d = new ParamDraftImpl<>(name, unit, value, choices, enumType);
            params.add(d);
            return d;
        }

        @Override
        public ParamDraft<Integer> count(String name, int value) {
            return declare(name, Unit.COUNT, value, List.of(), null);
        }

        @Override
        public ParamDraft<BigDecimal> share(String name, String value) {
            BigDecimal v;
            try {
                v = new BigDecimal(value);
            } catch (NumberFormatException e) {
                errors.add("edition " + document.title().zh() + ": parameter " + name + ": a share is written as a decimal, not \"" + value + "\"");
                v = BigDecimal.ZERO;
            }
            return declare(name, Unit.SHARE, v, List.of(), null);
        }

        @Override
        public ParamDraft<BigDecimal> amount(String name, long yuan) {
            return declare(name, Unit.CNY, BigDecimal.valueOf(yuan), List.of(), null);
        }

        @Override
        public ParamDraft<Integer> workingDays(String name, int value) {
            return declare(name, Unit.WORKING_DAYS, value, List.of(), null);
        }

        @Override
        public ParamDraft<Integer> days(String name, int value) {
            return declare(name, Unit.DAYS, value, List.of(), null);
        }

        @Override
        public ParamDraft<Integer> years(String name, int value) {
            return declare(name, Unit.YEARS, value, List.of(), null);
        }

        @Override
        public ParamDraft<Integer> year(String name, int value) {
            return declare(name, Unit.YEAR, value, List.of(), null);
        }

        @Override
        public ParamDraft<LocalDate> date(String name, LocalDate value) {
            return declare(name, Unit.DATE, value, List.of(), null);
        }

        @Override
        public ParamDraft<List<String>> list(String name, OwnFact<String> choiceOf, List<String> items) {
            return declare(name, Unit.LIST, List.copyOf(items), choiceOf.type().keys(), null);
        }

        @Override
        public ParamDraft<MonthDay> monthDay(String name, MonthDay value) {
            return declare(name, Unit.MONTH_DAY, value, List.of(), null);
        }

        @Override
        public ParamDraft<List<String>> list(String name, List<String> items) {
            return declare(name, Unit.LIST, List.copyOf(items), List.of(), null);
        }

        @Override
        public <E extends Enum<E>> ParamDraft<List<String>> list(String name, Class<E> type, List<E> items) {
            List<String> choices = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                choices.add(c.name());
            }
            return declare(name, Unit.LIST, items.stream().map(Enum::name).toList(), choices, type);
        }

        Optional<Edition> build() {
            String where = "edition " + document.title().zh() + ": ";
            int before = errors.size();
            if (outline == null) {
                errors.add(where + "no outline registered");
            }
            // Parameters: named, cited verbatim, explained, valid, unique.
            List<Parameter> parameters = new ArrayList<>();
            Map<Param<?>, Parameter> byHandle = new IdentityHashMap<>();
            Map<Integer, Class<? extends Enum<?>>> enumLists = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (ParamDraftImpl<?> d : params) {
                Optional<Parameter> p = d.build(where, parameters.size());
                if (p.isEmpty()) {
                    continue;
                }
                if (!names.add(p.get().name())) {
                    errors.add(where + "parameter " + p.get().name() + " declared twice");
                    continue;
                }
                parameters.add(p.get());
                byHandle.put(d, p.get());
                if (d.enumType != null) {
                    enumLists.put(p.get().slot(), d.enumType);
                }
            }
            // Rules: ids unique, quotes verbatim, readings registered, parameters declared here.
            List<Rule> built = new ArrayList<>();
            Set<RuleId> ids = new HashSet<>();
            for (RuleDraftImpl d : rules) {
                d.build(where).ifPresent(r -> {
                    if (!ids.add(r.id())) {
                        errors.add(where + "rule " + r.id() + " registered twice");
                    }
                    for (String part : r.quoteParts()) {
                        if (!document.quotes(part)) {
                            errors.add(where + "the quote of " + r.id() + " does not occur verbatim in the document: " + part);
                        }
                    }
                    for (Reading reading : r.readings()) {
                        if (!readings.containsKey(reading.id())) {
                            errors.add(where + r.id() + " consults reading " + reading.id() + ", which is not registered");
                        }
                    }
                    for (Param<?> p : r.parameters()) {
                        if (!drafted(p)) {
                            errors.add(where + r.id() + " uses parameter " + p.localName() + ", which this edition does not declare");
                        }
                    }
                    for (OwnTest t : Tests.ownTests(r.test())) {
                        OwnFact<?> f = t.fact();
                        if (!f.equals(facts.get(f.name())) || identity == null || !f.jurisdiction().equals(identity.id())) {
                            errors.add(where + r.id() + " tests the fact " + f.key() + ", which this jurisdiction does not declare");
                        }
                        if (t instanceof OwnTest.OneOf o && byHandle.containsKey(o.values())
                                && !byHandle.get(o.values()).choices().equals(f.type().keys())) {
                            errors.add(where + r.id() + ": the list " + o.values().localName() + " is not a list of " + f.key()
                                    + "'s choices (declare it with list(name, " + f.name() + ", items))");
                        }
                    }
                    built.add(r);
                });
            }
            List<Param<?>> used = new ArrayList<>();
            measures.forEach(m -> m.cap().ifPresent(used::add));
            if (outline != null) {
                outline.target().ifPresent(t -> {
                    used.add(t.countParam());
                    used.add(t.yearParam());
                });
            }
            Optional<LifecyclePolicy> policy = Optional.empty();
            if (lifecycle != null && identity != null) {
                io.vavr.control.Either<List<String>, LifecyclePolicy> drafted = lifecycle.build(identity.id());
                if (drafted.isLeft()) {
                    drafted.getLeft().forEach(m -> errors.add(where + "lifecycle: " + m));
                } else {
                    policy = Optional.of(drafted.get());
                    used.addAll(drafted.get().parameters());
                    for (Clause c : drafted.get().clauses()) {
                        c.quote().filter(q -> !document.quotes(q)).ifPresent(q -> errors.add(where + "lifecycle: the quote of clause "
                                + c.ref() + " does not occur verbatim in the document: " + q));
                    }
                }
            }
            for (Param<?> p : used) {
                if (!drafted(p)) {
                    errors.add(where + "parameter " + p.localName() + " is used but this edition does not declare it");
                }
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            Program program;
            try {
                program = Program.compile(identity.id(), built, p -> byHandle.get(p).slot());
            } catch (IllegalArgumentException e) {
                errors.add(where + "the rules cannot be compiled: " + e.getMessage());
                return Optional.empty();
            }
            return Optional.of(new Edition(document, inForceFrom, outline, built, measures, policy,
                    parameters, byHandle, enumLists, program));
        }

        private final class ParamDraftImpl<T> implements ParamDraft<T> {
            private final String name;
            private final Unit unit;
            private final T value;
            private final List<String> choices;
            private final Class<? extends Enum<?>> enumType;
            private String clause;
            private String quote;
            private Text label;
            private String concept;

            ParamDraftImpl(String name, Unit unit, T value, List<String> choices, Class<? extends Enum<?>> enumType) {
                this.name = name;
                this.unit = unit;
                this.value = value;
                this.choices = choices;
                this.enumType = enumType;
            }

            @Override
            public String localName() {
                return name;
            }

            @Override
            public Unit unit() {
                return unit;
            }

            @Override
            public T value() {
                return value;
            }

            @Override
            public ParamDraft<T> cites(String clause, String quote) {
                this.clause = clause;
                this.quote = quote;
                return this;
            }

            @Override
            public ParamDraft<T> means(String zh, String en) {
                this.label = Text.of(zh, en);
                return this;
            }

            @Override
            public ParamDraft<T> concept(String concept) {
                this.concept = concept;
                return this;
            }

            Optional<Parameter> build(String where, int slot) {
                String at = where + "parameter " + (identity == null ? "" : identity.id() + ".") + name;
                int before = errors.size();
                if (name == null || !LOCAL_NAME.matcher(name).matches()) {
                    errors.add(at + ": a parameter name is like S1.minimum or notice.workingDays");
                }
                if (clause == null || clause.isBlank()) {
                    errors.add(at + " has no clause (cites)");
                }
                if (quote == null || quote.isBlank()) {
                    errors.add(at + " has no quote (cites)");
                } else {
                    for (String part : quote.split(Pattern.quote(Rule.QUOTE_SEPARATOR))) {
                        if (!document.quotes(part)) {
                            errors.add(at + ": the quote does not occur verbatim in the document: " + part);
                        }
                    }
                }
                if (label == null) {
                    errors.add(at + " does not say what it is (means)");
                }
                Values.check(unit, value, choices).ifPresent(p -> errors.add(at + ": " + p));
                if (errors.size() > before || identity == null) {
                    return Optional.empty();
                }
                return Optional.of(new Parameter(identity.id() + "." + name, identity.id(), unit, value, clause, quote, label,
                        Optional.ofNullable(concept), choices, slot));
            }
        }
    }

    private final class RuleDraftImpl implements RuleDraft {
        private final EditionBuilder edition;
        private final String catalogId;
        private final Strength strength;
        private final String clause;
        private String quote;
        private Text says;
        private Rule.StrengthSwitch strengthSwitch;
        private Test test;

        RuleDraftImpl(EditionBuilder edition, String catalogId, Strength strength, String clause) {
            this.edition = edition;
            this.catalogId = catalogId;
            this.strength = strength;
            this.clause = clause;
        }

        @Override
        public RuleDraft quote(String sentence) {
            this.quote = sentence;
            return this;
        }

        @Override
        public RuleDraft says(String zh, String en) {
            this.says = Text.of(zh, en);
            return this;
        }

        @Override
        public RuleDraft strengthUnder(Reading reading, Strength strength) {
            this.strengthSwitch = new Rule.StrengthSwitch(reading, strength);
            return this;
        }

        @Override
        public EditionSetup test(Test test) {
            this.test = test;
            return edition;
        }

        Optional<Rule> build(String where) {
            String name = where + "rule " + catalogId;
            if (test == null) {
                errors.add(name + " has no test");
            }
            if (says == null) {
                errors.add(name + " does not say what it requires");
            }
            if (quote == null) {
                errors.add(name + " has no quote");
            }
            if (test == null || says == null || quote == null || identity == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Rule(new RuleId(identity.id(), catalogId), strength, Optional.ofNullable(strengthSwitch),
                        clause, quote, says, test));
            } catch (IllegalArgumentException e) {
                errors.add(name + ": " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}

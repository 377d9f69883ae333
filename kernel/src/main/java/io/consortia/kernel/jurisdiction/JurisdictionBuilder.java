package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel's implementation of the setup interfaces. Collects what a provider registers and
 * every mistake it makes, then builds an immutable {@link Jurisdiction}.
 */
final class JurisdictionBuilder implements JurisdictionSetup {

    private final String provider;
    private final List<String> errors = new ArrayList<>();
    private Identity identity;
    private final Map<String, Reading> readings = new LinkedHashMap<>();
    private final List<EditionBuilder> editions = new ArrayList<>();

    JurisdictionBuilder(String provider) {
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
                built.add(e.build());
            }
        }
        if (!errors.isEmpty()) {
            List<String> prefixed = errors.stream().map(m -> provider + ": " + m).toList();
            return io.vavr.control.Either.left(prefixed);
        }
        return io.vavr.control.Either.right(new Jurisdiction(identity, List.copyOf(readings.values()), built));
    }

    private final class EditionBuilder implements EditionSetup {
        private final Document document;
        private Optional<LocalDate> inForceFrom;
        private Outline outline;
        private final List<RuleDraftImpl> rules = new ArrayList<>();
        private final List<SupportMeasure> measures = new ArrayList<>();
        private io.consortia.kernel.lifecycle.LifecyclePolicy lifecycle;

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
        public EditionSetup lifecycle(io.consortia.kernel.lifecycle.LifecyclePolicy policy) {
            if (this.lifecycle != null) {
                errors.add("edition " + document.title().zh() + ": lifecycle registered twice");
            }
            this.lifecycle = policy;
            return this;
        }

        Edition build() {
            String where = "edition " + document.title().zh() + ": ";
            if (outline == null) {
                errors.add(where + "no outline registered");
            }
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
                    built.add(r);
                });
            }
            if (lifecycle != null && identity != null && !lifecycle.jurisdiction().equals(identity.id())) {
                errors.add(where + "its lifecycle is the policy of " + lifecycle.jurisdiction() + ", not of " + identity.id());
            }
            return new Edition(document, inForceFrom, outline == null ? placeholderOutline() : outline, built, measures,
                    Optional.ofNullable(lifecycle));
        }

        private Outline placeholderOutline() {
            Text none = Text.of("无", "none");
            return new Outline(Optional.empty(), Optional.empty(),
                    new Route(Route.Formation.APPROVAL, Route.Initiative.MIXED, none, "-"), List.of(), none);
        }
    }

    private final class RuleDraftImpl implements RuleDraft {
        private final EditionBuilder edition;
        private final String catalogId;
        private final Strength strength;
        private final String clause;
        private String quote;
        private Text says;
        private List<Reading> ruleReadings = List.of();
        private boolean cross;
        private Condition condition;

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
        public RuleDraft readings(Reading... readings) {
            this.ruleReadings = List.of(readings);
            return this;
        }

        @Override
        public RuleDraft crossConsortium() {
            this.cross = true;
            return this;
        }

        @Override
        public EditionSetup test(Condition condition) {
            this.condition = condition;
            return edition;
        }

        Optional<Rule> build(String where) {
            String name = where + "rule " + catalogId;
            if (condition == null) {
                errors.add(name + " has no test");
            }
            if (says == null) {
                errors.add(name + " does not say what it requires");
            }
            if (quote == null) {
                errors.add(name + " has no quote");
            }
            if (condition == null || says == null || quote == null || identity == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Rule(new RuleId(identity.id(), catalogId), strength, clause, quote, says,
                        ruleReadings, cross, condition));
            } catch (IllegalArgumentException e) {
                errors.add(name + ": " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}

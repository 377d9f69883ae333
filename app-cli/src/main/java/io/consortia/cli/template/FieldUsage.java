package io.consortia.cli.template;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Context;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.sanction.Sanction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which profile fields each rule reads. A rule's test is an opaque function of the profile, so the
 * rules are run against probe profiles whose every accessor records the field it was asked for:
 * what a rule reads is what it does, not what it declares. The probes vary what can steer a
 * condition down one branch or another (the lead's kind; facts absent, true or false; units
 * registered inside or outside the region; each reading's alternative; a registry to match), and
 * the union of what was read is the answer.
 *
 * <p>Field names are the profile format's paths without list indices: {@code field},
 * {@code governance.council}, {@code members.kind}, {@code members.attested.strongRd}. The
 * identifying fields {@code lead} and {@code members.id} are not tracked.
 */
public final class FieldUsage {

    /** What a probe says about every optional fact. */
    private enum Facts { ABSENT, TRUE, FALSE }

    private final Map<String, SortedSet<RuleId>> byField;

    private FieldUsage(Map<String, SortedSet<RuleId>> byField) {
        this.byField = byField;
    }

    /**
     * Runs every rule of the newest edition of each jurisdiction against the probes.
     *
     * @param asOf the reference date the probes are evaluated on
     */
    public static FieldUsage of(List<Jurisdiction> jurisdictions, LocalDate asOf) {
        Map<String, SortedSet<RuleId>> out = new TreeMap<>();
        for (Jurisdiction j : jurisdictions) {
            List<ReadingSet> readingSets = new ArrayList<>();
            readingSets.add(ReadingSet.defaults());
            for (Reading r : j.readings()) {
                readingSets.add(ReadingSet.defaults().with(r, true));
            }
            Region region = j.identity().region();
            Registry registry = registry(j.id(), asOf);
            for (Rule rule : j.latest().rules()) {
                for (UnitKind leadKind : UnitKind.values()) {
                    for (Facts facts : Facts.values()) {
                        for (boolean inside : new boolean[] {true, false}) {
                            for (ReadingSet readings : readingSets) {
                                Set<String> reads = new HashSet<>();
                                Profile probe = ProbeProfile.of(reads, leadKind, facts, region, inside, asOf);
                                try {
                                    rule.evaluate(new Context(j.id(), probe, asOf, readings, Optional.of(registry)));
                                } catch (RuntimeException unexpected) {
                                    // A probe a rule did not foresee: what it read before failing still counts.
                                }
                                reads.forEach(f -> out.computeIfAbsent(f, k -> new TreeSet<>()).add(rule.id()));
                            }
                        }
                    }
                }
            }
        }
        return new FieldUsage(out);
    }

    /** The rules that read the field, in catalog order; empty when none does. */
    public SortedSet<RuleId> rules(String field) {
        return byField.getOrDefault(field, new TreeSet<>());
    }

    /** Every field some rule reads. */
    public Set<String> fields() {
        return byField.keySet();
    }

    /** A registry with an unrelated consortium and sanction, so that the cross-consortium rules match units. */
    private static Registry registry(String jurisdiction, LocalDate asOf) {
        Optional<CreditCode> other = Optional.of(probeCode("110105", 9));
        return new Registry(
                List.of(new RegisteredConsortium("探测用其他创新联合体", jurisdiction, other, Optional.of("探测用其他牵头单位"), CoreState.ESTABLISHED)),
                List.of(new Sanction(other, Optional.of("探测用其他单位"), jurisdiction, asOf.minusYears(1), 3, "LEAD_DEFAULTED")));
    }

    /** A valid credit code registered in the division, numbered {@code n}. */
    private static CreditCode probeCode(String division, int n) {
        String body = "91" + division + "MA000000" + n;
        return CreditCode.of(body + CreditCode.checkCharacter(body));
    }

    /** The division code of a region itself: its prefix padded with zeros ({@code 3205} → {@code 320500}). */
    public static String divisionOf(Region region) {
        return (region.prefix() + "000000").substring(0, 6);
    }

    /** A division outside the region, in another province. */
    private static String outside(Region region) {
        return region.prefix().startsWith("11") ? "310000" : "110000";
    }

    /** A map that records every key asked of it as a field name. */
    private static final class Recording<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> values;
        private final Function<Object, String> field;
        private final Set<String> reads;
        private final List<?> universe;

        Recording(Map<K, V> values, List<?> universe, Function<Object, String> field, Set<String> reads) {
            this.values = values;
            this.universe = universe;
            this.field = field;
            this.reads = reads;
        }

        @Override
        public V get(Object key) {
            reads.add(field.apply(key));
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            reads.add(field.apply(key));
            return values.containsKey(key);
        }

        /** Going through every entry reads every field the map can hold. */
        @Override
        public Set<Entry<K, V>> entrySet() {
            universe.forEach(k -> reads.add(field.apply(k)));
            return values.entrySet();
        }
    }

    private static <E extends Enum<E>> Map<E, Boolean> facts(Class<E> type, Facts facts) {
        Map<E, Boolean> out = new EnumMap<>(type);
        if (facts != Facts.ABSENT) {
            for (E e : type.getEnumConstants()) {
                out.put(e, facts == Facts.TRUE);
            }
        }
        return out;
    }

    private static String key(Object factKey) {
        return ((FactKey) factKey).key();
    }

    /** A profile that records what is asked of it. */
    private static final class ProbeProfile extends Profile {
        private final Set<String> reads;
        private final Optional<String> field;
        private final Optional<LocalDate> appliedOn;
        private final Map<GovernanceItem, Boolean> governance;
        private final List<Member> members;

        private ProbeProfile(Set<String> reads, Facts facts, List<Member> members, LocalDate asOf) {
            this.reads = reads;
            this.field = facts == Facts.ABSENT ? Optional.empty() : Optional.of(facts == Facts.TRUE ? "电子信息" : "其他领域");
            this.appliedOn = facts == Facts.ABSENT ? Optional.empty() : Optional.of(asOf);
            this.governance = facts(GovernanceItem.class, facts);
            this.members = members;
        }

        static Profile of(Set<String> reads, UnitKind leadKind, Facts facts, Region region, boolean inside, LocalDate asOf) {
            String home = inside ? divisionOf(region) : outside(region);
            String away = inside ? outside(region) : divisionOf(region);
            List<Member> members = new ArrayList<>();
            members.add(new ProbeMember(reads, 0, leadKind, facts, home, away, asOf));
            UnitKind[] kinds = UnitKind.values();
            for (int i = 0; i < kinds.length; i++) {
                members.add(new ProbeMember(reads, i + 1, kinds[i], facts, home, away, asOf));
            }
            return new ProbeProfile(reads, facts, members, asOf);
        }

        @Override
        public String name() {
            reads.add("name");
            return "探测用创新联合体";
        }

        @Override
        public Optional<String> field() {
            reads.add("field");
            return field;
        }

        @Override
        public Optional<LocalDate> appliedOn() {
            reads.add("appliedOn");
            return appliedOn;
        }

        @Override
        public String leadId() {
            return "m0";
        }

        @Override
        public Map<GovernanceItem, Boolean> governance() {
            return new Recording<>(governance, Arrays.asList(GovernanceItem.values()), k -> "governance." + key(k), reads);
        }

        @Override
        public List<Member> members() {
            return members;
        }
    }

    /** A member that records what is asked of it. */
    private static final class ProbeMember extends Member {
        private final Set<String> reads;
        private final int n;
        private final UnitKind kind;
        private final Facts facts;
        private final String home;
        private final String away;
        private final Map<Integer, FiscalYear> finances = new HashMap<>();

        ProbeMember(Set<String> reads, int n, UnitKind kind, Facts facts, String home, String away, LocalDate asOf) {
            this.reads = reads;
            this.n = n;
            this.kind = kind;
            this.facts = facts;
            this.home = home;
            this.away = away;
            if (facts != Facts.ABSENT) {
                BigDecimal rd = facts == Facts.TRUE ? BigDecimal.valueOf(100_000_000L) : BigDecimal.ZERO;
                for (int y = asOf.getYear() - 5; y <= asOf.getYear(); y++) {
                    finances.put(y, new FiscalYear(y, Optional.of(BigDecimal.valueOf(1_000_000_000L)), Optional.of(rd)));
                }
            }
        }

        private boolean known() {
            return facts != Facts.ABSENT;
        }

        @Override
        public String id() {
            return "m" + n;
        }

        @Override
        public String name() {
            reads.add("members.name");
            return "探测用成员单位" + n;
        }

        @Override
        public Optional<CreditCode> creditCode() {
            reads.add("members.creditCode");
            return known() ? Optional.of(probeCode(home, n)) : Optional.empty();
        }

        @Override
        public UnitKind kind() {
            reads.add("members.kind");
            return kind;
        }

        @Override
        public DivisionCode registeredIn() {
            reads.add("members.registeredIn");
            return DivisionCode.of(home);
        }

        @Override
        public List<DivisionCode> stationedIn() {
            reads.add("members.stationedIn");
            return facts == Facts.TRUE ? List.of(DivisionCode.of(away)) : List.of();
        }

        @Override
        public Optional<ChainPosition> chainPosition() {
            reads.add("members.chainPosition");
            ChainPosition[] all = ChainPosition.values();
            return known() ? Optional.of(all[n % all.length]) : Optional.empty();
        }

        @Override
        public Map<Trait, Boolean> traits() {
            return new Recording<>(facts(Trait.class, facts), Arrays.asList(Trait.values()), k -> "members." + key(k), reads);
        }

        @Override
        public Optional<Integer> ongoingRdProjects() {
            reads.add("members.ongoingRdProjects");
            return known() ? Optional.of(facts == Facts.TRUE ? 5 : 0) : Optional.empty();
        }

        @Override
        public List<Platform> platforms() {
            reads.add("members.platforms");
            if (facts != Facts.TRUE) {
                return List.of();
            }
            PlatformLevel[] levels = PlatformLevel.values();
            PlatformType[] types = PlatformType.values();
            return List.of(new Platform("探测用平台", levels[n % levels.length], types[n % types.length]));
        }

        @Override
        public Map<Integer, FiscalYear> finances() {
            return new Recording<>(finances, List.of(0), year -> "members.finances", reads);
        }

        @Override
        public Map<Attestation, Boolean> attested() {
            return new Recording<>(facts(Attestation.class, facts), Arrays.asList(Attestation.values()),
                    k -> "members.attested." + key(k), reads);
        }
    }
}

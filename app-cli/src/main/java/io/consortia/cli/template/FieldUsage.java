package io.consortia.cli.template;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.rule.Test;
import io.consortia.kernel.rule.Tests;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which profile fields each rule reads, read from the rules' tests (rules are data): a lead test
 * reads the lead's fields, a count or an "every" rule the members' fields its member tests name, a
 * governance test its item, and so on. A jurisdiction's own conditions ({@link Test.Custom}) say
 * nothing about the fields they read and are not listed.
 *
 * <p>Field names are the profile format's paths without list indices: {@code field},
 * {@code governance.council}, {@code members.kind}, {@code members.attested.strongRd}. The
 * identifying fields {@code lead} and {@code members.id} are not tracked.
 */
public final class FieldUsage {

    private final Map<String, SortedSet<RuleId>> byField;

    private FieldUsage(Map<String, SortedSet<RuleId>> byField) {
        this.byField = byField;
    }

    /**
     * The fields every rule of the edition in force on {@code asOf} (else the newest) of each
     * jurisdiction reads.
     */
    public static FieldUsage of(List<Jurisdiction> jurisdictions, LocalDate asOf) {
        Map<String, SortedSet<RuleId>> out = new TreeMap<>();
        for (Jurisdiction j : jurisdictions) {
            for (Rule r : j.editionOn(asOf).orElse(j.latest()).rules()) {
                Set<String> fields = new TreeSet<>();
                read(r.test(), fields);
                for (String f : fields) {
                    out.computeIfAbsent(f, k -> new TreeSet<>()).add(r.id());
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

    /** The division code of a region itself: its prefix padded with zeros ({@code 3205} → {@code 320500}). */
    public static String divisionOf(Region region) {
        return (region.prefix() + "000000").substring(0, 6);
    }

    private static void read(Test t, Set<String> out) {
        if (t instanceof Test.Lead l) {
            read(l.test(), out);
        } else if (t instanceof Test.Governance g) {
            out.add(key(g.item()));
        } else if (t instanceof Test.Count c) {
            read(c.population(), out);
            read(c.test(), out);
        } else if (t instanceof Test.Share s) {
            read(s.population(), out);
            read(s.test(), out);
        } else if (t instanceof Test.Some s) {
            read(s.population(), out);
            read(s.test(), out);
        } else if (t instanceof Test.Every e) {
            read(e.population(), out);
            read(e.which(), out);
            read(e.test(), out);
        } else if (t instanceof Test.Spread s) {
            read(s.population(), out);
            read(s.which(), out);
            out.add("members.chainPosition");
        } else if (t instanceof Test.LeadPlatform) {
            out.add("members.platforms");
        } else if (t instanceof Test.LeadAtLeast n) {
            out.add("members." + n.fact().key());
        } else if (t instanceof Test.FieldIn) {
            out.add("field");
        } else if (t instanceof Test.RdIntensity) {
            out.add("members.finances");
        } else if (t instanceof Test.NotBarred) {
            out.add("members.creditCode");
            out.add("members.name");
            out.add("members.core");
        } else if (t instanceof Test.LeadsNoOther) {
            out.add("name");
            out.add("members.creditCode");
            out.add("members.name");
        }
        for (Test child : Tests.children(t)) {
            read(child, out);
        }
    }

    private static void read(Population p, Set<String> out) {
        // Populations are defined by the lead's id and the member list, which every profile has.
    }

    private static void read(MemberTest t, Set<String> out) {
        if (t instanceof MemberTest.Kind) {
            out.add("members.kind");
        } else if (t instanceof MemberTest.Fact f) {
            out.add(key(f.fact()));
        } else if (t instanceof MemberTest.RegisteredIn) {
            out.add("members.registeredIn");
        } else if (t instanceof MemberTest.PresentIn) {
            out.add("members.registeredIn");
            out.add("members.stationedIn");
        } else if (t instanceof MemberTest.Placed) {
            out.add("members.chainPosition");
        } else if (t instanceof MemberTest.And a) {
            a.parts().forEach(x -> read(x, out));
        } else if (t instanceof MemberTest.Or o) {
            o.parts().forEach(x -> read(x, out));
        } else if (t instanceof MemberTest.ByReading b) {
            read(b.byDefault(), out);
            read(b.alternative(), out);
        }
    }

    private static String key(FactKey f) {
        if (f instanceof GovernanceItem) {
            return "governance." + f.key();
        }
        if (f instanceof Attestation) {
            return "members.attested." + f.key();
        }
        return "members." + f.key();
    }
}

package io.consortia.kernel.rule;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A three-valued test of one member, as data: what counting rules count ("规上工业企业") and what
 * lead rules ask of the lead. The kernel compiles member tests into bit operations on the facts a
 * member states ({@link io.consortia.kernel.profile.FactBits}), and explains them part by part.
 *
 * <p>Outcomes: a kind and a region are always known; a fact is unknown when the profile does not
 * state it; a chain position is unknown when none is given, and {@code OUTSIDE} never places a
 * member in the chain. {@link And} and {@link Or} are Kleene's.
 *
 * @since 0.2
 */
public sealed interface MemberTest {

    /** The test applied to one member, three-valued, the readings in force resolving {@link ByReading}. */
    default Outcome test(Member m, ReadingSet readings) {
        if (this instanceof Anyone) {
            return Outcome.PASS;
        }
        if (this instanceof Kind k) {
            return Outcome.of(k.kinds().contains(m.kind()));
        }
        if (this instanceof Fact f) {
            return m.fact(f.fact());
        }
        if (this instanceof RegisteredIn r) {
            return Outcome.of(m.registeredWithin(r.region()));
        }
        if (this instanceof PresentIn r) {
            return Outcome.of(m.presentIn(r.region()));
        }
        if (this instanceof Placed p) {
            return m.chainPosition().map(c -> Outcome.of(p.positions().contains(c))).orElse(Outcome.UNKNOWN);
        }
        if (this instanceof And a) {
            Outcome o = Outcome.PASS;
            for (MemberTest part : a.parts()) {
                o = o.and(part.test(m, readings));
            }
            return o;
        }
        if (this instanceof Or or) {
            Outcome o = Outcome.FAIL;
            for (MemberTest part : or.parts()) {
                o = o.or(part.test(m, readings));
            }
            return o;
        }
        ByReading b = (ByReading) this;
        return (readings.isAlternative(b.reading()) ? b.alternative() : b.byDefault()).test(m, readings);
    }

    /** The member is of one of the kinds. */
    record Kind(Set<UnitKind> kinds) implements MemberTest {
        public Kind {
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("a kind test names at least one kind");
            }
            kinds = java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        }
    }

    /** A yes/no fact of the member (a trait or an attestation) holds. */
    record Fact(FactKey fact) implements MemberTest {
        public Fact {
            if (!(fact instanceof Trait) && !(fact instanceof Attestation)) {
                throw new IllegalArgumentException("a member fact is a trait or an attestation: " + fact);
            }
        }
    }

    /** The member is registered in the region. */
    record RegisteredIn(Region region) implements MemberTest {
        public RegisteredIn {
            Objects.requireNonNull(region, "region");
        }
    }

    /** The member is registered in, or has a standing branch in, the region (在…注册或驻区). */
    record PresentIn(Region region) implements MemberTest {
        public PresentIn {
            Objects.requireNonNull(region, "region");
        }
    }

    /** The member's chain position is one of these (UPSTREAM, MIDSTREAM, DOWNSTREAM). */
    record Placed(Set<ChainPosition> positions) implements MemberTest {
        public Placed {
            if (positions.isEmpty() || positions.contains(ChainPosition.OUTSIDE)) {
                throw new IllegalArgumentException("placed in the chain names chain positions, never OUTSIDE");
            }
            positions = java.util.Collections.unmodifiableSet(EnumSet.copyOf(positions));
        }
    }

    /** Every part holds. */
    record And(List<MemberTest> parts) implements MemberTest {
        public And {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a conjunction has at least two parts");
            }
        }
    }

    /** Some part holds. */
    record Or(List<MemberTest> parts) implements MemberTest {
        public Or {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a disjunction has at least two parts");
            }
        }
    }

    /** The test a reading chooses. */
    record ByReading(Reading reading, MemberTest byDefault, MemberTest alternative) implements MemberTest {
        public ByReading {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(byDefault, "byDefault");
            Objects.requireNonNull(alternative, "alternative");
        }
    }

    /** Every member: the test of "member units" with no further condition. */
    record Anyone() implements MemberTest {}

    // ------------------------------------------------------------------ factories

    static MemberTest kind(UnitKind... kinds) {
        return new Kind(Set.of(kinds));
    }

    /** A university or a research institute: the catalog's "every university". */
    static MemberTest academic() {
        return kind(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE);
    }

    /** A technology service organisation or a financial institution: "every service body". */
    static MemberTest serviceBody() {
        return kind(UnitKind.SERVICE_ORGANIZATION, UnitKind.FINANCIAL_INSTITUTION);
    }

    static MemberTest fact(FactKey fact) {
        return new Fact(fact);
    }

    /** Placed UPSTREAM, MIDSTREAM or DOWNSTREAM. */
    static MemberTest inChain() {
        return new Placed(EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.MIDSTREAM, ChainPosition.DOWNSTREAM));
    }

    static MemberTest placed(ChainPosition... positions) {
        return new Placed(EnumSet.copyOf(Arrays.asList(positions)));
    }

    static MemberTest all(MemberTest... parts) {
        return parts.length == 1 ? parts[0] : new And(List.of(parts));
    }

    static MemberTest either(MemberTest... parts) {
        return parts.length == 1 ? parts[0] : new Or(List.of(parts));
    }

    static MemberTest byReading(Reading reading, MemberTest byDefault, MemberTest alternative) {
        return new ByReading(reading, byDefault, alternative);
    }

    static MemberTest anyone() {
        return new Anyone();
    }
}

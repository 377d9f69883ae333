package io.consortia.kernel.rule;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.NumberFact;
import io.consortia.kernel.reading.Reading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule tests, as data a tool can read: the kernel evaluates it (compiled once per edition),
 * explains it, compares it across policies and plans changes from it. Thresholds are never
 * literals here: they are {@link Param parameters} the jurisdiction declares with their clause and
 * sentence. Build tests with {@link Tests}.
 *
 * <p>Outcomes are three-valued (contract §1): counts, shares and amounts over partly unknown facts
 * are PASS when the known facts already satisfy them, FAIL when they fail whatever the unknown
 * ones are, UNKNOWN otherwise. {@link All} and {@link Any} are Kleene's.
 *
 * @since 0.2
 */
public sealed interface Test {

    /** Every part passes. */
    record All(List<Test> parts) implements Test {
        public All {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a conjunction has at least two parts");
            }
        }
    }

    /** Some part passes. */
    record Any(List<Test> parts) implements Test {
        public Any {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a disjunction has at least two parts");
            }
        }
    }

    /**
     * "A, or B which implies A" (永川 Y6.a, Y7): PASS if A or B holds, FAIL if A fails and B does
     * not hold, UNKNOWN otherwise.
     */
    record Implied(Test a, Test b) implements Test {
        public Implied {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    /**
     * A permission (可, "may"): PASS whether or not it is used; the finding reports whether the
     * test of its use passes.
     */
    record Permission(Test used) implements Test {
        public Permission {
            Objects.requireNonNull(used, "used");
        }
    }

    /** The test a reading chooses. */
    record ByReading(Reading reading, Test byDefault, Test alternative) implements Test {
        public ByReading {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(byDefault, "byDefault");
            Objects.requireNonNull(alternative, "alternative");
        }
    }

    /** The lead passes the member test. */
    record Lead(MemberTest test) implements Test {
        public Lead {
            Objects.requireNonNull(test, "test");
        }
    }

    /** A governance body or document is in place. */
    record Governance(GovernanceItem item) implements Test {
        public Governance {
            Objects.requireNonNull(item, "item");
        }
    }

    /** At least {@code minimum} members of the population pass the test. */
    record Count(Population population, MemberTest test, Param<Integer> minimum) implements Test {
        public Count {
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** At least the {@code minimum} share of the population pass the test; an empty population fails. */
    record Share(Population population, MemberTest test, Param<BigDecimal> minimum) implements Test {
        public Share {
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** Some member of the population passes the test ("at least one", no threshold). */
    record Some(Population population, MemberTest test) implements Test {
        public Some {
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(test, "test");
        }
    }

    /** Every member of the population that is {@code which} (a test always known, such as a kind) passes {@code test}. */
    record Every(Population population, MemberTest which, MemberTest test) implements Test {
        public Every {
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(which, "which");
            Objects.requireNonNull(test, "test");
        }
    }

    /**
     * The members of the population that are {@code which} (enterprises) cover at least
     * {@code positions} of the chain positions UPSTREAM, MIDSTREAM and DOWNSTREAM; OUTSIDE adds
     * none; a member without a position could add any one.
     */
    record Spread(Population population, MemberTest which, Param<Integer> positions) implements Test {
        public Spread {
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(which, "which");
            Objects.requireNonNull(positions, "positions");
        }
    }

    /**
     * The lead has a platform of one of the levels and, when types are given, of one of the
     * types. With {@code likeCarriers} ("…等创新载体"), a platform of one of the levels but of
     * another type leaves the outcome UNKNOWN instead of FAIL: the list is open to like carriers,
     * which needs a human decision. Platform lists are complete.
     */
    record LeadPlatform(Param<List<String>> levels, Optional<Param<List<String>>> types, boolean likeCarriers) implements Test {
        public LeadPlatform {
            Objects.requireNonNull(levels, "levels");
            Objects.requireNonNull(types, "types");
            if (likeCarriers && types.isEmpty()) {
                throw new IllegalArgumentException("like carriers widen a list of types; name the types");
            }
        }
    }

    /** A whole-number fact of the lead is at least the minimum; unknown when not stated. */
    record LeadAtLeast(NumberFact fact, Param<Integer> minimum) implements Test {
        public LeadAtLeast {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** The profile's field is one of the listed fields; unknown when no field is stated. */
    record FieldIn(Param<List<String>> fields) implements Test {
        public FieldIn {
            Objects.requireNonNull(fields, "fields");
        }
    }

    /**
     * The lead's R&D over the fiscal years before the reference year: its share of revenue is at
     * least {@code share}, or its R&D expense is at least {@code amount}. How the share is taken
     * (the window's sums, or each year) and which year the amount is read in (the last, or the
     * window) are the readings' choice: under {@code eachYear}'s alternative every year must meet the
     * share; under {@code window}'s alternative the amount is the window's annual average (or, with
     * each year, every year's). Missing figures are any amount ≥ 0 (bound semantics); a revenue of
     * 0 fails the share.
     */
    record RdIntensity(Param<BigDecimal> share, Param<BigDecimal> amount, Param<Integer> years,
                       Optional<Reading> eachYear, Optional<Reading> window) implements Test {
        public RdIntensity {
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(years, "years");
            Objects.requireNonNull(eachYear, "eachYear");
            Objects.requireNonNull(window, "window");
        }
    }

    /**
     * ⊕ No unit under a bar in force on the reference date leads the consortium or is a core
     * member of it: FAIL if the lead or a member with {@code core: true} is barred, UNKNOWN if only
     * members that do not state {@code core} are, PASS otherwise. Under {@code scope}'s default only
     * bars imposed by the assessing jurisdiction count; under its alternative every bar does.
     * {@code dayCount} decides a bar's last day (R9).
     */
    record NotBarred(Reading scope, Reading dayCount) implements Test {
        public NotBarred {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(dayCount, "dayCount");
        }
    }

    /**
     * ⊕ The lead leads no other active consortium of the programme (registry entries under
     * {@code programme}, other than one with the profile's name).
     */
    record LeadsNoOther(String programme) implements Test {
        public LeadsNoOther {
            Objects.requireNonNull(programme, "programme");
        }
    }

    /**
     * A test of one of the jurisdiction's own consortium facts.
     *
     * @since 0.3
     */
    record Own(OwnTest test) implements Test {
        public Own {
            Objects.requireNonNull(test, "test");
            if (test.fact().level() != io.consortia.kernel.profile.FactLevel.CONSORTIUM) {
                throw new IllegalArgumentException(test.fact().key() + " is a fact of each member: test it in a member test (MemberTest.own)");
            }
        }
    }

    /** A condition of a jurisdiction's own, for what the kernel's tests cannot say. */
    record Custom(CustomCondition condition) implements Test {
        public Custom {
            Objects.requireNonNull(condition, "condition");
        }
    }
}

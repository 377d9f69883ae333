package io.consortia.kernel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract every jurisdiction module passes, run black-box through {@link ServiceLoader} on
 * the module path, as in production. A module's test extends this class and supplies a few
 * facts; {@code required_*} tests are the contract, {@code optional_*} ones are good practice.
 */
public abstract class JurisdictionTck {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    /** The jurisdiction id under test. */
    protected abstract String jurisdictionId();

    /** A profile that the policy makes ELIGIBLE under default readings on {@link #referenceDate()}. */
    protected abstract Profile eligibleProfile();

    /** A division code inside the jurisdiction, for random profiles. */
    protected abstract String homeDivision();

    /** The reference date of the tests. */
    protected LocalDate referenceDate() {
        return LocalDate.of(2025, 6, 1);
    }

    /** The bundled seed, read straight from the module's resources. */
    protected String bundledSeed() {
        String name = "/io/consortia/jurisdiction/" + jurisdictionId() + "/seed.txt";
        try (InputStream in = getClass().getModule().getResourceAsStream(name)) {
            assertThat(in).as("bundled seed %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every installed jurisdiction, found as in production. */
    protected static JurisdictionCatalog catalog() {
        return Installed.catalog();
    }

    protected Jurisdiction jurisdiction() {
        return Installed.jurisdiction(jurisdictionId());
    }

    protected Assessment assess(Profile profile) {
        return jurisdiction().assess(profile, AssessmentOptions.on(referenceDate()));
    }

    protected Assessment assess(Profile profile, ReadingSet readings) {
        return jurisdiction().assess(profile, AssessmentOptions.on(referenceDate()).withReadings(readings));
    }

    /** The ids of the findings with the outcome, as {@code S5}. */
    protected static List<String> ids(Assessment a, Outcome outcome) {
        return Installed.ids(a, outcome);
    }

    @Test
    void required_providerIsFoundThroughServiceLoader() {
        long n = ServiceLoader.load(JurisdictionProvider.class).stream()
                .filter(p -> p.type().getModule().getName().equals("io.consortia.jurisdiction." + jurisdictionId()))
                .count();
        assertThat(n).as("providers in module io.consortia.jurisdiction.%s", jurisdictionId()).isEqualTo(1);
        assertThat(catalog().ids()).contains(jurisdictionId());
    }

    @Test
    void required_identityAndDocumentAreComplete() {
        Jurisdiction j = jurisdiction();
        assertThat(j.identity().name().zh()).containsPattern(CJK);
        assertThat(j.editions()).isNotEmpty();
        for (Edition e : j.editions()) {
            assertThat(e.document().title().zh()).containsPattern(CJK);
            assertThat(e.document().issuer().zh()).isNotBlank();
            assertThat(e.document().status()).isNotEmpty();
            assertThat(e.document().text()).isEqualTo(bundledSeed());
            assertThat(e.rules()).isNotEmpty();
        }
    }

    @Test
    void required_ruleIdsAreJurisdictionDotCatalogId() {
        for (Rule r : jurisdiction().latest().rules()) {
            assertThat(r.id().toString()).startsWith(jurisdictionId() + ".");
            assertThat(r.id().catalogId()).matches("[A-Z]+[0-9]+(\\.[a-z0-9]+)?");
        }
    }

    @Test
    void required_everyQuoteOccursVerbatimInTheBundledSeed() {
        String seed = bundledSeed();
        for (Rule r : jurisdiction().latest().rules()) {
            for (String part : r.quoteParts()) {
                assertThat(seed).as("quote of %s", r.id()).contains(part);
            }
        }
    }

    @Test
    void required_everyRuleSpeaksChineseAndEnglish() {
        for (Rule r : jurisdiction().latest().rules()) {
            assertThat(r.requirement().zh()).as("%s zh", r.id()).containsPattern(CJK);
            assertThat(r.requirement().en()).as("%s en", r.id()).containsPattern(LATIN).doesNotContainPattern(CJK);
            assertThat(r.clause()).as("%s clause", r.id()).isNotBlank();
        }
    }

    /**
     * Parameters whose value the sentence they cite does not write out (a reading's alternative
     * threshold, say), by full name, each a deliberate exception. None by default.
     */
    protected java.util.Set<String> valuesNotWrittenInTheirQuote() {
        return java.util.Set.of();
    }

    @Test
    void required_everyParameterIsNamedCitedAndExplained() {
        String seed = bundledSeed();
        for (io.consortia.kernel.parameter.Parameter p : jurisdiction().parameters()) {
            assertThat(p.name()).as("name").startsWith(jurisdictionId() + ".");
            assertThat(p.clause()).as("%s clause", p.name()).isNotBlank();
            for (String part : p.quote().split(java.util.regex.Pattern.quote(Rule.QUOTE_SEPARATOR))) {
                assertThat(seed).as("quote of %s", p.name()).contains(part);
            }
            assertThat(p.label().zh()).as("%s zh", p.name()).containsPattern(CJK);
            assertThat(p.label().en()).as("%s en", p.name()).containsPattern(LATIN).doesNotContainPattern(CJK);
        }
    }

    @Test
    void required_everyNumberIsWrittenInTheSentenceItCites() {
        for (io.consortia.kernel.parameter.Parameter p : jurisdiction().parameters()) {
            if (valuesNotWrittenInTheirQuote().contains(p.name())) {
                continue;
            }
            List<String> forms = Numerals.forms(p);
            if (forms.isEmpty()) {
                continue;
            }
            assertThat(forms).as("%s = %s: the sentence it cites, 「%s」, writes it", p.name(), p.display(), p.quote())
                    .anyMatch(p.quote()::contains);
        }
    }

    @Test
    void required_everyRuleThresholdIsAParameterOfItsEdition() {
        for (Edition e : jurisdiction().editions()) {
            for (Rule r : e.rules()) {
                for (io.consortia.kernel.parameter.Param<?> h : r.parameters()) {
                    assertThat(e.parameter(h)).as("%s parameter %s", r.id(), h.localName()).isPresent();
                }
            }
        }
    }

    @Test
    void required_verdictFollowsTheAlgebraUnderEveryCombinationOfReadings() {
        Jurisdiction j = jurisdiction();
        List<Reading> readings = j.readings();
        for (int combo = 0; combo < (1 << readings.size()); combo++) {
            ReadingSet set = ReadingSet.defaults();
            for (int i = 0; i < readings.size(); i++) {
                set = set.with(readings.get(i), (combo & (1 << i)) != 0);
            }
            Random r = new Random(combo * 7919L + 17);
            for (int k = 0; k < 40; k++) {
                Profile p = RandomProfiles.profile(r, homeDivision(), referenceDate().getYear());
                AssessmentOptions o = AssessmentOptions.on(referenceDate()).withReadings(set);
                if (r.nextBoolean()) {
                    o = o.withRegistry(RandomProfiles.registry(r, p, jurisdictionId(), referenceDate()));
                }
                Assessment a = j.assess(p, o);
                assertThat(a.verdict()).as("readings %s", set).isEqualTo(expectedVerdict(a.findings()));
                for (Finding f : a.findings()) {
                    assertThat(f.strength()).isEqualTo(f.rule().strength(set));
                    assertThat(f.because().zh()).as("%s explains itself", f.rule().id()).isNotBlank();
                }
            }
        }
    }

    @Test
    void required_reassessingUnderOtherReadingsEqualsAssessingAfresh() {
        Jurisdiction j = jurisdiction();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = RandomProfiles.profile(r, homeDivision(), referenceDate().getYear());
            AssessmentOptions first = options(r, p);
            AssessmentOptions second = options(r, p).withAsOf(first.asOf());
            second = first.registry().map(second::withRegistry).orElse(second.withReadings(second.readings()));
            if (first.registry().isEmpty()) {
                second = new AssessmentOptions(first.asOf(), second.readings(), java.util.Optional.empty());
            }
            Assessment fresh = j.assess(p, second);
            Assessment reused = j.reassess(j.assess(p, first), second.readings(), second.overrides());
            assertThat(reused.verdict()).as("seed %s", seed).isEqualTo(fresh.verdict());
            assertThat(reused.findings()).extracting(f -> f.rule().id() + " " + f.strength() + " " + f.outcome())
                    .containsExactlyElementsOf(fresh.findings().stream().map(f -> f.rule().id() + " " + f.strength() + " " + f.outcome()).toList());
        });
    }

    @Test
    void required_eligibleProfileIsEligible() {
        Assessment a = assess(eligibleProfile());
        assertThat(a.verdict()).as("findings %s", a.findings()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void required_everyConsultedReadingIsDeclared() {
        List<String> declared = jurisdiction().readings().stream().map(Reading::id).toList();
        for (Rule r : jurisdiction().latest().rules()) {
            for (Reading reading : r.readings()) {
                assertThat(declared).contains(reading.id());
            }
        }
    }

    @Test
    void required_crossConsortiumRulesNeedARegistry() {
        Jurisdiction j = jurisdiction();
        Assessment without = j.assess(eligibleProfile(), AssessmentOptions.on(referenceDate()));
        Assessment with = j.assess(eligibleProfile(), AssessmentOptions.on(referenceDate()).withRegistry(Registry.empty()));
        long cross = j.latest().rules().stream().filter(Rule::crossConsortium).count();
        assertThat(without.findings()).noneMatch(f -> f.rule().crossConsortium());
        assertThat(with.findings()).hasSize(without.findings().size() + (int) cross);
        assertThat(with.verdict()).isEqualTo(without.verdict());
    }

    @Test
    void required_verdictFollowsTheContractAlgebraOnRandomProfiles() {
        Jurisdiction j = jurisdiction();
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = RandomProfiles.profile(r, homeDivision(), referenceDate().getYear());
            Assessment a = j.assess(p, options(r, p));
            assertThat(a.findings()).hasSizeGreaterThanOrEqualTo(
                    (int) j.latest().rules().stream().filter(rule -> !rule.crossConsortium()).count());
            assertThat(a.verdict()).isEqualTo(expectedVerdict(a.findings()));
        });
    }

    @Test
    void required_knowledgeIsMonotone() {
        Jurisdiction j = jurisdiction();
        int year = referenceDate().getYear();
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Profile p = RandomProfiles.profile(r, homeDivision(), year);
            AssessmentOptions options = options(r, p);
            List<Unknowns.Slot> slots = Unknowns.of(p, year - 4, year - 1);
            if (slots.isEmpty()) {
                return;
            }
            Unknowns.Slot slot = slots.get(r.nextInt(slots.size()));
            Profile q = slot.fill().apply(p, r);
            Assessment before = j.assess(p, options);
            Assessment after = j.assess(q, options);
            Map<String, Outcome> was = new HashMap<>();
            before.findings().forEach(f -> was.put(f.rule().id().toString(), f.outcome()));
            for (Finding f : after.findings()) {
                Outcome o = was.get(f.rule().id().toString());
                if (o != null && o.isKnown()) {
                    assertThat(f.outcome()).as("%s after filling %s", f.rule().id(), slot.description()).isEqualTo(o);
                }
            }
            if (before.verdict() != Verdict.UNDETERMINED) {
                assertThat(after.verdict()).as("verdict after filling %s", slot.description()).isEqualTo(before.verdict());
            }
        });
    }

    @Test
    void required_lifecycleInvariantsHoldOnRandomHistories() {
        Jurisdiction j = jurisdiction();
        io.consortia.kernel.lifecycle.LifecyclePolicy policy = j.latest().lifecycle()
                .orElseThrow(() -> new AssertionError(j.id() + " registers no lifecycle policy"));
        for (io.consortia.kernel.calendar.DayCount count : io.consortia.kernel.calendar.DayCount.values()) {
            io.consortia.kernel.lifecycle.Decider decider = LifecycleEditions.decider(j.latest(), Histories.calendar2024(),
                    io.consortia.kernel.calendar.CalendarMode.WEEKDAY_APPROXIMATION, count, io.consortia.kernel.parameter.Overrides.none());
            qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> LifecycleInvariants.check(decider, policy, seed));
        }
    }

    @Test
    void optional_lifecycleSourcesStateNoNumberOutsideAParameterDeclaration() throws IOException {
        // Read from the module's sources (the tests run in the module's folder): a threshold
        // written as a literal in a *Lifecycle.java escapes the parameters, --set and compare.
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java");
        if (!java.nio.file.Files.isDirectory(sources)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path f : files.filter(p -> p.getFileName().toString().endsWith("Lifecycle.java")).toList()) {
                assertThat(Literals.outsideDeclarations(java.nio.file.Files.readString(f, StandardCharsets.UTF_8)))
                        .as("%s: numbers outside a parameter declaration", f).isEmpty();
            }
        }
    }

    @Test
    void required_everyLifecycleClauseQuotesTheDocument() {
        // The kernel checks at load that a quote occurs verbatim; the contract asks that every clause has one.
        Jurisdiction j = jurisdiction();
        j.latest().lifecycle().ifPresent(p -> assertThat(p.clauses()).allSatisfy(c ->
                assertThat(c.quote()).as("%s: clause %s quotes the document", j.id(), c.ref()).isPresent()));
    }

    /** Random readings and, half the time, a random registry. */
    protected AssessmentOptions options(Random r, Profile p) {
        ReadingSet readings = ReadingSet.defaults();
        for (Reading reading : jurisdiction().readings()) {
            readings = readings.with(reading, r.nextBoolean());
        }
        AssessmentOptions o = AssessmentOptions.on(referenceDate()).withReadings(readings);
        return r.nextBoolean() ? o.withRegistry(RandomProfiles.registry(r, p, jurisdictionId(), referenceDate())) : o;
    }

    /** Contract §2, restated independently of {@link Verdict#of}. */
    protected static Verdict expectedVerdict(List<Finding> findings) {
        Optional<Finding> mandatoryFail = findings.stream()
                .filter(f -> f.strength() == io.consortia.kernel.outcome.Strength.MANDATORY && f.outcome() == Outcome.FAIL).findAny();
        if (mandatoryFail.isPresent()) {
            return Verdict.INELIGIBLE;
        }
        if (findings.stream().anyMatch(f -> f.strength().bindsVerdict() && f.outcome() == Outcome.UNKNOWN)) {
            return Verdict.UNDETERMINED;
        }
        if (findings.stream().anyMatch(f -> f.strength() == io.consortia.kernel.outcome.Strength.PRESUMPTIVE && f.outcome() == Outcome.FAIL)) {
            return Verdict.ELIGIBLE_WITH_DEVIATIONS;
        }
        return Verdict.ELIGIBLE;
    }
}

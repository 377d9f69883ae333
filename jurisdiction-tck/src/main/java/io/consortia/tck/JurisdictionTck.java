package io.consortia.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.rule.Tests;
import io.consortia.kernel.text.Text;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract every jurisdiction module passes. A module's tests extend this class and supply
 * its provider, a profile its policy makes ELIGIBLE and a division code inside it; the suite
 * checks the rest. {@code required_*} tests are the contract, {@code optional_*} ones good
 * practice. A failing check names the rule, parameter, fact or step at fault.
 *
 * <p>What it checks: the provider loads into the kernel without faults and is found through
 * {@link ServiceLoader} on the module path, by its id, from a named module that {@code provides}
 * it; identity and documents are complete; rule ids are unique and well formed; every quote (of a
 * rule, a parameter, a lifecycle clause) occurs verbatim in the bundled document; every parameter
 * has a unit, a clause and a quote, and its number is written in that quote; own facts are well
 * declared and used; the verdict follows the contract's algebra and knowledge is monotone on
 * generated profiles (own facts included); reassessing equals assessing afresh; the lifecycle is
 * well formed ({@link #lifecycleContract()}); the provider's sources state no threshold as a
 * literal.
 *
 * @since 0.3
 */
public abstract class JurisdictionTck {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CATALOG_ID = Pattern.compile("[A-Z]+[0-9]+(\\.[a-z0-9]+)?");

    /** What each provider class built into, once per JVM. */
    private static final Map<Class<?>, Either<List<String>, Jurisdiction>> BUILT = new ConcurrentHashMap<>();

    // ------------------------------------------------------------------ what a module supplies

    /** A new instance of the jurisdiction's provider, as its module registers it. */
    protected abstract JurisdictionProvider provider();

    /** A profile that the policy makes ELIGIBLE under default readings on {@link #referenceDate()}. */
    protected abstract Profile eligibleProfile();

    /** A division code inside the jurisdiction, for generated profiles. */
    protected abstract String homeDivision();

    /** The reference date of the tests. */
    protected LocalDate referenceDate() {
        return LocalDate.of(2025, 6, 1);
    }

    /**
     * The document text the module bundles for an edition, which every quote must occur in: by
     * default {@code seed.txt} in the provider's package, read from the module's resources.
     */
    protected String bundledDocument(Edition edition) {
        Class<?> type = provider().getClass();
        String name = "/" + type.getPackageName().replace('.', '/') + "/seed.txt";
        try (InputStream in = type.getModule().getResourceAsStream(name)) {
            assertThat(in).as("the bundled document %s in module %s", name, type.getModule().getName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the jurisdiction registers a lifecycle (then it must be well formed). */
    protected boolean hasLifecycle() {
        return true;
    }

    /** The lifecycle checks: an extension point for when the lifecycle model changes. */
    protected LifecycleContract lifecycleContract() {
        return LifecycleContract.coreStates();
    }

    /**
     * Where the provider's sources are, for the check that no threshold is a literal: by default
     * {@code src/main/java} under the working directory (the module's, under Maven).
     */
    protected Path sources() {
        return Path.of("src", "main", "java");
    }

    /**
     * Parameters whose value the sentence they cite does not write out (a reading's alternative
     * threshold, say), by full name, each a deliberate exception. None by default.
     */
    protected Set<String> valuesNotWrittenInTheirQuote() {
        return Set.of();
    }

    // ------------------------------------------------------------------ helpers for the suite and subclasses

    /**
     * The jurisdiction the provider registers, built by the kernel. When the kernel refuses it,
     * the checks that need it are aborted (reported as skipped): {@link
     * #required_providerLoadsWithoutFaults} fails alone, with every fault.
     */
    protected Jurisdiction jurisdiction() {
        Either<List<String>, Jurisdiction> built = built();
        if (built.isLeft()) {
            Assumptions.abort("the provider does not load (see required_providerLoadsWithoutFaults): "
                    + String.join("; ", built.getLeft()));
        }
        return built.get();
    }

    private Either<List<String>, Jurisdiction> built() {
        JurisdictionProvider p = provider();
        return BUILT.computeIfAbsent(p.getClass(), c -> JurisdictionCatalog.of(List.of(p)).map(cat -> cat.all().get(0)));
    }

    /** The jurisdiction's id. */
    protected String jurisdictionId() {
        return jurisdiction().id();
    }

    /** Every installed jurisdiction, found through ServiceLoader as in production. */
    protected static JurisdictionCatalog catalog() {
        return Installed.catalog();
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

    /** A generated profile of the jurisdiction, its own facts stated now and then. */
    protected Profile randomProfile(Random r) {
        return RandomProfiles.profile(r, homeDivision(), referenceDate().getYear(), jurisdiction().facts());
    }

    /** Fails listing the faults, when there are any. */
    private static void noFaults(String what, List<String> faults) {
        if (!faults.isEmpty()) {
            throw new AssertionError(what + ":\n  " + String.join("\n  ", faults));
        }
    }

    // ------------------------------------------------------------------ loading and finding

    @Test
    void required_providerLoadsWithoutFaults() {
        Either<List<String>, Jurisdiction> built = built();
        noFaults("the kernel refuses the provider", built.isLeft() ? built.getLeft() : List.of());
    }

    @Test
    void required_providerIsFoundThroughServiceLoaderOnTheModulePath() {
        Class<?> type = provider().getClass();
        List<ServiceLoader.Provider<JurisdictionProvider>> found = ServiceLoader.load(JurisdictionProvider.class).stream()
                .filter(p -> p.type().equals(type)).toList();
        assertThat(found).as("providers of class %s found through ServiceLoader", type.getName()).hasSize(1);
        Module module = type.getModule();
        assertThat(module.isNamed()).as("%s is in a named module (on the module path), not on the class path", type.getName()).isTrue();
        ModuleDescriptor d = module.getDescriptor();
        assertThat(d.isAutomatic()).as("module %s has a module-info.java (it is not an automatic module)", module.getName()).isFalse();
        assertThat(d.provides()).as("module %s: provides %s with %s", module.getName(), JurisdictionProvider.class.getName(), type.getName())
                .anyMatch(p -> p.service().equals(JurisdictionProvider.class.getName()) && p.providers().contains(type.getName()));
        assertThat(d.exports()).as("module %s exports nothing (it provides the service; the kernel reads it)", module.getName()).isEmpty();
        String id = jurisdictionId();
        assertThat(catalog().get(id)).as("the installed catalog has jurisdiction %s", id).isPresent();
    }

    // ------------------------------------------------------------------ metadata

    @Test
    void required_identityAndDocumentsAreComplete() {
        Jurisdiction j = jurisdiction();
        List<String> faults = new ArrayList<>();
        speaksBoth("the jurisdiction's name", j.identity().name(), faults);
        assertThat(j.editions()).as("editions").isNotEmpty();
        for (Edition e : j.editions()) {
            String where = "edition 《" + e.document().title().zh() + "》";
            if (!CJK.matcher(e.document().title().zh()).find()) {
                faults.add(where + ": the title is not in Chinese");
            }
            if (e.document().issuer().zh().isBlank()) {
                faults.add(where + ": no issuer");
            }
            if (e.document().status().isEmpty()) {
                faults.add(where + ": no status");
            }
            if (!e.document().text().equals(bundledDocument(e))) {
                faults.add(where + ": the registered text is not the bundled document");
            }
            if (e.rules().isEmpty()) {
                faults.add(where + ": no rules");
            }
        }
        noFaults("incomplete metadata", faults);
    }

    @Test
    void required_ruleIdsAreUniqueAndWellFormed() {
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            Set<RuleId> seen = new HashSet<>();
            for (Rule r : e.rules()) {
                if (!seen.add(r.id())) {
                    faults.add("rule " + r.id() + " appears twice in 《" + e.document().title().zh() + "》");
                }
                if (!r.id().jurisdiction().equals(jurisdictionId())) {
                    faults.add("rule " + r.id() + " is not named after the jurisdiction " + jurisdictionId());
                }
                if (!CATALOG_ID.matcher(r.id().catalogId()).matches()) {
                    faults.add("rule " + r.id() + ": a catalog id is letters, digits and an optional suffix, like S5 or S5.a");
                }
            }
        }
        noFaults("rule ids", faults);
    }

    @Test
    void required_everyQuoteOccursVerbatimInTheBundledDocument() {
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            String doc = bundledDocument(e);
            for (Rule r : e.rules()) {
                for (String part : r.quoteParts()) {
                    if (!doc.contains(part)) {
                        faults.add("rule " + r.id() + " quotes text not in the document: " + part);
                    }
                }
            }
            for (Parameter p : e.parameters()) {
                for (String part : p.quote().split(Pattern.quote(Rule.QUOTE_SEPARATOR))) {
                    if (!doc.contains(part)) {
                        faults.add("parameter " + p.name() + " quotes text not in the document: " + part);
                    }
                }
            }
        }
        noFaults("quotes", faults);
    }

    @Test
    void required_everyRuleSpeaksChineseAndEnglish() {
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            for (Rule r : e.rules()) {
                speaksBoth("rule " + r.id(), r.requirement(), faults);
                if (r.clause().isBlank()) {
                    faults.add("rule " + r.id() + " has no clause");
                }
            }
        }
        noFaults("rules", faults);
    }

    @Test
    void required_everyParameterHasAUnitAClauseAndAQuote() {
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            for (Parameter p : e.parameters()) {
                String what = "parameter " + p.name();
                if (!p.name().startsWith(jurisdictionId() + ".")) {
                    faults.add(what + " is not named after the jurisdiction");
                }
                if (p.unit() == null) {
                    faults.add(what + " has no unit");
                }
                if (p.clause().isBlank()) {
                    faults.add(what + " has no clause");
                }
                if (p.quote().isBlank()) {
                    faults.add(what + " has no quote");
                }
                speaksBoth(what, p.label(), faults);
            }
        }
        noFaults("parameters", faults);
    }

    @Test
    void required_everyNumberIsWrittenInTheSentenceItCites() {
        List<String> faults = new ArrayList<>();
        for (Parameter p : jurisdiction().parameters()) {
            List<String> forms = Numerals.forms(p);
            if (valuesNotWrittenInTheirQuote().contains(p.name()) || forms.isEmpty()) {
                continue;
            }
            if (forms.stream().noneMatch(p.quote()::contains)) {
                faults.add("parameter " + p.name() + " = " + p.display() + ": the sentence it cites, 「" + p.quote() + "」, does not write it");
            }
        }
        noFaults("parameter values", faults);
    }

    @Test
    void required_everyRuleThresholdIsAParameterOfItsEdition() {
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            for (Rule r : e.rules()) {
                for (Param<?> h : r.parameters()) {
                    if (e.parameter(h).isEmpty()) {
                        faults.add("rule " + r.id() + " reads parameter " + h.localName() + ", which its edition does not declare");
                    }
                }
            }
        }
        noFaults("thresholds", faults);
    }

    @Test
    void required_everyConsultedReadingIsDeclared() {
        List<String> declared = jurisdiction().readings().stream().map(Reading::id).toList();
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            for (Rule r : e.rules()) {
                for (Reading reading : r.readings()) {
                    if (!declared.contains(reading.id())) {
                        faults.add("rule " + r.id() + " consults reading " + reading.id() + ", which is not declared");
                    }
                }
            }
        }
        noFaults("readings", faults);
    }

    @Test
    void required_ownFactsAreWellDeclaredAndUsed() {
        Jurisdiction j = jurisdiction();
        List<String> faults = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<OwnFact<?>> tested = new HashSet<>();
        j.editions().forEach(e -> e.rules().forEach(r -> tested.addAll(Tests.ownFacts(r.test()))));
        for (OwnFact<?> f : j.facts()) {
            String what = "fact " + f.key();
            if (!keys.add(f.key())) {
                faults.add(what + " is declared twice");
            }
            if (!f.jurisdiction().equals(j.id())) {
                faults.add(what + " is not named after the jurisdiction " + j.id());
            }
            speaksBoth(what, f.label(), faults);
            for (FactType.Choice c : f.type().choices()) {
                speaksBoth(what + ", choice " + c.key(), c.label(), faults);
            }
            if (!tested.contains(f)) {
                faults.add(what + " is declared but no rule tests it");
            }
        }
        for (OwnFact<?> f : tested) {
            if (!j.facts().contains(f)) {
                faults.add("fact " + f.key() + " is tested but the jurisdiction does not declare it");
            }
        }
        noFaults("own facts", faults);
    }

    private static void speaksBoth(String what, Text text, List<String> faults) {
        if (!CJK.matcher(text.zh()).find()) {
            faults.add(what + ": its Chinese text has no Chinese: " + text.zh());
        }
        if (!LATIN.matcher(text.en()).find() || CJK.matcher(text.en()).find()) {
            faults.add(what + ": its English text is not English: " + text.en());
        }
    }

    // ------------------------------------------------------------------ behaviour on generated profiles

    @Test
    void required_eligibleProfileIsEligible() {
        Assessment a = assess(eligibleProfile());
        assertThat(a.verdict()).as("failing %s, unknown %s", ids(a, Outcome.FAIL), ids(a, Outcome.UNKNOWN)).isEqualTo(Verdict.ELIGIBLE);
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
                Profile p = randomProfile(r);
                AssessmentOptions o = AssessmentOptions.on(referenceDate()).withReadings(set);
                if (r.nextBoolean()) {
                    o = o.withRegistry(RandomProfiles.registry(r, p, j.id(), referenceDate()));
                }
                Assessment a = j.assess(p, o);
                assertThat(a.verdict()).as("readings %s", set).isEqualTo(expectedVerdict(a.findings()));
                for (Finding f : a.findings()) {
                    assertThat(f.strength()).as("strength of %s under %s", f.rule().id(), set).isEqualTo(f.rule().strength(set));
                    assertThat(f.because().zh()).as("%s explains itself", f.rule().id()).isNotBlank();
                }
            }
        }
    }

    @Test
    void required_verdictFollowsTheContractAlgebraOnRandomProfiles() {
        Jurisdiction j = jurisdiction();
        Seeds.check(300, seed -> {
            Random r = new Random(seed);
            Profile p = randomProfile(r);
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
        Seeds.check(300, seed -> {
            Random r = new Random(seed);
            Profile p = randomProfile(r);
            AssessmentOptions options = options(r, p);
            List<Unknowns.Slot> slots = Unknowns.of(p, year - 4, year - 1, j.facts());
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
                    assertThat(f.outcome()).as("rule %s after filling %s", f.rule().id(), slot.description()).isEqualTo(o);
                }
            }
            if (before.verdict() != Verdict.UNDETERMINED) {
                assertThat(after.verdict()).as("verdict after filling %s", slot.description()).isEqualTo(before.verdict());
            }
        });
    }

    @Test
    void required_reassessingUnderOtherReadingsEqualsAssessingAfresh() {
        Jurisdiction j = jurisdiction();
        Seeds.check(200, seed -> {
            Random r = new Random(seed);
            Profile p = randomProfile(r);
            AssessmentOptions first = options(r, p);
            AssessmentOptions other = options(r, p);
            AssessmentOptions second = new AssessmentOptions(first.asOf(), other.readings(), first.registry(), other.overrides());
            Assessment fresh = j.assess(p, second);
            Assessment reused = j.reassess(j.assess(p, first), second.readings(), second.overrides());
            assertThat(reused.verdict()).isEqualTo(fresh.verdict());
            assertThat(reused.findings()).extracting(f -> f.rule().id() + " " + f.strength() + " " + f.outcome())
                    .containsExactlyElementsOf(fresh.findings().stream().map(f -> f.rule().id() + " " + f.strength() + " " + f.outcome()).toList());
        });
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

    // ------------------------------------------------------------------ lifecycle

    @Test
    void required_lifecycleIsRegisteredWhenDeclared() {
        Jurisdiction j = jurisdiction();
        for (Edition e : j.editions()) {
            if (e == j.latest()) {
                assertThat(e.lifecycle().isPresent()).as("the newest edition registers a lifecycle (hasLifecycle() says %s)", hasLifecycle())
                        .isEqualTo(hasLifecycle());
            }
        }
    }

    @Test
    void required_lifecycleIsWellFormed() {
        List<String> faults = new ArrayList<>();
        for (Edition e : jurisdiction().editions()) {
            if (e.lifecycle().isPresent()) {
                faults.addAll(lifecycleContract().faults(e, bundledDocument(e)));
            }
        }
        noFaults("the lifecycle", faults);
    }

    @Test
    void required_lifecycleInvariantsHoldOnRandomHistories() {
        Edition latest = jurisdiction().latest();
        if (latest.lifecycle().isPresent()) {
            lifecycleContract().checkHistories(latest, 300);
        }
    }

    // ------------------------------------------------------------------ sources

    /**
     * Reads the sources of the provider's package, its {@code *Lifecycle.java} included: a
     * threshold written as a literal escapes the parameters, {@code --set}, {@code compare} and
     * the quote check.
     */
    @Test
    void required_providerSourcesStateNoThresholdAsALiteral() throws IOException {
        Class<?> type = provider().getClass();
        while (type.getEnclosingClass() != null) {
            type = type.getEnclosingClass();
        }
        Path dir = sources().resolve(type.getPackageName().replace('.', '/'));
        Path file = dir.resolve(type.getSimpleName() + ".java");
        assertThat(file).as("the provider's source (override sources() if the tests do not run in the module's folder)").isRegularFile();
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                for (String at : Literals.outsideDeclarations(Files.readString(f, StandardCharsets.UTF_8))) {
                    faults.add(f.getFileName() + ", " + at);
                }
            }
        }
        noFaults("numbers outside a parameter declaration (declare them as parameters)", faults);
    }

    // ------------------------------------------------------------------ shared

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
                .filter(f -> f.strength() == Strength.MANDATORY && f.outcome() == Outcome.FAIL).findAny();
        if (mandatoryFail.isPresent()) {
            return Verdict.INELIGIBLE;
        }
        if (findings.stream().anyMatch(f -> f.strength().bindsVerdict() && f.outcome() == Outcome.UNKNOWN)) {
            return Verdict.UNDETERMINED;
        }
        if (findings.stream().anyMatch(f -> f.strength() == Strength.PRESUMPTIVE && f.outcome() == Outcome.FAIL)) {
            return Verdict.ELIGIBLE_WITH_DEVIATIONS;
        }
        return Verdict.ELIGIBLE;
    }
}

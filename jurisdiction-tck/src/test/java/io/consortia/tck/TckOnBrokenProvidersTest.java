package io.consortia.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.tck.samples.Sampleland;
import io.consortia.tck.samples.literal.LiteralThreshold;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The TCK run, through the JUnit Platform as a build runs it, on a well-formed sample jurisdiction
 * and on deliberately broken ones: each fault is caught, and the failure names it.
 */
class TckOnBrokenProvidersTest {

    /** The suite on a sample provider; not run by itself (a nested class), only through {@link #failures}. */
    abstract static class SampleSuite extends JurisdictionTck {
        @Override
        protected Profile eligibleProfile() {
            ImmutableProfile.Builder b = ImmutableProfile.builder().name("样本联合体").leadId("m1");
            for (int i = 1; i <= 3; i++) {
                b.addMembers(Fixtures.member("m" + i, UnitKind.ENTERPRISE, "379901").putOwnFacts("sampleland.hnteCertified", true).build());
            }
            return b.build();
        }

        @Override
        protected String homeDivision() {
            return DivisionCode.of("379901").value();
        }

        @Override
        protected Path sources() {
            return Path.of("src", "test", "java");
        }
    }

    static final class WellFormed extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new Sampleland();
        }
    }

    static final class DuplicateRuleId extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new Sampleland.DuplicateRuleId();
        }
    }

    static final class QuoteNotInDocument extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new Sampleland.QuoteNotInDocument();
        }
    }

    static final class ParameterWithoutClause extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new Sampleland.ParameterWithoutClause();
        }
    }

    static final class UnreachablePhase extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new Sampleland.UnreachablePhase();
        }
    }

    static final class UnusedFact extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new Sampleland.UnusedFact();
        }
    }

    static final class Literal extends SampleSuite {
        @Override
        protected JurisdictionProvider provider() {
            return new LiteralThreshold();
        }

        @Override
        protected String bundledDocument(Edition edition) {
            return Sampleland.DOCUMENT;
        }
    }

    /** Each failed test of the suite, as {@code name: message}. */
    private static List<String> failures(Class<? extends JurisdictionTck> suite) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(suite)).execute().testEvents().failed().stream()
                .map(TckOnBrokenProvidersTest::describe).toList();
    }

    /** The failures beyond the one every sample has: ServiceLoader does not find it (no module provides a test class). */
    private static List<String> faults(Class<? extends JurisdictionTck> suite) {
        return failures(suite).stream().filter(f -> !f.startsWith(NOT_INSTALLED)).toList();
    }

    private static final String NOT_INSTALLED = "required_providerIsFoundThroughServiceLoaderOnTheModulePath()";

    private static String describe(Event e) {
        String name = e.getTestDescriptor().getDisplayName();
        return name + ": " + e.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("");
    }

    @Test
    void aWellFormedSampleFailsOnlyForNotBeingInstalled() {
        // The sample is a class of these tests, which no module provides: ServiceLoader cannot find it.
        assertThat(failures(WellFormed.class)).singleElement().asString().startsWith(NOT_INSTALLED);
    }

    @Test
    void aDuplicateRuleIdIsNamed() {
        assertThat(failures(DuplicateRuleId.class)).anySatisfy(f -> assertThat(f)
                .startsWith("required_providerLoadsWithoutFaults()").contains("rule sampleland.S1 registered twice"));
    }

    @Test
    void aQuoteNotInTheDocumentIsNamed() {
        assertThat(failures(QuoteNotInDocument.class)).anySatisfy(f -> assertThat(f)
                .startsWith("required_providerLoadsWithoutFaults()")
                .contains("the quote of sampleland.S1 does not occur verbatim in the document: 成员单位一般不少于5个。"));
    }

    @Test
    void aParameterWithoutAClauseIsNamed() {
        assertThat(failures(ParameterWithoutClause.class)).anySatisfy(f -> assertThat(f)
                .startsWith("required_providerLoadsWithoutFaults()").contains("parameter sampleland.S1.minimum has no clause"));
    }

    @Test
    void anUnreachablePhaseIsNamedWithItsStep() {
        assertThat(faults(UnreachablePhase.class)).singleElement().asString()
                .startsWith("required_lifecycleIsWellFormed()").contains("phase EXPIRED is unreachable", "steps in it: renewal");
    }

    @Test
    void aFactNoRuleTestsIsNamed() {
        assertThat(faults(UnusedFact.class)).singleElement().asString()
                .startsWith("required_ownFactsAreWellDeclaredAndUsed()").contains("fact sampleland.patents is declared but no rule tests it");
    }

    @Test
    void aThresholdWrittenAsALiteralIsNamedWithItsLine() {
        assertThat(faults(Literal.class)).singleElement().asString()
                .startsWith("required_providerSourcesStateNoThresholdAsALiteral()").contains("LiteralThreshold.java, line 11: 3");
    }
}

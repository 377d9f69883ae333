package io.consortia.jurisdiction.neimenggu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.Naming;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registered document, outline, rule table and support measures match the catalog. */
class NeimengguEditionTest {

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("neimenggu");
    }

    private static Edition edition() {
        return jurisdiction().latest();
    }

    @Test
    void identityIsInnerMongoliaWithRegionPrefix15() {
        assertThat(jurisdiction().editions()).hasSize(1);
        assertThat(jurisdiction().identity().region().prefix()).isEqualTo("15");
        assertThat(jurisdiction().identity().name().zh()).isEqualTo("内蒙古自治区");
    }

    @Test
    void documentHasNoNumberAndWasIssuedOn19December2024() {
        var d = edition().document();
        assertThat(d.title().zh()).isEqualTo("内蒙古自治区重点产业链创新联合体建设实施方案");
        assertThat(d.number()).isEmpty();
        assertThat(d.issued()).contains(LocalDate.of(2024, 12, 19));
        assertThat(d.status()).containsExactly(DocumentStatus.IN_FORCE);
        assertThat(edition().inForceFrom()).contains(LocalDate.of(2024, 12, 19));
    }

    @Test
    void rulesFollowTheCatalogTableInOrder() {
        assertThat(edition().rules())
                .extracting(r -> r.id().catalogId(), Rule::strength, Rule::clause, Rule::crossConsortium)
                .containsExactly(
                        tuple("N1", Strength.MANDATORY, "三(二)", false),
                        tuple("N2", Strength.PRESUMPTIVE, "三(二)", false),
                        tuple("N3", Strength.MANDATORY, "三(二)", false),
                        tuple("N4", Strength.PRESUMPTIVE, "三(二)", false),
                        tuple("N5", Strength.MANDATORY, "三(二)", false),
                        tuple("N6", Strength.PRESUMPTIVE, "三(二)", true),
                        tuple("N7", Strength.PRESUMPTIVE, "三(三)", false),
                        tuple("N8", Strength.MANDATORY, "三(三)", false),
                        tuple("N9", Strength.MANDATORY, "三(三)", false),
                        tuple("N10", Strength.MANDATORY, "三(三)", false),
                        tuple("N11", Strength.MANDATORY, "三(四)", false),
                        tuple("N12", Strength.MANDATORY, "三(二)", false),
                        tuple("N13", Strength.MANDATORY, "三(三)", false));
    }

    @Test
    void onlyN5AndN10ConsultReadingsAndN6NotR6() {
        assertThat(edition().rules()).filteredOn(r -> !r.readings().isEmpty())
                .extracting(r -> r.id().catalogId(), r -> r.readings().stream().map(Reading::id).toList())
                .containsExactly(tuple("N5", List.of("R2", "R8")), tuple("N10", List.of("R3")));
    }

    @Test
    void everyThresholdIsAParameterCitingItsSentence() {
        assertThat(edition().parameters())
                .extracting(Parameter::name, Parameter::display, Parameter::unit, Parameter::clause)
                .containsExactlyInAnyOrder(
                        tuple("neimenggu.target.count", "30", Unit.COUNT, "二"),
                        tuple("neimenggu.target.year", "2027", Unit.YEAR, "二"),
                        tuple("neimenggu.N4.levels", "NATIONAL,PROVINCIAL", Unit.LIST, "三(二)"),
                        tuple("neimenggu.N5.share", "0.03", Unit.SHARE, "三(二)"),
                        tuple("neimenggu.N5.amount", "100000000", Unit.CNY, "三(二)"),
                        tuple("neimenggu.N5.years", "3", Unit.YEARS, "三(二)"),
                        tuple("neimenggu.N7.minimum", "10", Unit.COUNT, "三(三)"),
                        tuple("neimenggu.N8.share", "0.5", Unit.SHARE, "三(三)"),
                        tuple("neimenggu.N9.share", "0.5", Unit.SHARE, "三(三)"),
                        tuple("neimenggu.N10.positions", "3", Unit.COUNT, "三(三)"),
                        tuple("neimenggu.N10.positions.two", "2", Unit.COUNT, "三(三)"));
        assertThat(edition().parameters()).allSatisfy(p -> assertThat(edition().document().quotes(p.quote())).as(p.name()).isTrue());
        assertThat(edition().rules()).filteredOn(r -> r.id().catalogId().equals("N5")).singleElement()
                .satisfies(r -> assertThat(r.parameters()).extracting(Param::localName)
                        .containsExactly("N5.share", "N5.amount", "N5.years"));
    }

    @Test
    void anOverrideOfAParameterChangesTheVerdictForThatRunOnly() {
        Profile nine = Fixtures.without(NeimengguProfiles.eligible(), "m10");
        Overrides nineSuffice = Overrides.parse(List.of("neimenggu.N7.minimum=9"), edition()::parameter).get();
        LocalDate on = LocalDate.of(2025, 6, 1);
        assertThat(jurisdiction().assess(nine, AssessmentOptions.on(on)).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(jurisdiction().assess(nine, AssessmentOptions.on(on).withOverrides(nineSuffice)).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Overrides lowerAmount = Overrides.parse(List.of("neimenggu.N5.amount=50000000"), edition()::parameter).get();
        Profile weak = NeimengguRulesTest.leadFinances(NeimengguProfiles.eligible(),
                10_000_000_000L, 50_000_000L, 10_000_000_000L, 50_000_000L, 10_000_000_000L, 60_000_000L);
        assertThat(jurisdiction().assess(weak, AssessmentOptions.on(on)).verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(jurisdiction().assess(weak, AssessmentOptions.on(on).withOverrides(lowerAmount)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void quotesAreInTheSeedsTraditionalCharacters() {
        Rule n5 = jurisdiction().rule(io.consortia.kernel.rule.RuleId.parse("neimenggu.N5").orElseThrow()).orElseThrow();
        assertThat(n5.quote()).isEqualTo("近三年研究開發費用占營收比例不低于3%或年度研發費用不低于1億元。");
        assertThat(edition().document().paragraphOf(n5.quote())).hasValueSatisfying(p -> assertThat(p).startsWith("(二)優勢企業牽頭。"));
    }

    @Test
    void officialNameFollowsThePatternOf4_5() {
        Naming naming = edition().outline().naming().orElseThrow();
        assertThat(naming.render(" 稀土新材料 ")).isEqualTo("内蒙古自治区稀土新材料产业链创新联合体");
        assertThat(naming.clause()).isEqualTo("四(五)");
        assertThat(edition().document().quotes(naming.asWritten())).isTrue();
    }

    @Test
    void aboutThirtyConsortiaBy2027ApprovedTopDownWithNoListedFields() {
        var outline = edition().outline();
        assertThat(outline.target()).hasValueSatisfying(t -> {
            assertThat(t.count()).isEqualTo(30);
            assertThat(t.atLeast()).isFalse();
            assertThat(t.byYear()).isEqualTo(2027);
            assertThat(t.clause()).isEqualTo("二");
        });
        assertThat(outline.route().formation()).isEqualTo(Route.Formation.APPROVAL);
        assertThat(outline.route().initiative()).isEqualTo(Route.Initiative.TOP_DOWN);
        assertThat(outline.fields()).isEmpty();
        assertThat(outline.fieldsNote().zh()).contains("未列举");
    }

    @Test
    void tenSupportMeasuresOneClauseEachWithoutAmounts() {
        assertThat(edition().measures())
                .extracting(SupportMeasure::clause, SupportMeasure::category)
                .containsExactly(
                        tuple("五(一)", MeasureCategory.POLICY_PARTICIPATION),
                        tuple("五(二)", MeasureCategory.POLICY_PARTICIPATION),
                        tuple("五(三)", MeasureCategory.PROJECTS),
                        tuple("五(四)", MeasureCategory.PROJECTS),
                        tuple("五(五)", MeasureCategory.FUNDING),
                        tuple("五(六)", MeasureCategory.TALENT),
                        tuple("五(七)", MeasureCategory.FINANCE),
                        tuple("五(八)", MeasureCategory.SHARED_FACILITIES),
                        tuple("五(九)", MeasureCategory.PLATFORM),
                        tuple("五(十)", MeasureCategory.REFORM_PILOTS));
        assertThat(edition().measures()).allSatisfy(m -> assertThat(m.capYuan()).isEmpty());
        assertThat(edition().measures()).filteredOn(m -> m.clause().equals("五(七)"))
                .singleElement().satisfies(m -> assertThat(m.description().zh()).contains("优先向金融机构推荐"));
    }
}

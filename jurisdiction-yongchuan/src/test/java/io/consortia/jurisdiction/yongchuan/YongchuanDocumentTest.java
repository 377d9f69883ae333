package io.consortia.jurisdiction.yongchuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.Outline;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Yongchuan edition says what policy-catalog.md and the seed say: document, outline, rules, measures. */
class YongchuanDocumentTest {

    private static Jurisdiction jurisdiction() {
        return Installed.jurisdiction("yongchuan");
    }

    private static Edition edition() {
        return jurisdiction().latest();
    }

    @Test
    void identityIsYongchuanDistrictByItsDivisionPrefix() {
        assertThat(jurisdiction().identity().id()).isEqualTo("yongchuan");
        assertThat(jurisdiction().identity().region().prefix()).isEqualTo("500118");
        assertThat(jurisdiction().identity().name().zh()).contains("永川");
        assertThat(jurisdiction().identity().name().en()).contains("Yongchuan");
    }

    @Test
    void documentIsThePlanIssuedByNotice27Of2023() {
        assertThat(jurisdiction().editions()).hasSize(1);
        var d = edition().document();
        assertThat(d.title().zh()).isEqualTo("永川区创新联合体试点建设管理工作方案");
        assertThat(d.number()).hasValue("永川府办发〔2023〕27号");
        assertThat(d.issuer().zh()).isEqualTo("重庆市永川区人民政府办公室");
        assertThat(d.issued()).hasValue(LocalDate.of(2023, 4, 12));
        assertThat(d.status()).containsExactly(DocumentStatus.IN_FORCE);
        assertThat(d.text()).contains(d.number().orElseThrow()).contains("2023年4月12日").contains(d.title().zh());
    }

    @Test
    void editionTakesEffectOnTheDateOfIssue() {
        assertThat(edition().inForceFrom()).hasValue(LocalDate.of(2023, 4, 12));
        assertThat(edition().inForceOn(LocalDate.of(2023, 4, 11))).isFalse();
        assertThat(edition().inForceOn(LocalDate.of(2023, 4, 12))).isTrue();
    }

    @Test
    void outlineAimsForAboutFiveByApprovalOfDirectedAndSelfAppliedConsortia() {
        Outline o = edition().outline();
        assertThat(o.target()).hasValueSatisfying(t -> {
            assertThat(t.count()).isEqualTo(5);
            assertThat(t.atLeast()).as("左右 is about, not at least").isFalse();
            assertThat(t.byYear()).isEqualTo(2027);
            assertThat(t.clause()).isEqualTo("二");
        });
        assertThat(o.route().formation()).isEqualTo(Route.Formation.APPROVAL);
        assertThat(o.route().initiative()).isEqualTo(Route.Initiative.MIXED);
        assertThat(o.route().clause()).isEqualTo("四(一)");
        assertThat(o.fields()).isEmpty();
        assertThat(o.fieldsNote().zh()).contains("2235");
    }

    @Test
    void officialNameFollowsTheNamingPattern() {
        var naming = edition().outline().naming().orElseThrow();
        assertThat(naming.render("智能装备")).isEqualTo("重庆市永川区智能装备创新联合体");
        assertThat(naming.clause()).isEqualTo("四(三)");
        assertThat(edition().document().text()).contains(naming.asWritten());
    }

    @Test
    void rulesAreTheCatalogTableInOrder() {
        assertThat(edition().rules())
                .extracting(r -> r.id().catalogId(), Rule::strength, Rule::clause, Rule::crossConsortium)
                .containsExactly(
                        tuple("Y1", Strength.MANDATORY, "三(一)", false),
                        tuple("Y2", Strength.PRESUMPTIVE, "三(二)", false),
                        tuple("Y3", Strength.ENCOURAGED, "三(二)", false),
                        tuple("Y4", Strength.MANDATORY, "三(三)", false),
                        tuple("Y5", Strength.ENCOURAGED, "三(三)", false),
                        tuple("Y6.a", Strength.MANDATORY, "三(四)", false),
                        tuple("Y6.b", Strength.PRESUMPTIVE, "三(四)", false),
                        tuple("Y7", Strength.MANDATORY, "三(四)", false),
                        tuple("Y8", Strength.MANDATORY, "三(二)", false),
                        tuple("Y9", Strength.MANDATORY, "三(一)", false),
                        tuple("Y10", Strength.MANDATORY, "三(二)", false));
        assertThat(edition().rules()).extracting(r -> r.id().toString()).contains("yongchuan.Y6.a", "yongchuan.Y6.b");
    }

    @Test
    void presumptiveRulesQuoteTheirHedgingWordsAndMandatoryOnesTheirModal() {
        assertThat(rule("Y2").quote()).contains("一般不少于5个");
        assertThat(rule("Y6.b").quote()).contains("原则上每季度一次");
        assertThat(rule("Y6.a").quote()).contains("应").contains("定期开展").doesNotContain("原则上");
        assertThat(rule("Y8").quote()).contains("应").contains("优势地位");
        assertThat(rule("Y10").quote()).contains("应").contains("骨干企业");
        assertThat(rule("Y9").quote()).contains("技术成果产业化能力");
        assertThat(rule("Y3").quote()).contains("可参与");
    }

    @Test
    void everyThresholdIsACitedParameter() {
        assertThat(edition().parameters())
                .extracting(Parameter::name, Parameter::unit, Parameter::value, Parameter::clause)
                .containsExactlyInAnyOrder(
                        tuple("yongchuan.target.count", Unit.COUNT, 5, "二"),
                        tuple("yongchuan.target.year", Unit.YEAR, 2027, "二"),
                        tuple("yongchuan.Y2.minimum", Unit.COUNT, 5, "三(二)"),
                        tuple("yongchuan.report.due", Unit.MONTH_DAY, java.time.MonthDay.of(1, 31), "四(四)"));
        assertThat(edition().parameters()).allSatisfy(p -> assertThat(edition().document().text()).contains(p.quote()));
        assertThat(rule("Y2").parameters()).extracting(io.consortia.kernel.parameter.Param::localName).containsExactly("Y2.minimum");
        assertThat(edition().parameter("yongchuan.Y2.minimum").orElseThrow().concept()).hasValue(Concepts.MEMBERS_MINIMUM);
    }

    @Test
    void lowerMinimumByOverrideTurnsFourUnitsEligible() {
        var four = io.consortia.tck.Fixtures.without(YongchuanProfiles.eligible(), "m4");
        var options = AssessmentOptions.on(YongchuanProfiles.ON);
        assertThat(jurisdiction().assess(four, options).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        Overrides minimum4 = Installed.catalog().overrides(List.of("yongchuan.Y2.minimum=4")).get();
        var a = jurisdiction().assess(four, options.withOverrides(minimum4));
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(a.overrides()).hasSize(1);
    }

    private static Rule rule(String id) {
        return edition().rule(new RuleId("yongchuan", id)).orElseThrow();
    }

    @Test
    void supportMeasuresCoverSectionSixAndRollingSupportWithoutAnyAmount() {
        assertThat(edition().measures())
                .extracting(SupportMeasure::category, SupportMeasure::clause)
                .containsExactly(
                        tuple(MeasureCategory.FUNDING, "六(一)"),
                        tuple(MeasureCategory.PROJECTS, "六(一)"),
                        tuple(MeasureCategory.FINANCE, "六(一)"),
                        tuple(MeasureCategory.PLATFORM, "六(二)"),
                        tuple(MeasureCategory.PERSONNEL_DISPATCH, "六(三)"),
                        tuple(MeasureCategory.POLICY_PARTICIPATION, "六(四)"),
                        tuple(MeasureCategory.COORDINATION, "六(五)"),
                        tuple(MeasureCategory.PROJECTS, "四(四)"));
        assertThat(edition().measures()).allSatisfy(m -> assertThat(m.capYuan()).as("the text states no amount").isEmpty());
        assertThat(edition().measures()).anySatisfy(m -> {
            assertThat(m.description().zh()).contains("工业科技特派员").contains("优先选派懂技术和产业发展的科技专家入驻创新联合体");
            assertThat(m.description().en()).contains("stationed in the consortium").contains("chosen first");
        });
        assertThat(edition().measures()).anySatisfy(m -> assertThat(m.description().zh()).contains("揭榜挂帅"));
    }
}

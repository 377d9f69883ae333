package io.consortia.tck.samples;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.jurisdiction.Identity;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.JurisdictionSetup;
import io.consortia.kernel.jurisdiction.Outline;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.lifecycle.Actor;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.LifecycleSetup;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Tests;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small, well-formed sample jurisdiction for the TCK's own tests, and the deliberately broken
 * variants the TCK must catch: each overrides one step of the registration.
 */
public class Sampleland implements JurisdictionProvider {

    /** The bundled document. */
    public static final String DOCUMENT = read();
    static final Clause PROCEDURE = Clause.quoted("第三条", "由牵头单位向市科技局提出申请，市科技局组织专家评审后予以备案");

    private static String read() {
        try (InputStream in = Sampleland.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("sampleland", Text.of("样本市", "Sampleland"), Region.of("3799", "样本市", "Sampleland")));
        OwnFact<Boolean> hnte = setup.memberFact("hnteCertified", FactType.BOOLEAN, "高新技术企业证书", "high-tech enterprise certificate");
        EditionSetup e = setup.edition(new Document(Text.of("样本市创新联合体管理办法（试行）", "Sampleland measures"), Optional.empty(),
                Text.of("样本市科技局", "Sampleland S&T bureau"), Optional.of(LocalDate.of(2025, 1, 1)), Set.of(DocumentStatus.IN_FORCE), DOCUMENT));
        e.outline(new Outline(Optional.empty(), Optional.empty(),
                new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP, Text.of("备案", "filing"), "第三条"), List.of(),
                Text.of("不限领域", "any field")));
        Param<Integer> members = members(e);
        e.rule("S1", Strength.MANDATORY, "第一条").quote(firstQuote()).says("成员单位不少于3个", "at least 3 member units")
                .test(Tests.memberCount(Population.ALL, members));
        e.rule(secondId(), Strength.MANDATORY, "第二条").quote("牵头单位应在本市注册，并取得高新技术企业证书。")
                .says("牵头单位为本市高新技术企业", "the lead is a local high-tech enterprise")
                .test(Tests.lead(MemberTest.holds(hnte)));
        lifecycle(e.lifecycle());
    }

    /** The minimum number of members, cited. */
    protected Param<Integer> members(EditionSetup e) {
        return e.count("S1.minimum", 3).cites("第一条", "成员单位不少于3个").means("成员单位最少数量", "minimum member units");
    }

    protected String firstQuote() {
        return "创新联合体由牵头单位和成员单位组成，成员单位不少于3个。";
    }

    protected String secondId() {
        return "S2";
    }

    /** Application, expert review and filing, under the supervision of 第四条, through the edition's registrar. */
    protected LifecycleSetup lifecycle(LifecycleSetup l) {
        return l.step(Step.of("apply", "申请", "application", CoreState.PROPOSED, PROCEDURE, Actor.APPLICANT).events(EventType.APPLIED))
                .step(Step.of("review", "专家评审", "expert review", CoreState.UNDER_REVIEW, PROCEDURE, Actor.EXPERTS).events(EventType.REVIEWED))
                .step(Step.of("filing", "备案", "filing", CoreState.UNDER_REVIEW, PROCEDURE, Actor.CITY_BUREAU).events(EventType.ESTABLISHED))
                .supervision(Clause.quoted("第四条", "本办法由市科技局负责解释。"));
    }

    /** Two rules with one id. */
    public static final class DuplicateRuleId extends Sampleland {
        @Override
        protected String secondId() {
            return "S1";
        }
    }

    /** A rule whose quote the document does not contain. */
    public static final class QuoteNotInDocument extends Sampleland {
        @Override
        protected String firstQuote() {
            return "成员单位一般不少于5个。";
        }
    }

    /** A parameter declared without its clause. */
    public static final class ParameterWithoutClause extends Sampleland {
        @Override
        protected Param<Integer> members(EditionSetup e) {
            return e.count("S1.minimum", 3).means("成员单位最少数量", "minimum member units");
        }
    }

    /** A step in a phase no transition reaches: a renewal, with no validity period that could expire. */
    public static final class UnreachablePhase extends Sampleland {
        @Override
        protected LifecycleSetup lifecycle(LifecycleSetup l) {
            return super.lifecycle(l).step(Step.of("renewal", "重新申请", "renewal", CoreState.EXPIRED, PROCEDURE, Actor.APPLICANT)
                    .events(EventType.RENEWAL_APPLIED));
        }
    }

    /** A fact declared that no rule tests. */
    public static final class UnusedFact extends Sampleland {
        @Override
        public void register(JurisdictionSetup setup) {
            super.register(setup);
            setup.memberFact("patents", FactType.NUMBER, "发明专利数", "invention patents");
        }
    }
}

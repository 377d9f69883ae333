package com.example.consortia.shili;

import static io.consortia.kernel.outcome.Strength.MANDATORY;
import static io.consortia.kernel.rule.MemberTest.academic;
import static io.consortia.kernel.rule.MemberTest.kind;
import static io.consortia.kernel.rule.Tests.count;
import static io.consortia.kernel.rule.Tests.governance;
import static io.consortia.kernel.rule.Tests.lead;
import static io.consortia.kernel.rule.Tests.memberCount;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.jurisdiction.Identity;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.JurisdictionSetup;
import io.consortia.kernel.jurisdiction.Outline;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
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
 * 示例市 Shili, an invented city: 《示例市创新联合体建设管理办法（试行）》, bundled as {@code seed.txt}.
 *
 * <p>How a jurisdiction is written: register an identity, declare the facts the kernel does not
 * know (here the 高新技术企业 certificate), start an edition with its document, declare every
 * threshold as a parameter citing its sentence, and state each rule once with its clause, its
 * quote (verbatim from the document), what it requires in Chinese and English, and its test.
 */
public final class ShiliProvider implements JurisdictionProvider {

    /** The region the city governs: a division-code prefix (invented: no real prefecture has 3399). */
    static final Region SHILI = Region.of("3399", "示例市", "Shili");

    @Override
    public void register(JurisdictionSetup setup) {
        setup.identity(new Identity("shili", Text.of("示例市", "Shili (an invented city)"), SHILI));

        // A fact of each member that the kernel's vocabulary lacks: profiles state it under
        // members[i].facts as shili.hnteCertified: true / false (absent: unknown).
        OwnFact<Boolean> hnte = setup.memberFact("hnteCertified", FactType.BOOLEAN,
                "持有有效的高新技术企业证书", "holds a valid high-tech enterprise certificate");

        EditionSetup e = setup.edition(new Document(
                Text.of("示例市创新联合体建设管理办法（试行）", "Shili Measures for Innovation Consortia (trial)"),
                Optional.empty(),
                Text.of("示例市科学技术局", "Shili Science and Technology Bureau"),
                Optional.of(LocalDate.of(2025, 3, 1)),
                Set.of(DocumentStatus.IN_FORCE, DocumentStatus.TRIAL),
                document()));
        // Required (else "no outline registered"): no target stated, no naming rule, the route
        // (filed, bottom-up, and the clause that says so), no industry fields listed.
        e.outline(new Outline(Optional.empty(), Optional.empty(),
                new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP,
                        Text.of("企业牵头组建，市科技局备案", "enterprise-led, filed with the city bureau"), "第一条"),
                List.of(), Text.of("不限领域", "any field")));

        Param<Integer> members = e.count("SL1.minimum", 5)
                .cites("第二条", "成员单位不少于5家")
                .means("成员单位最少数量", "least number of member units");
        Param<Integer> academics = e.count("SL2.minimum", 1)
                .cites("第二条", "其中高校或科研院所不少于1家")
                .means("高校或科研院所最少数量", "least number of universities or research institutes");

        e.rule("SL1", MANDATORY, "第二条")
                .quote("创新联合体由牵头单位和成员单位组成，成员单位不少于5家")
                .says("成员单位不少于5家（含牵头单位）", "At least 5 member units, the lead included")
                .test(memberCount(Population.ALL, members));
        e.rule("SL2", MANDATORY, "第二条")
                .quote("其中高校或科研院所不少于1家。")
                .says("至少1家高校或科研院所", "At least one university or research institute")
                .test(count(Population.ALL, academic(), academics));
        e.rule("SL3", MANDATORY, "第三条")
                .quote("牵头单位应为在本市注册的企业，并持有有效的高新技术企业证书。")
                .says("牵头单位为本市注册、持有高新技术企业证书的企业",
                        "The lead is an enterprise registered in the city that holds a high-tech enterprise certificate")
                .test(lead(kind(UnitKind.ENTERPRISE), new MemberTest.RegisteredIn(SHILI), MemberTest.holds(hnte)));
        e.rule("SL4", MANDATORY, "第四条")
                .quote("创新联合体应签订组建协议，明确各方权利义务。")
                .says("签订组建协议", "A formation agreement is signed")
                .test(governance(GovernanceItem.FORMATION_AGREEMENT));
    }

    /** The policy's text, bundled with the module. */
    static String document() {
        try (InputStream in = ShiliProvider.class.getResourceAsStream("seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

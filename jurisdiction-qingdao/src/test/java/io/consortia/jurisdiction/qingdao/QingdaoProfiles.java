package io.consortia.jurisdiction.qingdao;

import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.member;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Qingdao profiles. */
final class QingdaoProfiles {

    private QingdaoProfiles() {}

    /**
     * Eligible under default readings on 2025-06-01 (and under every alternative): a lead
     * registered in 黄岛区 (370211), an independent legal person, an innovation-leading enterprise
     * (industry leader) of nationally leading technology with strong R&D and organising ability,
     * itself MIDSTREAM in the chain (which Q2 does not count by default); three other chain
     * enterprises m4 (upstream), m5 and m6 (downstream, m6 registered in 烟台, which Q2 does not
     * mind), each with R&D supporting capability (Q12); a university and an institute with
     * qualified teams; every member other than the lead with a basis for cooperation (Q11); every
     * governance item, council, management body and construction plan included. m4 is a core
     * member, m5 is not, the others do not say.
     */
    static Profile eligible() {
        return Fixtures.profile("青岛市深远海养殖装备创新联合体", "m1")
                .field("海洋装备")
                .appliedOn(LocalDate.of(2025, 6, 1))
                .governance(Fixtures.fullGovernance())
                .addMembers(enterprise("m1", "370211")
                        .name("青岛蓝海渔装科技股份有限公司")
                        .chainPosition(ChainPosition.MIDSTREAM)
                        .putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true)
                        .putAttested(Attestation.LEADING_TECHNOLOGY, true)
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putAttested(Attestation.STRONG_RD, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .build())
                .addMembers(cooperating(member("m2", UnitKind.UNIVERSITY, "370202").name("中国海洋大学")
                        .putAttested(Attestation.QUALIFIED_TEAM, true)))
                .addMembers(cooperating(member("m3", UnitKind.RESEARCH_INSTITUTE, "370212").name("青岛海洋工程装备研究院")
                        .putAttested(Attestation.QUALIFIED_TEAM, true)))
                .addMembers(chainEnterprise(enterprise("m4", "370214").name("青岛海纲新材料有限公司")
                        .chainPosition(ChainPosition.UPSTREAM).putTraits(Trait.CORE, true)))
                .addMembers(chainEnterprise(enterprise("m5", "370281").name("胶州湾智能网箱有限公司")
                        .chainPosition(ChainPosition.DOWNSTREAM).putTraits(Trait.CORE, false)))
                .addMembers(chainEnterprise(enterprise("m6", "370602").name("烟台北海牧场发展有限公司")
                        .chainPosition(ChainPosition.DOWNSTREAM)))
                .build();
    }

    /** A member with a basis and will for cooperation with the lead (Q11). */
    static Member cooperating(ImmutableMember.Builder b) {
        return b.putAttested(Attestation.COOPERATION_BASIS, true).build();
    }

    /** An enterprise member as Q11 and Q12 ask: cooperating, with R&D supporting capability. */
    static Member chainEnterprise(ImmutableMember.Builder b) {
        return cooperating(b.putAttested(Attestation.RD_SUPPORT_CAPABILITY, true));
    }
}

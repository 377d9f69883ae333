package io.consortia.jurisdiction.qingdao;

import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.member;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Qingdao profiles. */
final class QingdaoProfiles {

    private QingdaoProfiles() {}

    /**
     * Eligible under default readings on 2025-06-01: a lead registered in 黄岛区 (370211), an
     * independent legal person of nationally leading technology with strong R&D and organising
     * ability, itself MIDSTREAM in the chain (which Q2 does not count by default); three other
     * chain enterprises m4 (upstream), m5 and m6 (downstream, m6 registered in 烟台, which Q2
     * does not mind); a university and an institute with qualified teams; every governance item,
     * council included.
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
                        .putAttested(Attestation.STRONG_RD, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .build())
                .addMembers(member("m2", UnitKind.UNIVERSITY, "370202").name("中国海洋大学")
                        .putAttested(Attestation.QUALIFIED_TEAM, true).build())
                .addMembers(member("m3", UnitKind.RESEARCH_INSTITUTE, "370212").name("青岛海洋工程装备研究院")
                        .putAttested(Attestation.QUALIFIED_TEAM, true).build())
                .addMembers(enterprise("m4", "370214").name("青岛海纲新材料有限公司").chainPosition(ChainPosition.UPSTREAM).build())
                .addMembers(enterprise("m5", "370281").name("胶州湾智能网箱有限公司").chainPosition(ChainPosition.DOWNSTREAM).build())
                .addMembers(enterprise("m6", "370602").name("烟台北海牧场发展有限公司").chainPosition(ChainPosition.DOWNSTREAM).build())
                .build();
    }
}

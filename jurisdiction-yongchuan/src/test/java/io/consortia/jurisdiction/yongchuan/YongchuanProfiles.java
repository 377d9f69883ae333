package io.consortia.jurisdiction.yongchuan;

import static io.consortia.kernel.testkit.Fixtures.academic;
import static io.consortia.kernel.testkit.Fixtures.enterprise;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Yongchuan profiles. */
final class YongchuanProfiles {

    /** The reference date of the hand-checked cases: the profiles' application date. */
    static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private YongchuanProfiles() {}

    /**
     * Eligible, and exactly on the Y2 boundary: 5 member units with the lead counted (R1 default).
     * The lead is an enterprise registered in 永川 (500118) attested as industry leader, with strong
     * R&D, organising ability and the ability to commercialise results (Y9); a university and an
     * institute, both attested to hold a leading position in their field (Y8; they also have
     * qualified teams, which Yongchuan does not ask about); one more enterprise, a backbone
     * enterprise of its segment (Y10); a technology service organisation (Y3). Every governance
     * item is in place (regular and quarterly exchange, an IP system and an IP agreement).
     */
    static Profile eligible() {
        return Fixtures.profile("重庆市永川区智能装备创新联合体", "m1")
                .field("智能装备")
                .appliedOn(ON)
                .governance(Fixtures.fullGovernance())
                .addMembers(enterprise("m1", "500118")
                        .name("重庆永川精工数控装备股份有限公司")
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putAttested(Attestation.STRONG_RD, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .putAttested(Attestation.COMMERCIALISATION, true)
                        .build())
                .addMembers(leading(academic("m2", UnitKind.UNIVERSITY, "500118"), "永川某理工学院"))
                .addMembers(leading(academic("m3", UnitKind.RESEARCH_INSTITUTE, "500108"), "重庆某工业技术研究院"))
                .addMembers(enterprise("m4", "500118").name("重庆永川伺服电机有限公司")
                        .putAttested(Attestation.BACKBONE, true)
                        .build())
                .addMembers(Fixtures.member("m5", UnitKind.SERVICE_ORGANIZATION, "500118").name("永川区科技成果转化服务中心").build())
                .build();
    }

    /** A valid credit code: the 17-character body followed by its GB 32100 check character. */
    static CreditCode creditCode(String body) {
        return CreditCode.of(body + CreditCode.checkCharacter(body));
    }

    /** A named university or institute attested to hold a leading position in its field (Y8). */
    private static Member leading(Member m, String name) {
        return ImmutableMember.builder().from(m).name(name).putAttested(Attestation.FIELD_ADVANTAGE, true).build();
    }
}

package io.consortia.jurisdiction.jiyuan;

import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.member;
import static io.consortia.kernel.testkit.Fixtures.platform;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Jiyuan profiles. */
final class JiyuanProfiles {

    private JiyuanProfiles() {}

    /**
     * Eligible, and on the bound of both shares under default readings: 5 member units (lead
     * included), every one an independent legal person (J13). m1, the lead, is a Jiyuan-registered
     * 规上 midstream enterprise, attested an industry leader with leading technology (J2), stable
     * institution cooperation (J3) and organising ability (J14), with a municipal engineering
     * technology research centre and 3 ongoing R&D projects; m2 (upstream, Jiyuan) and m3
     * (downstream, Luoyang) are 规上 enterprises with R&D and supporting capability (J16); m4 a
     * university and m5 an institute, both with qualified teams (J10); every member but the lead
     * has a basis for cooperation with it (J15). 规上 share 3/5 = 60% (J6 at its bound); chain
     * share 3/5 = 60% under R4 "any", 2/5 = 40% under R4 "updown"; every governance item in place;
     * field 有色金属. No service body: J17 has nothing to check.
     */
    static Profile eligible() {
        return Fixtures.profile("济源有色金属创新联合体", "m1")
                .field("有色金属")
                .appliedOn(LocalDate.of(2025, 6, 1))
                .governance(Fixtures.fullGovernance())
                .addMembers(enterprise("m1", "419001")
                        .putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true)
                        .putTraits(Trait.ABOVE_DESIGNATED_SIZE, true)
                        .chainPosition(ChainPosition.MIDSTREAM)
                        .ongoingRdProjects(3)
                        .addPlatforms(platform(PlatformLevel.MUNICIPAL, PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER))
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putAttested(Attestation.LEADING_TECHNOLOGY, true)
                        .putAttested(Attestation.INSTITUTION_COOPERATION, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .build())
                .addMembers(chainEnterprise("m2", "419001", ChainPosition.UPSTREAM))
                .addMembers(chainEnterprise("m3", "410311", ChainPosition.DOWNSTREAM))
                .addMembers(academic("m4", UnitKind.UNIVERSITY, "410311"))
                .addMembers(academic("m5", UnitKind.RESEARCH_INSTITUTE, "410105"))
                .build();
    }

    /** A 规上 member enterprise placed in the chain, with every member condition of J13, J15 and J16 met. */
    static Member chainEnterprise(String id, String division, ChainPosition position) {
        return partner(enterprise(id, division))
                .putTraits(Trait.ABOVE_DESIGNATED_SIZE, true)
                .chainPosition(position)
                .putAttested(Attestation.RD_SUPPORT_CAPABILITY, true)
                .build();
    }

    /** A university or institute with a qualified team (J10) meeting J13 and J15. */
    static Member academic(String id, UnitKind kind, String division) {
        return partner(member(id, kind, division)).putAttested(Attestation.QUALIFIED_TEAM, true).build();
    }

    /** A service organisation with service capability (J17) meeting J13 and J15. */
    static Member serviceBody(String id, String division) {
        return partner(member(id, UnitKind.SERVICE_ORGANIZATION, division)).putAttested(Attestation.SERVICE_CAPABILITY, true).build();
    }

    /** A non-lead member: an independent legal person (J13) with a basis for cooperation with the lead (J15). */
    private static ImmutableMember.Builder partner(ImmutableMember.Builder b) {
        return b.putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true).putAttested(Attestation.COOPERATION_BASIS, true);
    }
}

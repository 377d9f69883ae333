package io.consortia.jurisdiction.jiyuan;

import static io.consortia.kernel.testkit.Fixtures.academic;
import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.platform;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
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
     * included). m1, the lead, is a Jiyuan-registered, independent-legal-person, 规上 midstream
     * enterprise, attested an industry leader with stable institution cooperation, with a
     * municipal engineering technology research centre and 3 ongoing R&D projects; m2 (upstream,
     * Jiyuan) and m3 (downstream, Luoyang) are 规上 enterprises; m4 a university and m5 an
     * institute, both with qualified teams. 规上 share 3/5 = 60% (J6 at its bound); chain share
     * 3/5 = 60% under R4 "any", 2/5 = 40% under R4 "updown"; every governance item in place;
     * field 有色金属.
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
                        .putAttested(Attestation.INSTITUTION_COOPERATION, true)
                        .build())
                .addMembers(enterprise("m2", "419001")
                        .putTraits(Trait.ABOVE_DESIGNATED_SIZE, true)
                        .chainPosition(ChainPosition.UPSTREAM)
                        .build())
                .addMembers(enterprise("m3", "410311")
                        .putTraits(Trait.ABOVE_DESIGNATED_SIZE, true)
                        .chainPosition(ChainPosition.DOWNSTREAM)
                        .build())
                .addMembers(academic("m4", UnitKind.UNIVERSITY, "410311"))
                .addMembers(academic("m5", UnitKind.RESEARCH_INSTITUTE, "410105"))
                .build();
    }
}

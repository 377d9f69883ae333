package io.consortia.jurisdiction.suzhou;

import static io.consortia.kernel.testkit.Fixtures.academic;
import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.platform;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Suzhou profiles. */
final class SuzhouProfiles {

    private SuzhouProfiles() {}

    /**
     * Eligible: 8 member units (lead included), a Suzhou-registered independent-legal-person lead
     * with a provincial engineering technology research centre, an equity fund and every
     * attestation; two qualified academic members; three chain enterprises with R&D support
     * capability; every member with a basis for cooperation; council, expert committee,
     * secretariat, chief expert, charter, management body and construction plan.
     */
    static Profile eligible() {
        return Fixtures.profile("苏州市第三代半导体创新联合体", "m1")
                .field("电子信息")
                .appliedOn(LocalDate.of(2025, 6, 1))
                .governance(Fixtures.fullGovernance())
                .addMembers(enterprise("m1", "320505")
                        .putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true)
                        .putTraits(Trait.EQUITY_FUND, true)
                        .putTraits(Trait.LISTED, true)
                        .addPlatforms(platform(PlatformLevel.PROVINCIAL, PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER))
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putAttested(Attestation.INSTITUTION_COOPERATION, true)
                        .putAttested(Attestation.STRONG_RD, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .build())
                .addMembers(cooperating(academic("m2", UnitKind.UNIVERSITY, "320506")))
                .addMembers(cooperating(academic("m3", UnitKind.RESEARCH_INSTITUTE, "110108")))
                .addMembers(chainMember("m4", "320583", ChainPosition.UPSTREAM))
                .addMembers(chainMember("m5", "320505", ChainPosition.MIDSTREAM))
                .addMembers(chainMember("m6", "310115", ChainPosition.DOWNSTREAM))
                .addMembers(Fixtures.member("m7", UnitKind.SERVICE_ORGANIZATION, "320505").putAttested(Attestation.COOPERATION_BASIS, true).build())
                .addMembers(Fixtures.member("m8", UnitKind.FINANCIAL_INSTITUTION, "320505").putAttested(Attestation.COOPERATION_BASIS, true).build())
                .build();
    }

    /** An enterprise member of the chain with the R&D support capability and a basis for cooperation (S13, S14). */
    static Member chainMember(String id, String division, ChainPosition position) {
        return enterprise(id, division).chainPosition(position)
                .putAttested(Attestation.RD_SUPPORT_CAPABILITY, true)
                .putAttested(Attestation.COOPERATION_BASIS, true).build();
    }

    private static Member cooperating(Member m) {
        return ImmutableMember.copyOf(m).withAttested(java.util.Map.of(
                Attestation.QUALIFIED_TEAM, true, Attestation.COOPERATION_BASIS, true));
    }

    static Profile withoutGovernance(GovernanceItem item) {
        return Fixtures.governance(eligible(), item, false);
    }
}

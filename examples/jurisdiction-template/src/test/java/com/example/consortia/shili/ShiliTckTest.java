package com.example.consortia.shili;

import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.tck.JurisdictionTck;

/** Shili passes the jurisdiction contract: the TCK supplies every check, this class what it needs. */
class ShiliTckTest extends JurisdictionTck {

    @Override
    protected JurisdictionProvider provider() {
        return new ShiliProvider();
    }

    /** Five members, one a university, a certified local lead, a formation agreement. */
    @Override
    protected Profile eligibleProfile() {
        ImmutableProfile.Builder b = ImmutableProfile.builder().name("示例市智能制造创新联合体").leadId("m1")
                .putGovernance(GovernanceItem.FORMATION_AGREEMENT, true);
        // An own fact's value: a Boolean, a BigDecimal (number, amount), a choice's key or a LocalDate.
        b.addMembers(member("m1", UnitKind.ENTERPRISE).putOwnFacts("shili.hnteCertified", true).build());
        b.addMembers(member("m2", UnitKind.UNIVERSITY).build());
        for (int i = 3; i <= 5; i++) {
            b.addMembers(member("m" + i, UnitKind.ENTERPRISE).build());
        }
        return b.build();
    }

    private static ImmutableMember.Builder member(String id, UnitKind kind) {
        return ImmutableMember.builder().id(id).name("成员" + id).kind(kind).registeredIn(DivisionCode.of("339901"));
    }

    @Override
    protected String homeDivision() {
        return "339901";
    }

    /** The policy sets out no procedure: there is no lifecycle to check. */
    @Override
    protected boolean hasLifecycle() {
        return false;
    }
}

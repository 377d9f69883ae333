package io.consortia.jurisdiction.neimenggu;

import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.testkit.JurisdictionTck;

/** Inner Mongolia passes the jurisdiction contract. */
class NeimengguTckTest extends JurisdictionTck {
    @Override
    protected String jurisdictionId() {
        return "neimenggu";
    }

    @Override
    protected Profile eligibleProfile() {
        return NeimengguProfiles.eligible();
    }

    @Override
    protected String homeDivision() {
        return "150203";
    }

    /** 「應分布在產業鏈上中下游」 names the three positions (上、中、下) without the numeral; R3=two is a reading's. */
    @Override
    protected java.util.Set<String> valuesNotWrittenInTheirQuote() {
        return java.util.Set.of("neimenggu.N10.positions", "neimenggu.N10.positions.two");
    }
}

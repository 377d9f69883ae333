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
}

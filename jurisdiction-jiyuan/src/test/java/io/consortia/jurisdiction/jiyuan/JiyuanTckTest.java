package io.consortia.jurisdiction.jiyuan;

import io.consortia.kernel.profile.Profile;
import io.consortia.tck.JurisdictionTck;

/** Jiyuan passes the jurisdiction contract. */
class JiyuanTckTest extends JurisdictionTck {
    @Override
    protected String jurisdictionId() {
        return "jiyuan";
    }

    @Override
    protected Profile eligibleProfile() {
        return JiyuanProfiles.eligible();
    }

    @Override
    protected String homeDivision() {
        return "419001";
    }
}

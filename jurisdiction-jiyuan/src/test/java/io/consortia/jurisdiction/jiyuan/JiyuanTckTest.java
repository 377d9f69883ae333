package io.consortia.jurisdiction.jiyuan;

import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.Profile;
import io.consortia.tck.JurisdictionTck;

/** Jiyuan passes the jurisdiction contract. */
class JiyuanTckTest extends JurisdictionTck {
    @Override
    protected JurisdictionProvider provider() {
        return new JiyuanProvider();
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

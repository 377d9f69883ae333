package io.consortia.jurisdiction.yongchuan;

import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.Profile;
import io.consortia.tck.JurisdictionTck;

/** Yongchuan passes the jurisdiction contract. */
class YongchuanTckTest extends JurisdictionTck {
    @Override
    protected JurisdictionProvider provider() {
        return new YongchuanProvider();
    }

    @Override
    protected Profile eligibleProfile() {
        return YongchuanProfiles.eligible();
    }

    @Override
    protected String homeDivision() {
        return "500118";
    }
}

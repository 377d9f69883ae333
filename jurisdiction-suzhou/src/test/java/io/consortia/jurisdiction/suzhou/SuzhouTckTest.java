package io.consortia.jurisdiction.suzhou;

import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.Profile;
import io.consortia.tck.JurisdictionTck;

/** Suzhou passes the jurisdiction contract. */
class SuzhouTckTest extends JurisdictionTck {
    @Override
    protected JurisdictionProvider provider() {
        return new SuzhouProvider();
    }

    @Override
    protected Profile eligibleProfile() {
        return SuzhouProfiles.eligible();
    }

    @Override
    protected String homeDivision() {
        return "320505";
    }
}

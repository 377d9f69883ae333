package io.consortia.jurisdiction.qingdao;

import io.consortia.kernel.profile.Profile;
import io.consortia.tck.JurisdictionTck;

/** Qingdao passes the jurisdiction contract. */
class QingdaoTckTest extends JurisdictionTck {
    @Override
    protected String jurisdictionId() {
        return "qingdao";
    }

    @Override
    protected Profile eligibleProfile() {
        return QingdaoProfiles.eligible();
    }

    @Override
    protected String homeDivision() {
        return "370212";
    }
}

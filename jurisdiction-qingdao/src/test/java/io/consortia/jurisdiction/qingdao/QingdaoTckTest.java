package io.consortia.jurisdiction.qingdao;

import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.Profile;
import io.consortia.tck.JurisdictionTck;

/** Qingdao passes the jurisdiction contract. */
class QingdaoTckTest extends JurisdictionTck {
    @Override
    protected JurisdictionProvider provider() {
        return new QingdaoProvider();
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

/** The qingdao innovation-consortium policy, provided to the kernel as a jurisdiction. Exports nothing. */
module io.consortia.jurisdiction.qingdao {
    requires io.consortia.kernel;

    provides io.consortia.kernel.jurisdiction.JurisdictionProvider
            with io.consortia.jurisdiction.qingdao.QingdaoProvider;
}

/** The suzhou innovation-consortium policy, provided to the kernel as a jurisdiction. Exports nothing. */
module io.consortia.jurisdiction.suzhou {
    requires io.consortia.kernel;

    provides io.consortia.kernel.jurisdiction.JurisdictionProvider
            with io.consortia.jurisdiction.suzhou.SuzhouProvider;
}

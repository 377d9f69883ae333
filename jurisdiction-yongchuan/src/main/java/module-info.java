/** The yongchuan innovation-consortium policy, provided to the kernel as a jurisdiction. Exports nothing. */
module io.consortia.jurisdiction.yongchuan {
    requires io.consortia.kernel;

    provides io.consortia.kernel.jurisdiction.JurisdictionProvider
            with io.consortia.jurisdiction.yongchuan.YongchuanProvider;
}

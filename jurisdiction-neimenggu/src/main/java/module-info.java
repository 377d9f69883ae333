/** The neimenggu innovation-consortium policy, provided to the kernel as a jurisdiction. Exports nothing. */
module io.consortia.jurisdiction.neimenggu {
    requires io.consortia.kernel;

    provides io.consortia.kernel.jurisdiction.JurisdictionProvider
            with io.consortia.jurisdiction.neimenggu.NeimengguProvider;
}

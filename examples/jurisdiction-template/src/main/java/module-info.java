/**
 * The innovation-consortium policy of 示例市 (Shili, an invented city), provided to the consortia
 * kernel as a jurisdiction. Exports nothing: the kernel finds it through {@code provides}.
 */
module com.example.consortia.shili {
    requires io.consortia.kernel;

    provides io.consortia.kernel.jurisdiction.JurisdictionProvider
            with com.example.consortia.shili.ShiliProvider;
}

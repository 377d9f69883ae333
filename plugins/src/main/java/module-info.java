/**
 * The plug-in loader: finds jurisdiction providers on the module path and in folders of jars,
 * checks each jar (it holds a jurisdiction, built against a compatible kernel SPI, readable) and
 * loads them in a module layer whose parent is the boot layer, without a rebuild. Does file I/O,
 * so it is not the kernel; hosts (the CLI) call it once.
 */
module io.consortia.plugins {
    requires transitive io.consortia.kernel;

    exports io.consortia.plugins;

    uses io.consortia.kernel.jurisdiction.JurisdictionProvider;
}

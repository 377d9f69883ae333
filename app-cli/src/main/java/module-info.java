/**
 * The {@code consortia} command: assesses consortium profiles against every installed
 * jurisdiction, explains rules, compares regions. The one place that loads jurisdictions (through
 * io.consortia.plugins: the module path, the bundled folder, plug-in folders) and the one place
 * with a logging binding.
 */
module io.consortia.cli {
    requires io.consortia.kernel;
    requires io.consortia.io;
    requires io.consortia.facade;
    requires io.consortia.server;
    requires io.consortia.calendar;
    requires io.consortia.plugins;
    requires io.consortia.survey;
    requires me.tongfei.progressbar; // the progress bar of long commands (ADR 0019)
    requires org.jline.terminal; // the terminal's width, and display widths and colours of text (ADR 0021)
    requires info.picocli;
    requires info.picocli.codegen; // the man pages of `consortia man` (ADR 0021)
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;

    // The launcher's entry point in its runtime image: a module that exports a package is resolved
    // without --module, which keeps the JVM's archived module graph in use (ADR 0022).
    exports io.consortia.cli.launch;

    uses io.consortia.kernel.jurisdiction.JurisdictionProvider;

    opens io.consortia.cli to info.picocli;
}

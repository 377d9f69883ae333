/**
 * The consortia kernel: a pure domain model of innovation consortia, their rules, verdicts and
 * lifecycle. No I/O, no clock, no logging backend: time and data are inputs.
 */
module io.consortia.kernel {
    requires transitive io.vavr;
    requires static org.immutables.value;
    requires static org.immutables.encode;

    exports io.consortia.kernel.text;
    exports io.consortia.kernel.outcome;
    exports io.consortia.kernel.code;
    exports io.consortia.kernel.input;
    exports io.consortia.kernel.profile;
    exports io.consortia.kernel.reading;
    exports io.consortia.kernel.registry;
    exports io.consortia.kernel.sanction;
    exports io.consortia.kernel.rule;
    exports io.consortia.kernel.parameter;
    exports io.consortia.kernel.explain;
    exports io.consortia.kernel.gap;
    exports io.consortia.kernel.source;
    exports io.consortia.kernel.assessment;
    exports io.consortia.kernel.jurisdiction;
    exports io.consortia.kernel.lifecycle;
    exports io.consortia.kernel.calendar;

    uses io.consortia.kernel.jurisdiction.JurisdictionProvider;
}

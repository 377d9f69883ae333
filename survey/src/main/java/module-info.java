/**
 * Populations of consortia: a seeded synthetic generator built around the installed policies'
 * thresholds, and the survey of a population (verdict shares, binding constraints, a scenario's
 * transitions, reading sensitivity). Pure: the caller streams profiles in and results out.
 */
module io.consortia.survey {
    requires transitive io.consortia.kernel;

    exports io.consortia.survey;
}

/**
 * The consortium lifecycle (contract §4), run as a pure decider over one transition table. A
 * jurisdiction states its lifecycle through {@link io.consortia.kernel.lifecycle.LifecycleSetup}
 * ({@code EditionSetup.lifecycle()}): its procedure as data (steps, actors, the core state each
 * step maps to), the notice, validity, reports, grades, guards, endings, sanction, change filings,
 * remarks and transitions of its own, every threshold a parameter of the edition. The kernel builds
 * the {@link io.consortia.kernel.lifecycle.LifecyclePolicy} and its table of rows keyed by (core
 * state, event). The {@link io.consortia.kernel.lifecycle.Decider} decides each history {@link
 * io.consortia.kernel.lifecycle.Event} against a {@link io.consortia.kernel.lifecycle.LifecycleState}
 * (a {@link io.consortia.kernel.lifecycle.Phase} record and the history-wide {@link
 * io.consortia.kernel.lifecycle.Ledger}) and returns the {@link io.consortia.kernel.lifecycle.Fact}s
 * it establishes, each of which applies itself; {@link io.consortia.kernel.lifecycle.Simulator}
 * replays a history up to an as-of date, with the transitions time makes by itself, and derives
 * the obligations (reports, change filings) and sanctions. Time, the working-day calendar, the day
 * count (reading R9) and the parameter values are inputs ({@link
 * io.consortia.kernel.lifecycle.SimulationOptions}). Design: docs/adr/0014.
 */
@ValueStyle
package io.consortia.kernel.lifecycle;

import io.consortia.kernel.ValueStyle;

/**
 * The consortium lifecycle (contract §4), run as a pure decider. A jurisdiction supplies its
 * {@link io.consortia.kernel.lifecycle.LifecyclePolicy}: its procedure as data (steps, actors, the
 * core state each step maps to) and the guards and effects its text attaches to events. The
 * {@link io.consortia.kernel.lifecycle.Decider} decides each history {@link
 * io.consortia.kernel.lifecycle.Event} against a {@link io.consortia.kernel.lifecycle.LifecycleState}
 * ({@code decide}: the accepted {@link io.consortia.kernel.lifecycle.Fact}s or a rejection with its
 * reason and clause) and applies the facts ({@code evolve}); {@link
 * io.consortia.kernel.lifecycle.Simulator} replays a history up to an as-of date, with the
 * transitions time makes by itself, and derives the obligations and sanctions. Time and the
 * working-day calendar are inputs.
 */
@ValueStyle
package io.consortia.kernel.lifecycle;

import io.consortia.kernel.ValueStyle;

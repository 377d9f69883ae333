package io.consortia.tck;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Runs a property on many seeds and names the seed of a failure, so that it can be replayed with
 * {@code new Random(seed)}. The seeds are the same on every run (a contract test should not pass
 * one day and fail the next); {@code -Dconsortia.tck.seed=N} draws another sequence.
 */
public final class Seeds {

    private Seeds() {}

    /** The first seed of the sequence: {@code consortia.tck.seed}, else a fixed one. */
    static long base() {
        return Long.getLong("consortia.tck.seed", 0x5EED_2026L);
    }

    /**
     * Calls the property with {@code examples} seeds.
     *
     * @throws AssertionError the first failure, its message prefixed with the seed
     */
    public static void check(int examples, LongConsumer property) {
        SplittableRandom seeds = new SplittableRandom(base());
        for (int i = 0; i < examples; i++) {
            long seed = seeds.nextLong();
            try {
                property.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                AssertionError failed = new AssertionError("seed " + seed + " (example " + (i + 1) + " of " + examples
                        + "; replay with new Random(" + seed + "L)): " + e.getMessage(), e);
                throw failed;
            }
        }
    }
}

package io.consortia.kernel.input;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the errors and warnings of one read, in constant time each. The same problem at the
 * same place is kept once (a reader may look at a value twice). At most
 * {@link Bounds#MAX_PROBLEMS} errors and as many warnings are kept; beyond that they are counted,
 * and the last one kept says how many more there were, so a hostile file cannot make the
 * report (or its memory) grow without bound. Not thread-safe; one per read.
 */
public final class Problems {
    private final Sink errors = new Sink("error");
    private final Sink warnings = new Sink("warning");

    public void error(String path, String message) {
        errors.add(path, message);
    }

    public void warning(String path, String message) {
        warnings.add(path, message);
    }

    public Seq<Problem> errors() {
        return errors.seq();
    }

    public Seq<Problem> warnings() {
        return warnings.seq();
    }

    public boolean hasErrors() {
        return errors.count > 0;
    }

    /** Invalid with every error if any was recorded, else valid with the built value. */
    public <T> Validation<Seq<Problem>, T> result(Supplier<T> build) {
        return hasErrors() ? Validation.invalid(errors()) : Validation.valid(build.get());
    }

    private static final class Sink {
        private final String kind;
        private final Set<Problem> kept = new LinkedHashSet<>();
        private long count;

        Sink(String kind) {
            this.kind = kind;
        }

        void add(String path, String message) {
            if (kept.size() < Bounds.MAX_PROBLEMS) {
                if (kept.add(new Problem(path, message))) {
                    count++;
                }
            } else {
                count++;
            }
        }

        Seq<Problem> seq() {
            Vector<Problem> out = Vector.ofAll(kept);
            long more = count - kept.size();
            return more == 0 ? out
                    : out.append(new Problem("", "… and " + more + " more " + kind + (more == 1 ? "" : "s")
                            + " not listed (only the first " + Bounds.MAX_PROBLEMS + " are)"));
        }
    }
}

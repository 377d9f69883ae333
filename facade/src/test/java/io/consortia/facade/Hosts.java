package io.consortia.facade;

import io.consortia.io.input.TreeFile;
import io.consortia.kernel.profile.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** What the facade's tests share: one facade over the installed jurisdictions, the example profiles. */
public final class Hosts {

    /** A fixed clock: 2026-11-22 in China. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T04:00:00Z"), Consortia.CHINA);

    /** The facade over every jurisdiction on the module path, as a host discovers it. */
    public static final Consortia CONSORTIA = Consortia.discover()
            .getOrElseThrow(errors -> new IllegalStateException(String.join("; ", errors))).withClock(CLOCK);

    private Hosts() {}

    /** The example profiles (examples/*.yaml), sorted. */
    public static List<Path> examples() {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example profile, read through the facade. */
    public static Profile profile(Path p) {
        return CONSORTIA.readProfile(text(p), p.toString(), TreeFile.Format.YAML).orElseThrow();
    }
}

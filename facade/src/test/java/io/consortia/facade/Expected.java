package io.consortia.facade;

import io.consortia.io.input.InputLimits;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.registry.Registry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The examples' test cases ({@code examples/cases/*.yaml}, the format {@code consortia test}
 * reads) as facade settings: the jurisdiction, the verdict, the failing and unknown rules, under
 * the readings, registry and overrides the case names.
 */
record Expected(Path file, String jurisdiction, String verdict, List<String> failing, List<String> unknown, Settings settings) {

    private static final Path CASES = Path.of("examples", "cases");

    static List<Expected> all() {
        List<Expected> out = new ArrayList<>();
        for (Path f : files()) {
            Object tree = TreeFile.parse(Hosts.text(f), f.toString(), TreeFile.Format.YAML, InputLimits.DEFAULT).tree();
            for (Object c : (List<?>) tree) {
                Map<?, ?> kase = (Map<?, ?>) c;
                Path profile = f.getParent().resolve((String) kase.get("profile")).normalize();
                Settings base = Settings.defaults();
                if (kase.get("readings") instanceof Map<?, ?> r) {
                    Map<String, String> readings = new LinkedHashMap<>();
                    r.forEach((k, v) -> readings.put(k.toString(), option(v)));
                    base = base.withReadings(readings);
                }
                if (kase.get("set") instanceof Map<?, ?> set) {
                    List<String> specs = new ArrayList<>();
                    set.forEach((k, v) -> specs.add(k + "=" + v));
                    base = base.withOverrides(specs);
                }
                if (kase.get("registry") instanceof String r) {
                    base = base.withRegistry(registry(f.getParent().resolve(r).normalize()));
                }
                for (Map.Entry<?, ?> e : ((Map<?, ?>) kase.get("expect")).entrySet()) {
                    Map<?, ?> x = (Map<?, ?>) e.getValue();
                    String id = e.getKey().toString();
                    out.add(new Expected(profile, id, x.get("verdict").toString(), ids(x.get("failing")), ids(x.get("unknown")),
                            base.withJurisdictions(id)));
                }
            }
        }
        return out;
    }

    /** A reading's option as written ({@code no} is a boolean to YAML 1.1: the tree keeps its text). */
    private static String option(Object v) {
        return v instanceof io.consortia.kernel.input.Scalar s ? s.text() : v.toString();
    }

    private static List<Path> files() {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Registry registry(Path p) {
        return Hosts.CONSORTIA.readRegistry(Hosts.text(p), p.toString(), TreeFile.Format.YAML).orElseThrow();
    }

    private static List<String> ids(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(Object::toString).toList();
    }

    @Override
    public String toString() {
        return file.getFileName() + " in " + jurisdiction + " " + settings.readings() + settings.overrides()
                + (settings.registry().isPresent() ? " with a registry" : "");
    }
}

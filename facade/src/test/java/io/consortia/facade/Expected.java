package io.consortia.facade;

import io.consortia.io.input.TreeFile;
import io.consortia.kernel.registry.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples' {@code # expect:} lines as facade settings: the jurisdiction, the verdict, the
 * failing and unknown rules, under the readings, registry and overrides the line names.
 */
record Expected(Path file, String jurisdiction, String verdict, List<String> failing, List<String> unknown, Settings settings) {

    private static final Pattern LINE = Pattern.compile("^# expect: (\\S+) (\\S+) failing=(\\S*) unknown=(\\S*)(.*)$");

    static List<Expected> all() {
        List<Expected> out = new ArrayList<>();
        for (Path f : Hosts.examples()) {
            for (String line : Hosts.text(f).lines().toList()) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                Settings s = Settings.defaults().withJurisdictions(m.group(1));
                for (String option : m.group(5).strip().split(" +")) {
                    int eq = option.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    String value = option.substring(eq + 1);
                    switch (option.substring(0, eq)) {
                        case "readings" -> {
                            Map<String, String> r = new LinkedHashMap<>();
                            Arrays.stream(value.split(",")).forEach(x -> r.put(x.split("=")[0], x.split("=")[1]));
                            s = s.withReadings(r);
                        }
                        case "set" -> s = s.withOverrides(List.of(value.split(",")));
                        case "registry" -> s = s.withRegistry(registry(Path.of(value)));
                        default -> throw new IllegalStateException("unknown option in " + f + ": " + option);
                    }
                }
                out.add(new Expected(f, m.group(1), m.group(2), ids(m.group(3)), ids(m.group(4)), s));
            }
        }
        return out;
    }

    static Registry registry(Path p) {
        return Hosts.CONSORTIA.readRegistry(Hosts.text(p), p.toString(), TreeFile.Format.YAML).orElseThrow();
    }

    private static List<String> ids(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    @Override
    public String toString() {
        return file.getFileName() + " in " + jurisdiction + " " + settings.readings() + settings.overrides()
                + (settings.registry().isPresent() ? " with a registry" : "");
    }
}

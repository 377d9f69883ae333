package io.consortia.cli.cases;

import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.input.Bounds;
import io.consortia.kernel.input.Node;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.Problems;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import io.consortia.kernel.rule.RuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads case files (docs/formats/test-cases.md) into {@link Case}s against the installed
 * jurisdictions, collecting every problem of every file, each naming the file, the line and the
 * place: a missing field, an unknown jurisdiction, reading, verdict or rule, a bad profile or
 * registry file (its own problems, with its own lines).
 */
public final class CaseReader {

    private static final Set<String> CASE_KEYS = Set.of("name", "profile", "asOf", "readings", "set", "registry", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("verdict", "failing", "unknown");

    private final JurisdictionCatalog catalog;
    private final Inputs inputs;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public CaseReader(JurisdictionCatalog catalog, Inputs inputs) {
        this.catalog = catalog;
        this.inputs = inputs;
    }

    /** Every problem found, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every warning (an unknown field), one line each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The case files among the paths: a file is one; a folder holds every {@code .yaml}, {@code
     * .yml} and {@code .json} file under it, in name order.
     */
    public List<Path> files(List<String> paths) {
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(f -> TreeFile.Format.isYamlOrJson(f.getFileName().toString()))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        problems.add(p + ": no case files (.yaml, .yml, .json) in this folder");
                    }
                    out.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(p + ": cannot list the folder: " + e.getMessage());
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    /** The cases of one file; its problems are collected. */
    public List<Case> read(Path file) {
        TreeFile tree;
        try {
            tree = inputs.tree(file.toString());
        } catch (InputException e) {
            problems.addAll(e.lines());
            return List.of();
        }
        Problems found = new Problems();
        Node root = Node.root(tree.tree(), found);
        List<Case> out = new ArrayList<>();
        if (tree.tree() == null) {
            root.problem("the file is empty; a case file is a list of cases");
        } else if (!root.isList()) {
            root.problem("a case file is a list of cases, each with name, profile and expect");
        } else {
            List<Node> cases = root.elements(Bounds.MAX_LIST, "cases");
            List<?> raw = (List<?>) tree.tree();
            for (int i = 0; i < cases.size(); i++) {
                Object rawCase = raw.get(i);
                readCase(file, tree, cases.get(i), rawCase instanceof Map<?, ?> m ? m : Map.of()).ifPresent(out::add);
            }
        }
        problems.addAll(tree.describe(found.errors().asJava()));
        warnings.addAll(tree.describe(found.warnings().asJava()));
        return found.hasErrors() ? List.of() : out;
    }

    private Optional<Case> readCase(Path file, TreeFile tree, Node c, Map<?, ?> raw) {
        if (!c.isMapping()) {
            return Optional.empty();
        }
        c.warnUnknownKeys(CASE_KEYS);
        Optional<String> name = c.require("name").nonBlankText();
        Path base = file.toAbsolutePath().getParent();
        Node profileNode = c.require("profile");
        Optional<Profile> profile = Optional.empty();
        String source = "inline";
        if (raw.get("profile") instanceof Map<?, ?> inline) {
            profile = inlineProfile(tree, profileNode, inline);
        } else if (profileNode.isPresent()) {
            Optional<String> path = profileNode.nonBlankText();
            if (path.isPresent()) {
                source = display(file, path.get());
                profile = loaded(profileNode, base.resolve(path.get()), source, t -> ProfileReader.read(t, catalog.facts()));
            }
        }
        Node asOfNode = c.get("asOf");
        Optional<LocalDate> asOf = asOfNode.date();
        if (!asOfNode.isPresent() && profile.isPresent() && profile.get().appliedOn().isEmpty()) {
            c.problem("give asOf: the profile has no appliedOn, and a case is assessed on a date of its own, never today");
        }
        List<String> readings = new ArrayList<>();
        ReadingSet readingSet = readings(c.get("readings"), readings);
        List<String> set = new ArrayList<>();
        Overrides overrides = overrides(c.get("set"), set);
        Optional<Registry> registry = Optional.empty();
        Optional<String> registrySource = Optional.empty();
        Node registryNode = c.get("registry");
        if (registryNode.isPresent()) {
            Optional<String> path = registryNode.nonBlankText();
            if (path.isPresent()) {
                registrySource = Optional.of(display(file, path.get()));
                registry = loaded(registryNode, base.resolve(path.get()), registrySource.get(), RegistryReader::read);
            }
        }
        List<Case.Expectation> expectations = expectations(c.require("expect"), raw.get("expect") instanceof Map<?, ?> m ? m : Map.of());
        if (name.isEmpty() || profile.isEmpty() || expectations.isEmpty() && c.get("expect").isPresent()) {
            return Optional.empty();
        }
        Profile p = profile.get();
        return Optional.of(new Case(file.toString(), (int) tree.lineOf(c.path()), name.get(), source, p,
                asOf.orElseGet(() -> p.appliedOn().orElse(LocalDate.MIN)), readingSet, readings, overrides, set, registry, registrySource,
                expectations));
    }

    /** A path relative to the case file, as a user would name it from here. */
    private static String display(Path caseFile, String relative) {
        Path parent = caseFile.getParent();
        return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize().toString();
    }

    /** A profile written in the case file; its problems are placed under the case's {@code profile}. */
    private Optional<Profile> inlineProfile(TreeFile tree, Node at, Object raw) {
        ReadResult<Profile> r = ProfileReader.read(raw, catalog.facts());
        String prefix = at.path();
        Function<Problem, Problem> place = p -> new Problem(p.path().isEmpty() ? prefix : prefix + "." + p.path(), p.message());
        warnings.addAll(tree.describe(r.warnings().map(place).asJava()));
        if (r.result().isInvalid()) {
            problems.addAll(tree.describe(r.result().getError().map(place).asJava()));
            return Optional.empty();
        }
        return Optional.of(r.result().get());
    }

    /** A file a case names (a profile, a registry), read with its own problems and lines. */
    private <T> Optional<T> loaded(Node at, Path file, String display, Function<Object, ReadResult<T>> reader) {
        if (!Files.isRegularFile(file)) {
            at.problem("no such file: " + display);
            return Optional.empty();
        }
        try {
            TreeFile t = TreeFile.read(file, display, inputs.limits());
            ReadResult<T> r = reader.apply(t.tree());
            warnings.addAll(t.describe(r.warnings().asJava()));
            if (r.result().isInvalid()) {
                problems.addAll(t.describe(r.result().getError().asJava()));
                return Optional.empty();
            }
            return Optional.of(r.result().get());
        } catch (InputException e) {
            problems.addAll(e.lines());
            return Optional.empty();
        }
    }

    /** {@code readings: {R1: no}}: each reading by id, each option its default or its alternative. */
    private ReadingSet readings(Node node, List<String> written) {
        ReadingSet set = ReadingSet.defaults();
        List<Reading> known = catalog.readings();
        for (Map.Entry<String, Node> e : node.entries().entrySet()) {
            Optional<String> option = e.getValue().nonBlankText();
            if (option.isEmpty()) {
                continue;
            }
            String id = e.getKey().strip().toUpperCase(Locale.ROOT);
            String value = option.get().toLowerCase(Locale.ROOT);
            Optional<Reading> reading = known.stream().filter(r -> r.id().equals(id)).findFirst();
            if (reading.isEmpty()) {
                e.getValue().problem("unknown reading " + id + "; known: " + known.stream().map(Reading::id).collect(Collectors.joining(", ")));
            } else if (!reading.get().accepts(value)) {
                Reading r = reading.get();
                e.getValue().problem(r.id() + " takes " + r.defaultOption() + " (the default) or " + r.alternativeOption());
            } else {
                set = set.with(reading.get(), reading.get().isAlternative(value));
                written.add(id + "=" + value);
            }
        }
        return set;
    }

    /** {@code set: {suzhou.S1.minimum: 7}}: parameter overrides, as {@code --set} takes them. */
    private Overrides overrides(Node node, List<String> written) {
        List<String> specs = new ArrayList<>();
        node.entries().forEach((k, v) -> v.text().ifPresent(t -> specs.add(k + "=" + t)));
        if (specs.isEmpty()) {
            return Overrides.none();
        }
        var parsed = catalog.overrides(specs);
        if (parsed.isLeft()) {
            parsed.getLeft().forEach(node::problem);
            return Overrides.none();
        }
        written.addAll(specs);
        return parsed.get();
    }

    /** {@code expect: {suzhou: {verdict: …, failing: […], unknown: […]}}}: what each jurisdiction must find. */
    private List<Case.Expectation> expectations(Node node, Map<?, ?> raw) {
        List<Case.Expectation> out = new ArrayList<>();
        Map<String, Node> entries = node.entries();
        if (node.isPresent() && entries.isEmpty() && node.isMapping()) {
            node.problem("name at least one jurisdiction and what it must find, e.g. suzhou: {verdict: ELIGIBLE}");
        }
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            Optional<Jurisdiction> j = catalog.get(e.getKey());
            Node x = e.getValue();
            if (j.isEmpty()) {
                x.problem("unknown jurisdiction " + Node.quote(e.getKey()) + "; installed: " + String.join(", ", catalog.ids()));
                continue;
            }
            if (!x.isMapping()) {
                continue;
            }
            x.warnUnknownKeys(EXPECT_KEYS);
            Optional<Verdict> verdict = x.require("verdict").enumValue(Verdict.class);
            Map<?, ?> rawExpect = raw.get(e.getKey()) instanceof Map<?, ?> m ? m : Map.of();
            Optional<List<String>> failing = rules(x.get("failing"), rawExpect.containsKey("failing"), j.get());
            Optional<List<String>> unknown = rules(x.get("unknown"), rawExpect.containsKey("unknown"), j.get());
            verdict.ifPresent(v -> out.add(new Case.Expectation(j.get().id(), v, failing, unknown)));
        }
        return out;
    }

    /**
     * A list of rule ids ({@code S5} or {@code suzhou.S5}) of the jurisdiction; empty when the key
     * is absent (not checked); an empty value is an empty list (none).
     */
    private static Optional<List<String>> rules(Node node, boolean given, Jurisdiction j) {
        if (!given) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node r : node.elements()) {
            r.nonBlankText().ifPresent(id -> {
                String catalogId = id.startsWith(j.id() + ".") ? id.substring(j.id().length() + 1) : id;
                if (RuleId.parse(j.id() + "." + catalogId).flatMap(j::rule).isEmpty()) {
                    r.problem(j.id() + " has no rule " + Node.quote(id) + "; its rules: "
                            + String.join(", ", j.latest().rules().stream().map(x -> x.id().catalogId()).toList()));
                } else {
                    out.add(catalogId);
                }
            });
        }
        return Optional.of(out);
    }

    /** The ids as a sorted list (for comparing without order). */
    static List<String> sorted(List<String> ids) {
        String[] a = ids.toArray(String[]::new);
        Arrays.sort(a);
        return List.of(a);
    }
}

package io.consortia.cli;

import io.consortia.calendar.CalendarYear;
import io.consortia.calendar.ChineseStatutoryCalendar;
import io.consortia.calendar.HolidayCn;
import io.consortia.calendar.StatutoryCalendar;
import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * Where the statutory calendar comes from (a picocli mixin): the bundled years, then every
 * {@code *.json} file of the user calendar directory (by name), then each {@code --calendar FILE}
 * in the order given, a later source replacing an earlier one's year whole. The files are in the
 * holiday-cn layout, one year each; a malformed one stops the command with exit 2, naming the file,
 * the line and the place.
 *
 * <p>The directory is {@code $CONSORTIA_CALENDAR_DIR}, else {@code $XDG_CONFIG_HOME/consortia/calendar},
 * else {@code ~/.config/consortia/calendar}; a directory that does not exist adds nothing.
 */
final class CalendarArgs {

    /** The environment variable that names the user calendar directory. */
    static final String DIR_VARIABLE = "CONSORTIA_CALENDAR_DIR";

    @Option(names = "--calendar", paramLabel = "FILE",
            description = {"A year of China's statutory calendar in the holiday-cn JSON layout, adding or replacing that year "
                    + "(repeatable; after the files of the user calendar directory, see 'consortia calendar')."})
    List<String> files;

    /** The user calendar directory, and what named it; empty when no variable or home says where. */
    static Optional<Directory> directory(Map<String, String> env) {
        String own = env.get(DIR_VARIABLE);
        if (own != null && !own.isBlank()) {
            return Optional.of(new Directory(path(own, DIR_VARIABLE + "=" + own), "$" + DIR_VARIABLE, true));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(new Directory(path(xdg, "XDG_CONFIG_HOME=" + xdg).resolve("consortia/calendar"), "$XDG_CONFIG_HOME", false));
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(new Directory(path(home, "HOME=" + home).resolve(".config/consortia/calendar"), "~/.config", false));
        }
        return Optional.empty();
    }

    /** A user calendar directory: where it is, what named it, whether it must exist. */
    record Directory(Path path, String namedBy, boolean explicit) {}

    /** The calendar of every source, checked. */
    StatutoryCalendar load(ConsortiaCommand top) {
        Inputs inputs = top.inputs();
        List<CalendarYear> layers = new ArrayList<>(ChineseStatutoryCalendar.bundled());
        for (Path file : directoryFiles(top.env)) {
            layers.add(inputs.read(file.toString(), tree -> HolidayCn.read(tree, file.toString())));
        }
        if (files != null) {
            for (String name : files) {
                layers.add(inputs.read(name, tree -> HolidayCn.read(tree, name)));
            }
        }
        return StatutoryCalendar.of(layers);
    }

    /** The JSON files of the user calendar directory, by name. */
    static List<Path> directoryFiles(Map<String, String> env) {
        Optional<Directory> dir = directory(env);
        if (dir.isEmpty() || !Files.isDirectory(dir.get().path())) {
            if (dir.isPresent() && dir.get().explicit()) {
                throw new InputException("$" + DIR_VARIABLE + "=" + dir.get().path() + ": not a directory");
            }
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get().path())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.get().path() + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static Path path(String name, String shown) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new InputException(shown + ": not a valid file name");
        }
    }
}

package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.calendar.CalendarYear;
import io.consortia.calendar.StatutoryCalendar;
import io.consortia.io.input.InputException;
import io.consortia.io.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia calendar [YEAR]}: which years China's statutory working-day calendar covers and
 * where each comes from (bundled, the user calendar directory, {@code --calendar}); with a year,
 * its rest days and adjusted working days.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Show the years China's statutory working-day calendar covers and where each comes from, or one year's days.",
                "Years are added or replaced by holiday-cn JSON files (one year each): every *.json in the user calendar directory "
                        + "($CONSORTIA_CALENDAR_DIR, else $XDG_CONFIG_HOME/consortia/calendar, else ~/.config/consortia/calendar), "
                        + "then each --calendar FILE; a later file replaces an earlier source's year."})
final class CalendarCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "YEAR", arity = "0..1", description = "A year (1900-2200) to list day by day.")
    String year;

    @Mixin
    CalendarArgs calendars;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Optional<Integer> one = Optional.ofNullable(year).map(CalendarCommand::year);
        StatutoryCalendar cal = calendars.load(top);
        String dir = CalendarArgs.directory(top.env).map(d -> d.path() + " (" + d.namedBy() + ")").orElse("none (no HOME)");
        if (format == Format.json) {
            top.out.println(Json.pretty(json(cal, one, dir)));
        } else {
            top.out.print(one.map(y -> text(cal, y)).orElseGet(() -> text(cal, dir)));
        }
        return 0;
    }

    private static int year(String text) {
        if (!text.strip().matches("[0-9]{1,4}")) {
            throw new InputException("YEAR " + text + ": a year is a number from 1900 to 2200");
        }
        int y = Integer.parseInt(text.strip());
        if (y < 1900 || y > 2200) {
            throw new InputException("YEAR " + text + ": a year is a number from 1900 to 2200");
        }
        return y;
    }

    /** Consecutive years from one source, as ranges: "2000-2026  bundled". */
    private static List<String> ranges(StatutoryCalendar cal) {
        List<String> out = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        String source = null;
        for (Map.Entry<Integer, CalendarYear> e : cal.years().entrySet()) {
            String s = group(e.getValue().source());
            if (from != null && e.getKey() == to + 1 && s.equals(source)) {
                to = e.getKey();
                continue;
            }
            if (from != null) {
                out.add(range(from, to) + "  " + source);
            }
            from = e.getKey();
            to = from;
            source = s;
        }
        if (from != null) {
            out.add(range(from, to) + "  " + source);
        }
        return out;
    }

    private static String group(String source) {
        return source.startsWith(io.consortia.calendar.ChineseStatutoryCalendar.BUNDLED)
                ? io.consortia.calendar.ChineseStatutoryCalendar.BUNDLED + " (calendar-cn, holiday-cn layout)" : source;
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    private String text(StatutoryCalendar cal, String dir) {
        StringBuilder out = new StringBuilder("China's statutory working-day calendar (国务院办公厅 holiday arrangements)\n\n");
        out.append("years covered\n");
        ranges(cal).forEach(r -> out.append("  ").append(r).append('\n'));
        out.append("\nuser calendar directory: ").append(dir).append('\n');
        out.append("add a year: save its holiday-cn JSON file there, or pass --calendar FILE; a later file replaces a year whole\n");
        out.append("outside these years simulate stops unless --approximate-weekdays (Monday-Friday, reported)\n");
        return out.toString();
    }

    private String text(StatutoryCalendar cal, int y) {
        Optional<CalendarYear> data = Optional.ofNullable(cal.years().get(y));
        if (data.isEmpty()) {
            return y + " is not covered (covered: " + String.join(", ", ranges(cal).stream().map(r -> r.split("  ")[0]).toList())
                    + "); add its holiday-cn file with --calendar or in the user calendar directory\n";
        }
        CalendarYear d = data.get();
        StringBuilder out = new StringBuilder(y + " from " + group(d.source()) + "\n\n");
        TreeMap<LocalDate, String> all = new TreeMap<>();
        d.offDays().forEach((day, n) -> all.put(day, "rest day          " + n));
        d.workdays().forEach((day, n) -> all.put(day, "adjusted workday  " + n));
        all.forEach((day, what) -> out.append("  ").append(day).append(' ').append(day.getDayOfWeek().toString(), 0, 3).append("  ")
                .append(what).append('\n'));
        out.append("\n").append(d.offDays().size()).append(" rest days, ").append(d.workdays().size())
                .append(" adjusted working days; every other Monday-Friday is a working day\n");
        d.papers().forEach(p -> out.append("notice: ").append(p).append('\n'));
        return out.toString();
    }

    private static ObjectNode json(StatutoryCalendar cal, Optional<Integer> one, String dir) {
        ObjectNode n = Json.object();
        n.put("directory", dir);
        ArrayNode years = n.putArray("years");
        cal.years().forEach((y, d) -> {
            if (one.isPresent() && !one.get().equals(y)) {
                return;
            }
            ObjectNode yn = years.addObject().put("year", y).put("source", d.source());
            if (one.isPresent()) {
                ArrayNode days = yn.putArray("days");
                TreeMap<LocalDate, ObjectNode> sorted = new TreeMap<>();
                d.offDays().forEach((day, name) -> sorted.put(day, Json.object().put("name", name).put("date", day.toString()).put("isOffDay", true)));
                d.workdays().forEach((day, name) -> sorted.put(day, Json.object().put("name", name).put("date", day.toString()).put("isOffDay", false)));
                sorted.values().forEach(days::add);
            }
        });
        return n;
    }
}

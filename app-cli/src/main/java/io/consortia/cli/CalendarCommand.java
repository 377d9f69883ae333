package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.calendar.CalendarYear;
import io.consortia.calendar.StatutoryCalendar;
import io.consortia.io.input.InputException;
import io.consortia.cli.render.Page;
import io.consortia.cli.render.Table;
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
        if (format == Format.json) {
            String dir = CalendarArgs.directory(top.env).map(d -> d.path() + " (" + d.namedBy() + ")").orElse("none (no HOME)");
            top.out.println(Json.pretty(json(cal, one, dir)));
        } else {
            page = top.page();
            String dir = CalendarArgs.directory(top.env).map(d -> d.path() + " (" + d.namedBy() + ")").orElse(page.of("无（没有 HOME）", "none (no HOME)"));
            top.out.print(page.fit(one.map(y -> text(cal, y)).orElseGet(() -> text(cal, dir))));
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

    /** How the text is shown. */
    private Page page;

    /** Consecutive years from one source, as ranges: "2000-2026  bundled". */
    private List<String> ranges(StatutoryCalendar cal) {
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

    private String group(String source) {
        return source.startsWith(io.consortia.calendar.ChineseStatutoryCalendar.BUNDLED)
                ? page.of("随附（calendar-cn，holiday-cn 格式）", io.consortia.calendar.ChineseStatutoryCalendar.BUNDLED + " (calendar-cn, holiday-cn layout)")
                : source;
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    private String text(StatutoryCalendar cal, String dir) {
        StringBuilder out = new StringBuilder(page.of("中国法定工作日历（国务院办公厅节假日安排）",
                "China's statutory working-day calendar (the State Council's holiday arrangements)")).append("\n\n");
        out.append(page.of("覆盖的年份", "years covered")).append('\n');
        ranges(cal).forEach(r -> out.append("  ").append(r).append('\n'));
        out.append('\n').append(page.of("用户日历目录：", "user calendar directory: ")).append(dir).append('\n');
        out.append(page.of("添加一年：把该年的 holiday-cn JSON 文件存入该目录，或用 --calendar FILE；后给出的文件整年替换",
                "add a year: save its holiday-cn JSON file there, or pass --calendar FILE; a later file replaces a year whole")).append('\n');
        out.append(page.of("这些年份之外，simulate 会停止，除非给出 --approximate-weekdays（按周一至周五计，并注明）",
                "outside these years simulate stops unless --approximate-weekdays (Monday-Friday, reported)")).append('\n');
        return out.toString();
    }

    private String text(StatutoryCalendar cal, int y) {
        Optional<CalendarYear> data = Optional.ofNullable(cal.years().get(y));
        if (data.isEmpty()) {
            String covered = String.join(", ", ranges(cal).stream().map(r -> r.split("  ")[0]).toList());
            return page.of(y + " 年不在覆盖范围内（覆盖：" + covered + "）；请用 --calendar 或在用户日历目录中添加该年的 holiday-cn 文件",
                    y + " is not covered (covered: " + covered + "); add its holiday-cn file with --calendar or in the user calendar directory") + "\n";
        }
        CalendarYear d = data.get();
        StringBuilder out = new StringBuilder(page.of(y + " 年，来源：" + group(d.source()), y + " from " + group(d.source()))).append("\n\n");
        TreeMap<LocalDate, String[]> all = new TreeMap<>();
        String rest = page.of("休息日", "rest day");
        String work = page.of("调休上班", "adjusted workday");
        // Holiday names are the State Council's (元旦, 春节), shown as given in every language.
        d.offDays().forEach((day, n) -> all.put(day, new String[] {rest, n}));
        d.workdays().forEach((day, n) -> all.put(day, new String[] {work, n}));
        Table t = new Table("  ");
        all.forEach((day, what) -> t.row(day + " " + weekday(day), what[0], what[1]));
        out.append(t.render(page));
        out.append('\n').append(page.of(d.offDays().size() + " 个休息日，" + d.workdays().size() + " 个调休工作日；其余周一至周五均为工作日",
                d.offDays().size() + " rest days, " + d.workdays().size() + " adjusted working days; every other Monday-Friday is a working day"))
                .append('\n');
        d.papers().forEach(p -> out.append(page.of("通知：", "notice: ")).append(p).append('\n'));
        return out.toString();
    }

    /** The day of the week: 周三 in Chinese, WED in English. */
    private String weekday(LocalDate day) {
        String zh = "一二三四五六日".substring(day.getDayOfWeek().getValue() - 1, day.getDayOfWeek().getValue());
        return switch (page.lang()) {
            case ZH -> "周" + zh;
            case EN, BOTH -> day.getDayOfWeek().toString().substring(0, 3);
        };
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

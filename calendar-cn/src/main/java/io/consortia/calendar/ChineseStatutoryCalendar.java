package io.consortia.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.input.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese statutory working-day calendar bundled with the module: one holiday-cn file per year
 * under {@code holiday-cn/} beside this class, listed in {@code holiday-cn/years.txt}. Users add or
 * replace years with files of the same layout ({@link HolidayCn}, {@link StatutoryCalendar}).
 */
public final class ChineseStatutoryCalendar {

    /** The folder of the bundled years, beside this class. */
    public static final String FOLDER = "holiday-cn/";
    /** Where a bundled year says it came from. */
    public static final String BUNDLED = "bundled";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile List<CalendarYear> bundled;

    private ChineseStatutoryCalendar() {}

    /** The bundled calendar alone. */
    public static WorkingDayCalendar load() {
        return StatutoryCalendar.of(bundled()).calendar();
    }

    /**
     * The bundled years, oldest first.
     *
     * @throws IllegalStateException when the bundled data is missing or broken (a build error)
     */
    public static List<CalendarYear> bundled() {
        List<CalendarYear> out = bundled;
        if (out == null) {
            out = List.copyOf(read());
            bundled = out;
        }
        return out;
    }

    private static List<CalendarYear> read() {
        List<CalendarYear> out = new ArrayList<>();
        for (String file : resource(FOLDER + "years.txt").split("\n")) {
            if (file.isBlank()) {
                continue;
            }
            String name = FOLDER + file.strip();
            Object tree;
            try {
                tree = JSON.readValue(resource(name), Object.class);
            } catch (IOException e) {
                throw new IllegalStateException("the bundled calendar " + name + " is not JSON: " + e.getMessage(), e);
            }
            ReadResult<CalendarYear> r = HolidayCn.read(tree, BUNDLED + " (" + name + ")");
            if (r.result().isInvalid() || !r.warnings().isEmpty()) {
                throw new IllegalStateException("the bundled calendar " + name + " is broken: " + r.result().fold(
                        e -> e.mkString("; "), y -> r.warnings().mkString("; ")));
            }
            out.add(r.result().get());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = ChineseStatutoryCalendar.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled calendar " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled calendar " + name + " cannot be read", e);
        }
    }
}

package io.consortia.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Chinese statutory working-day calendar, from the bundled copy of {@code
 * cn-statutory-days.json} (the State Council's annual holiday notices): for each covered year,
 * {@code years.<Y>.holidays} and {@code years.<Y>.workdays}, lists of {@code [date, name]} pairs.
 * A year's list may hold dates of the adjacent year (the 2000 list holds 1999-12-31); every date
 * is taken as itself.
 */
public final class ChineseStatutoryCalendar {

    /** The bundled data file, beside this class. */
    public static final String RESOURCE = "cn-statutory-days.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChineseStatutoryCalendar() {}

    /**
     * The bundled calendar.
     *
     * @throws IllegalStateException when the bundled data is missing or broken (a build error)
     */
    public static WorkingDayCalendar load() {
        try (InputStream in = ChineseStatutoryCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled calendar " + RESOURCE + " is missing");
            }
            Either<String, WorkingDayCalendar> parsed = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (parsed.isLeft()) {
                throw new IllegalStateException("the bundled calendar " + RESOURCE + " is broken: " + parsed.getLeft());
            }
            return parsed.get();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled calendar " + RESOURCE + " cannot be read", e);
        }
    }

    /** Reads a calendar in the format of {@code cn-statutory-days.json}; every mistake is a message. */
    public static Either<String, WorkingDayCalendar> parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Either.left("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("years").isObject()) {
            return Either.left("expected an object with \"years\"");
        }
        Set<Integer> covered = new TreeSet<>();
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> workdays = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> years = root.get("years").fields();
        while (years.hasNext()) {
            Map.Entry<String, JsonNode> y = years.next();
            int year;
            try {
                year = Integer.parseInt(y.getKey());
            } catch (NumberFormatException e) {
                return Either.left("years." + y.getKey() + ": a year is a number");
            }
            covered.add(year);
            String where = "years." + year;
            Either<String, Void> h = days(y.getValue().path("holidays"), where + ".holidays", holidays);
            if (h.isLeft()) {
                return Either.left(h.getLeft());
            }
            Either<String, Void> w = days(y.getValue().path("workdays"), where + ".workdays", workdays);
            if (w.isLeft()) {
                return Either.left(w.getLeft());
            }
        }
        return WorkingDayCalendar.of(covered, holidays, workdays);
    }

    private static Either<String, Void> days(JsonNode list, String where, Map<LocalDate, String> into) {
        if (list.isMissingNode()) {
            return Either.right(null);
        }
        if (!list.isArray()) {
            return Either.left(where + ": expected a list of [date, name] pairs");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode pair = list.get(i);
            String at = where + "[" + i + "]";
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                return Either.left(at + ": expected [date, name]");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(pair.get(0).asText());
            } catch (DateTimeParseException e) {
                return Either.left(at + ": not a date: " + pair.get(0).asText());
            }
            String before = into.putIfAbsent(date, pair.get(1).asText());
            if (before != null && !before.equals(pair.get(1).asText())) {
                return Either.left(at + ": " + date + " is listed twice, as " + before + " and " + pair.get(1).asText());
            }
        }
        return Either.right(null);
    }
}

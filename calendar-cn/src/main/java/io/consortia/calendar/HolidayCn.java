package io.consortia.calendar;

import io.consortia.kernel.input.Node;
import io.consortia.kernel.input.Problems;
import io.consortia.kernel.input.ReadResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one year of the statutory calendar in the layout of the widely used holiday-cn data
 * (NateScarlet/holiday-cn, one file per year):
 *
 * <pre>{@code
 * {"year": 2027, "papers": ["https://www.gov.cn/…"],
 *  "days": [{"name": "国庆节", "date": "2027-10-01", "isOffDay": true}, …]}
 * }</pre>
 *
 * <p>{@code days} lists every day that differs from the Monday–Friday week: a rest day ({@code
 * isOffDay: true}) or an adjusted working day ({@code isOffDay: false}), named after its holiday.
 * {@code $schema} and {@code $id} are allowed; other keys are warnings. Every problem names its
 * place ({@code days[3].date}). The tree is what a JSON parser makes of the file (maps, lists,
 * strings, numbers, booleans), so the caller can say which line each place is on.
 */
public final class HolidayCn {

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "$id", "year", "papers", "days");
    private static final Set<String> DAY_KEYS = Set.of("name", "date", "isOffDay");
    /** The years the project's dates may lie in (contract: 1900 to 2200). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private HolidayCn() {}

    /** Reads a year; {@code source} says where it came from. */
    public static ReadResult<CalendarYear> read(Object tree, String source) {
        Problems problems = new Problems();
        Node root = Node.root(tree, problems);
        if (tree == null) {
            root.problem("the file is empty; a holiday-cn year has \"year\" and \"days\"");
            return new ReadResult<>(problems.result(() -> null), problems.warnings());
        }
        if (!root.isMapping()) {
            return new ReadResult<>(problems.result(() -> null), problems.warnings());
        }
        root.warnUnknownKeys(ROOT_KEYS);
        Optional<Integer> year = root.require("year").integer(FIRST_YEAR, LAST_YEAR);
        List<String> papers = new ArrayList<>();
        Node papersNode = root.get("papers");
        if (papersNode.isPresent() && papersNode.isList()) {
            papersNode.elements().forEach(p -> p.nonBlankText().ifPresent(papers::add));
        }
        Node daysNode = root.require("days");
        Map<LocalDate, String> off = new TreeMap<>();
        Map<LocalDate, String> work = new TreeMap<>();
        Map<LocalDate, String> seenAt = new LinkedHashMap<>();
        for (Node day : daysNode.elements()) {
            if (!day.isMapping()) {
                continue;
            }
            day.warnUnknownKeys(DAY_KEYS);
            Optional<String> name = day.require("name").nonBlankText();
            Node dateNode = day.require("date");
            Optional<LocalDate> date = dateNode.date();
            Optional<Boolean> offDay = day.require("isOffDay").bool();
            if (date.isEmpty()) {
                continue;
            }
            LocalDate d = date.get();
            if (year.isPresent() && Math.abs(d.getYear() - year.get()) > 1) {
                dateNode.problem(d + " is not in " + year.get() + " or a year next to it");
                continue;
            }
            String before = seenAt.putIfAbsent(d, dateNode.path());
            if (before != null) {
                dateNode.problem(d + " is listed twice (also at " + before + ")");
                continue;
            }
            if (name.isPresent() && offDay.isPresent()) {
                (offDay.get() ? off : work).put(d, name.get());
            }
        }
        return new ReadResult<>(problems.result(() -> new CalendarYear(year.orElseThrow(), new TreeMap<>(off), new TreeMap<>(work), papers,
                source)), problems.warnings());
    }
}
